/// What the reader made of a file, for `streek data` and for warnings on stderr.
public struct ImportReport: Sendable {
    public var dialect = CSVDialect.standard
    public enum DecimalMarkSource: Int, Sendable { case declared, cells, usual }
    /// Where the decimal mark came from: the load line, the cells, or the separator's usual mark (no cell had decimals).
    public var decimalMarkSource = DecimalMarkSource.usual
    public var encoding = TextEncoding.utf8
    public var hadByteOrderMark = false
    public var lineEnding = "LF"
    public var trailingSeparator = false
    public var titleLines: [String] = []
    public var footerLines: [String] = []
    /// 1-based line of the header row.
    public var headerLine = 1
    /// Header as written → name in the table, where they differ (snake_case, trimmed).
    public var renamedHeaders: [(from: String, to: String)] = []
    /// A period column and the columns made from it (`Perioden` → `jaar`, `kwartaal`).
    public var periodColumns: [(column: String, derived: [String])] = []
    /// Columns of CBS region codes and their levels (`RegioS`: GM).
    public var regionColumns: [(column: String, levels: [RegionCode.Level])] = []
    /// Problems that do not stop the load (a column read as text although it holds numbers).
    public var warnings: [CSVError] = []
    /// Pieces of the records read on separate cores and joined (0: read in one sequence).
    public var piecesReadInParallel = 0

    public init() {}
}

/// A table with the report of how it was read.
public struct ImportedTable: Sendable {
    public var table: Table
    public var report: ImportReport
}
