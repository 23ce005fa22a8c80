import StreekDocument

extension NumberConvention {
    /// The convention of a report language.
    init(_ language: NumberFormat.Language) {
        self = language == .nl ? .nl : .en
    }

    /// The renderers' number format for this convention: the one place numbers are written.
    var numberFormat: NumberFormat { NumberFormat(self == .nl ? .nl : .en) }

    /// Writes `number` the way a streek renderer would in this convention.
    ///
    /// - Parameter signed: also write `+` before positive numbers (used for differences).
    public func format(_ number: ParsedNumber, signed: Bool = false) -> String {
        let style = NumberStyle(decimals: max(0, number.fractionDigits), percent: number.isPercent, signed: signed,
                                grouping: number.usesGrouping)
        return numberFormat.format(number.value, style: style)
    }

    /// Writes a value as it would appear in this convention: numbers reformatted, missing values as this
    /// convention's token, text unchanged.
    public func format(_ value: ParsedValue) -> String {
        switch value.meaning {
        case .number(let number): return format(number)
        case .missing: return missingToken
        case .text: return value.text
        }
    }
}
