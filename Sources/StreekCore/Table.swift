/// A columnar table: equal-length, uniquely named, typed columns plus metadata.
/// Every verb returns a new table; row order is always deterministic.
public struct Table: Sendable, Equatable {
    public private(set) var columns: [Column]
    public var metadata: TableMetadata

    public init(columns: [Column], metadata: TableMetadata = .init()) throws {
        var seen = Set<String>()
        for column in columns where !seen.insert(column.name).inserted {
            throw TableError.duplicateColumn(column.name)
        }
        if let first = columns.first, let odd = columns.first(where: { $0.count != first.count }) {
            throw TableError.lengthMismatch(
                "'\(first.name)' \(first.count), '\(odd.name)' \(odd.count)")
        }
        self.columns = columns
        self.metadata = metadata
    }

    /// For verbs that build columns they know to be consistent.
    init(unchecked columns: [Column], metadata: TableMetadata) {
        self.columns = columns
        self.metadata = metadata
    }

    public var rowCount: Int { columns.first?.count ?? 0 }

    public var columnNames: [String] { columns.map(\.name) }

    public func column(_ name: String) throws -> Column {
        try columns[index(of: name)]
    }

    public subscript(row: Int, column: String) -> Value? {
        columns.first(where: { $0.name == column })?[row]
    }

    /// Position of a column, or `unknownColumn` with the closest existing name.
    func index(of name: String) throws -> Int {
        if let index = columns.firstIndex(where: { $0.name == name }) { return index }
        throw TableError.unknownColumn(name, suggestion: Suggestion.closest(to: name, among: columnNames))
    }

    /// The numbers of a numeric column; `notNumeric` for a text column.
    func numbers(_ name: String) throws -> [Double?] {
        try column(name).numbers()
    }

    /// Same metadata, new columns.
    func with(columns newColumns: [Column]) -> Table {
        Table(unchecked: newColumns, metadata: metadata)
    }
}
