/// Where a table's figures come from and what they describe, read from `# key: value` lines.
public struct TableMetadata: Sendable, Equatable {
    public var title: String?
    public var sources: [String]
    public var grain: String?
    public var notes: [String]
    /// Rows added by `withTotalsRow`, known by their label, so that they can be shown as totals wherever
    /// sorting or filtering moves them.
    public var totalRows: [TotalRow] = []

    public struct TotalRow: Sendable, Equatable {
        public var column: String
        public var label: String
    }

    public init(title: String? = nil, sources: [String] = [], grain: String? = nil, notes: [String] = []) {
        self.title = title
        self.sources = sources
        self.grain = grain
        self.notes = notes
    }

    /// Metadata of a table built from this one and `other`: sources and notes of both, each
    /// once, in order of first appearance. Title and grain stay this table's, or the other's
    /// when this one has none.
    public func combined(with other: TableMetadata) -> TableMetadata {
        var combined = TableMetadata(
            title: title ?? other.title,
            sources: Self.uniqued(sources + other.sources),
            grain: grain ?? other.grain,
            notes: Self.uniqued(notes + other.notes)
        )
        combined.totalRows = totalRows + other.totalRows.filter { !totalRows.contains($0) }
        return combined
    }

    /// The rows of `table` that are total rows (their label column holds a totals label).
    public static func totalRowIndexes(in table: Table) -> [Int] {
        var indexes: [Int] = []
        for mark in table.metadata.totalRows {
            guard let column = try? table.column(mark.column) else { continue }
            for row in 0..<table.rowCount where column[row] == .text(mark.label) && !indexes.contains(row) {
                indexes.append(row)
            }
        }
        return indexes.sorted()
    }

    private static func uniqued(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
