/// The number format a rendered notebook uses, as declared on its header line (`numbers: nl`).
///
/// Dutch is streek's default: `1.304`, `108,5`, `−434` (U+2212), `57%`, missing `n.n.b.`.
/// English: `1,304`, `108.5`, `-434`, `57%`, missing `n/a`.
public enum NumberConvention: String, Sendable, Equatable, CaseIterable {
    case nl
    case en

    public var thousandsSeparator: Character { self == .nl ? "." : "," }
    public var decimalSeparator: Character { self == .nl ? "," : "." }
    /// The sign written before negative numbers.
    public var minusSign: String { self == .nl ? "\u{2212}" : "-" }
    /// The token a renderer writes for a missing value.
    public var missingToken: String { numberFormat.missing }
    /// Unit appended to a difference between two percentages (they differ in points, not percent).
    public var percentagePointUnit: String { numberFormat.percentagePointUnit }
}
