import StreekCore

/// Text an author wrote with values in it (a caption with `{$jaar}`, a sentence per row), kept as literal
/// parts and unformatted values until a renderer writes it.
public struct Phrase: Sendable, Codable, Equatable {
    public enum Part: Sendable, Codable, Equatable {
        case literal(String)
        case value(Value, ValueFormat)
    }

    public var parts: [Part]

    public init(_ parts: [Part]) { self.parts = parts }

    public init(literal text: String) { parts = [.literal(text)] }
}

/// How a value is written: in a number style, or as a key (`2016`, `Hoogeveen`: how a parameter reads).
public enum ValueFormat: Sendable, Codable, Equatable {
    case style(NumberStyle)
    case key
}

extension NumberFormat {
    public func format(_ value: Value, as valueFormat: ValueFormat) -> String {
        switch valueFormat {
        case .style(let style): return format(value, style: style)
        case .key: return value.isMissing ? missing : value.keyText
        }
    }

    /// The phrase as text; `escapeValue` is applied to formatted values only (literal parts are the author's).
    public func text(_ phrase: Phrase, escapeValue: (String) -> String = { $0 }) -> String {
        var result = ""
        for part in phrase.parts {
            switch part {
            case .literal(let text): result += text
            case .value(let value, let valueFormat): result += escapeValue(format(value, as: valueFormat))
            }
        }
        return result
    }
}

extension Value {
    /// How a key cell is written between brackets: `Hoogeveen`, `2016`.
    public var keyText: String {
        switch self {
        case .text(let text): return text
        case .number(let number): return Value.stableDescription(of: number)
        case .missing: return ""
        }
    }
}
