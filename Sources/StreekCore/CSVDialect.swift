/// How a CSV file spells its fields: the byte between fields, the decimal mark of numbers and
/// the cell texts that mean "missing" (besides an empty cell, which always does). The default is
/// the project's own convention: comma, decimal point, only empty cells missing.
public struct CSVDialect: Sendable, Equatable {
    public var separator: UInt8
    public var decimalMark: UInt8
    public var missingSymbols: [String]

    public init(separator: UInt8 = UInt8(ascii: ","), decimalMark: UInt8 = UInt8(ascii: "."), missingSymbols: [String] = []) {
        self.separator = separator
        self.decimalMark = decimalMark
        self.missingSymbols = missingSymbols
    }

    public static let standard = CSVDialect()
}
