import StreekCore

/// A token of the directive language, with where it starts in the notebook.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// `` `Totale bevolking (aantal)` ``: a column name in backticks, for headers that are no plain
        /// word (spaces, brackets, hyphens). Never a keyword or verb.
        case quotedName(String)
        case number(Double)
        case string(String)
        /// `$name`: a notebook parameter.
        case parameter(String)
        /// `[ ... ]`: a row key, kept as raw text (municipality names contain spaces and hyphens).
        case key(String)
        /// Operators and punctuation: `| = == != < <= > >= + - * / ( ) , : . ->`.
        case symbol(String)
        /// End of a directive line.
        case newline
        case end
    }

    var kind: Kind
    var position: SourcePosition
    /// For a string: the offsets (in bytes of the decoded text) where a backslash escape was dropped, so
    /// that a `{…}` hole inside the string can be placed at its exact column.
    var escapeOffsets: [Int] = []

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
    func isWord(_ word: String) -> Bool { kind == .identifier(word) }

    /// How the token reads in an error message.
    var display: Message {
        switch kind {
        case .identifier(let name): return Message(verbatim: "'\(name)'")
        case .quotedName(let name): return Message(verbatim: "'`\(name)`'")
        case .number(let value): return Message(verbatim: "'\(value.formatted())'")
        case .string(let text): return Message(verbatim: "\"\(text)\"")
        case .parameter(let name): return Message(verbatim: "'$\(name)'")
        case .key(let text): return Message(verbatim: "'[\(text)]'")
        case .symbol(let symbol): return Message(verbatim: "'\(symbol)'")
        case .newline: return Message(nl: "het einde van de regel", en: "end of line")
        case .end: return Message(nl: "het einde van het directief", en: "end of directive")
        }
    }
}

extension Double {
    /// Shortest plain rendering for messages and keys: 2016 rather than 2016.0.
    func formatted() -> String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
