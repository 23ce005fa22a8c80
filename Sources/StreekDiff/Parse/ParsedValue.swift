/// A number read back from rendered text, with enough of its appearance to write it again the same way.
public struct ParsedNumber: Sendable, Equatable {
    public var value: Double
    /// Digits after the decimal separator as written (`108,5` → 1).
    public var fractionDigits: Int
    /// Written with a trailing `%`.
    public var isPercent: Bool
    /// Written with thousands separators (`1.304`); years such as `2016` are not.
    public var usesGrouping: Bool

    public init(value: Double, fractionDigits: Int = 0, isPercent: Bool = false, usesGrouping: Bool = false) {
        self.value = value
        self.fractionDigits = fractionDigits
        self.isPercent = isPercent
        self.usesGrouping = usesGrouping
    }

    /// Same quantity regardless of how it was written (`108,5` and `108,50` are the same value).
    public func isSameQuantity(as other: ParsedNumber) -> Bool {
        value == other.value && isPercent == other.isPercent
    }
}

/// A table cell or prose figure as text plus what it means: a number, a missing value, or plain text.
public struct ParsedValue: Sendable, Equatable {
    public enum Meaning: Sendable, Equatable {
        case number(ParsedNumber)
        case missing
        case text
    }

    /// The text exactly as it appears in the rendered file (escapes removed).
    public var text: String
    public var meaning: Meaning

    public init(text: String, meaning: Meaning) {
        self.text = text
        self.meaning = meaning
    }

    public var number: ParsedNumber? {
        if case .number(let number) = meaning { return number }
        return nil
    }

    public var isMissing: Bool { meaning == .missing }

    /// Semantic equality: numbers by quantity (so `1.304` in nl equals `1,304` in en), missing equals
    /// missing, text by its characters.
    public func isEquivalent(to other: ParsedValue) -> Bool {
        switch (meaning, other.meaning) {
        case (.number(let a), .number(let b)): return a.isSameQuantity(as: b)
        case (.missing, .missing): return true
        case (.text, .text): return text == other.text
        default: return false
        }
    }
}
