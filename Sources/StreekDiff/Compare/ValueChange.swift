/// A value that changed between the old and the new file: a table cell or a figure in a sentence.
public struct ValueChange: Sendable, Equatable {
    public var old: ParsedValue
    public var new: ParsedValue

    public init(old: ParsedValue, new: ParsedValue) {
        self.old = old
        self.new = new
    }

    /// New minus old, when both are numbers of the same kind (both percentages or neither).
    /// A missing value has no difference: `n.n.b.` → `12` is a change, not +12.
    public var difference: ParsedNumber? {
        guard let before = old.number, let after = new.number, before.isPercent == after.isPercent else {
            return nil
        }
        let digits = max(before.fractionDigits, after.fractionDigits)
        return ParsedNumber(
            value: Self.rounded(after.value - before.value, toDigits: digits),
            fractionDigits: digits,
            isPercent: false,
            usesGrouping: before.usesGrouping || after.usesGrouping
        )
    }

    /// Whether the difference is in percentage points.
    public var isPercentagePointDifference: Bool {
        old.number?.isPercent == true && new.number?.isPercent == true
    }

    /// Removes binary noise such as 108.5 − 100.2 = 8.299999999999997.
    private static func rounded(_ value: Double, toDigits digits: Int) -> Double {
        let scale = (0..<digits).reduce(1.0) { product, _ in product * 10 }
        return (value * scale).rounded() / scale
    }
}
