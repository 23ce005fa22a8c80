/// How a CSV file spells its fields and numbers: the byte between fields, the decimal mark, the
/// thousands separator (if any) and the cell texts that mean "missing" besides an empty cell.
/// The default is the project's own convention: comma, decimal point, no thousands separator.
public struct CSVDialect: Sendable, Equatable {
    public var separator: UInt8
    public var decimalMark: UInt8
    public var thousandsSeparator: UInt8?
    public var missingSymbols: [String]

    public init(separator: UInt8 = UInt8(ascii: ","), decimalMark: UInt8 = UInt8(ascii: "."),
                thousandsSeparator: UInt8? = nil, missingSymbols: [String] = []) {
        self.separator = separator
        self.decimalMark = decimalMark
        self.thousandsSeparator = thousandsSeparator
        self.missingSymbols = missingSymbols
    }

    public static let standard = CSVDialect()

    /// How a separator or mark is written in a `load` line: `";"`, `tab`.
    public static func spelling(_ byte: UInt8) -> String {
        byte == UInt8(ascii: "\t") ? "tab" : "\"\(Character(Unicode.Scalar(byte)))\""
    }
}
