/// What a `load` line says about its file; everything left nil is detected from the file.
public struct LoadOptions: Sendable, Hashable {
    public enum Thousands: Sendable, Hashable {
        case detect, none
        case separator(UInt8)
    }

    public var separator: UInt8?
    public var decimalMark: UInt8?
    public var thousands: Thousands = .detect
    public var encoding: TextEncoding?
    /// Signs that mean "missing" besides CBS's (`n.b.`, `N.B.`).
    public var missingSymbols: [String] = []
    /// Columns the author says are text (numbers in them stay text, with a warning when most are numbers).
    public var textColumns: [String] = []
    /// Columns the author says are numbers (any other text in them is an error).
    public var numberColumns: [String] = []
    /// Headers folded to snake_case (`Totale bevolking (aantal)` → `totale_bevolking_aantal`).
    public var snakeCaseNames = false

    public init() {}

    /// Options that fix what `dialect` says instead of detecting it.
    public init(_ dialect: CSVDialect) {
        separator = dialect.separator
        decimalMark = dialect.decimalMark
        thousands = dialect.thousandsSeparator.map(Thousands.separator) ?? .none
        missingSymbols = dialect.missingSymbols
    }

    public static let detected = LoadOptions()
}
