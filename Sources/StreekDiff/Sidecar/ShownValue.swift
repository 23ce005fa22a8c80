import StreekCore
import StreekDocument

/// A value as one render showed it: raw, its text there, and the style and language it was written in.
/// A report writes it in its own language: the render's text when the languages agree (it may hold more
/// than the style says, such as a flag's own text for a missing value), else the raw value rewritten.
public struct ShownValue: Sendable, Equatable {
    public var value: Value
    public var text: String
    /// Nil for a value written as a key (`2016`, `Hoogeveen`).
    public var style: NumberStyle?
    public var language: NumberFormat.Language

    public init(value: Value, text: String, style: NumberStyle?, language: NumberFormat.Language) {
        self.value = value
        self.text = text
        self.style = style
        self.language = language
    }

    /// The value as a report in `format`'s language writes it.
    public func text(in format: NumberFormat) -> String {
        guard format.language != language else { return text }
        switch value {
        case .text: return text
        // A missing value keeps its own text (`N.V.T.`) unless it is the render language's plain token.
        case .missing: return text == NumberFormat(language).missing ? format.missing : text
        case .number(let number):
            return style.map { format.format(number, style: $0) } ?? value.keyText
        }
    }
}
