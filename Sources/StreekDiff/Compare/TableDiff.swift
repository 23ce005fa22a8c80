/// How one table changed between the old and the new file.
///
/// Rows are keyed by their first cell and columns by their header (see `OccurrenceKey`); rows or columns
/// that only moved are not changes. Cells are compared by meaning, so `1.304` (nl) equals `1,304` (en).
public struct TableDiff: Sendable, Equatable {
    /// A row present in only one of the files.
    public struct Row: Sendable, Equatable {
        public var key: OccurrenceKey
        /// The row's cells paired with their column headers.
        public var cells: [(column: String, value: String)]

        public static func == (lhs: Row, rhs: Row) -> Bool {
            lhs.key == rhs.key && lhs.cells.elementsEqual(rhs.cells) { $0.column == $1.column && $0.value == $1.value }
        }
    }

    /// A cell of a row and column present in both files whose value changed.
    public struct CellChange: Sendable, Equatable {
        public var row: OccurrenceKey
        public var column: OccurrenceKey
        public var change: ValueChange
    }

    public var old: RenderedTable
    public var new: RenderedTable
    public var columnsAdded: [OccurrenceKey] = []
    public var columnsRemoved: [OccurrenceKey] = []
    /// In new-file order.
    public var rowsAdded: [Row] = []
    /// In old-file order.
    public var rowsRemoved: [Row] = []
    /// In new-file row order, then column order.
    public var cellChanges: [CellChange] = []

    public var captionChanged: Bool { old.caption != new.caption }
    public var notesChanged: Bool { old.notes != new.notes }

    public var isEmpty: Bool {
        !captionChanged && !notesChanged && columnsAdded.isEmpty && columnsRemoved.isEmpty
            && rowsAdded.isEmpty && rowsRemoved.isEmpty && cellChanges.isEmpty
    }

    public init(old: RenderedTable, oldConvention: NumberConvention, new: RenderedTable, newConvention: NumberConvention) {
        self.old = old
        self.new = new
        let oldColumns = OccurrenceKey.keys(for: old.columns), newColumns = OccurrenceKey.keys(for: new.columns)
        let oldColumnIndex = Dictionary(uniqueKeysWithValues: oldColumns.enumerated().map { ($1, $0) })
        let newColumnSet = Set(newColumns)
        columnsAdded = newColumns.filter { oldColumnIndex[$0] == nil }
        columnsRemoved = oldColumns.filter { !newColumnSet.contains($0) }

        let oldRows = OccurrenceKey.keys(for: old.rows.map { $0.first ?? "" })
        let newRows = OccurrenceKey.keys(for: new.rows.map { $0.first ?? "" })
        let oldRowIndex = Dictionary(uniqueKeysWithValues: oldRows.enumerated().map { ($1, $0) })
        let newRowSet = Set(newRows)
        rowsRemoved = oldRows.indices.filter { !newRowSet.contains(oldRows[$0]) }.map {
            Row(key: oldRows[$0], cells: Array(zip(old.columns, old.rows[$0])))
        }
        rowsAdded = newRows.indices.filter { oldRowIndex[newRows[$0]] == nil }.map {
            Row(key: newRows[$0], cells: Array(zip(new.columns, new.rows[$0])))
        }

        // Cells of rows and columns in both files; the first column is the row key, not a value.
        let oldParser = NumberParser(convention: oldConvention), newParser = NumberParser(convention: newConvention)
        let shared = newColumns.enumerated().dropFirst().compactMap { newIndex, column in
            oldColumnIndex[column].map { (column: column, old: $0, new: newIndex) }
        }
        for (newRow, key) in newRows.enumerated() {
            guard let oldRow = oldRowIndex[key] else { continue }
            for column in shared {
                let before = oldParser.parseValue(old.rows[oldRow][column.old])
                let after = newParser.parseValue(new.rows[newRow][column.new])
                if !before.isEquivalent(to: after) {
                    cellChanges.append(CellChange(row: key, column: column.column, change: ValueChange(old: before, new: after)))
                }
            }
        }
    }
}
