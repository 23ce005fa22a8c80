/// The languages streek speaks to its users: Dutch by default, English as an option
/// (`numbers en` in a notebook, `--lang en` on the command line).
public enum Language: String, Sendable, CaseIterable, Codable {
    case nl, en
}

/// A message for users, in both languages, from where it is made until where it is printed.
///
/// Both texts stand side by side at the place that raises the message:
/// `Message(nl: "onbekende kolom 'x'", en: "unknown column 'x'")`. The initialiser needs both, so the
/// compiler refuses a message without a translation. Errors carry the Message through the engine
/// unchanged; the language is chosen only at the edge that prints it (`text(in:)`), never threaded
/// through the computation. Parts compose by interpolating each language's text into the same
/// language's sentence (`Message(nl: "kolom 'a': \(inner.nl)", en: "column 'a': \(inner.en)")`) or with `+`.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public var nl: String
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }

    /// The same text in both languages: a file name, a quoted value, a usage line in the language's own syntax.
    public init(verbatim text: String) {
        nl = text
        en = text
    }

    public func text(in language: Language) -> String {
        switch language {
        case .nl: return nl
        case .en: return en
        }
    }

    /// Dutch, the product's default.
    public var description: String { nl }

    public static func + (lhs: Message, rhs: Message) -> Message {
        Message(nl: lhs.nl + rhs.nl, en: lhs.en + rhs.en)
    }

    public static func += (lhs: inout Message, rhs: Message) { lhs = lhs + rhs }

    /// "; bedoelt u 'x'?" after a name that was probably mistyped.
    public static func didYouMean(_ guess: String) -> Message {
        Message(nl: "; bedoelt u '\(guess)'?", en: "; did you mean '\(guess)'?")
    }

    /// `didYouMean` when there is a guess, else nothing.
    public static func didYouMean(_ guess: String?) -> Message {
        guess.map { didYouMean($0) } ?? Message(verbatim: "")
    }

    /// Joins messages with a separator used in both languages ("; ", ", ").
    public static func joined(_ messages: [Message], separator: String) -> Message {
        Message(nl: messages.map(\.nl).joined(separator: separator), en: messages.map(\.en).joined(separator: separator))
    }
}

/// An error or notice whose text can be printed in either language; `description` is the Dutch text.
public protocol BilingualDescription: CustomStringConvertible {
    func description(in language: Language) -> String
}

extension BilingualDescription {
    public var description: String { description(in: .nl) }
}

extension Error {
    /// The error's text in `language` when it has both; otherwise its one description.
    public func text(in language: Language) -> String {
        (self as? BilingualDescription)?.description(in: language) ?? String(describing: self)
    }
}

extension Message {
    /// An error's text in both languages (the same text twice for an error that has only one).
    public init(describing error: any Error) {
        self.init(nl: error.text(in: .nl), en: error.text(in: .en))
    }
}
