import StreekDocument

/// A changed table drawn as itself: its columns, its rows in the new order (then removed rows), each cell
/// plain or marked old → new. Long runs of unchanged rows are folded into one line.
struct TableLayout: Sendable {
    enum RowKind: Sendable { case same, changed, added, removed, folded }

    enum Cell: Sendable {
        case plain(String)
        case changed(old: String, new: String, difference: String?)
    }

    struct Row: Sendable {
        var kind: RowKind
        var cells: [Cell]
    }

    var headers: [String]
    /// Per column: right-aligned (numbers).
    var numeric: [Bool]
    var rows: [Row]
}


extension TableLayout {
    /// Runs of unchanged rows longer than this are folded.
    static let foldAfter = 6

    /// The new table with its changes marked, then the removed rows; columns that were removed are added on
    /// the right.
    init(_ diff: BlockDiff, format: NumberFormat) {
        let newColumns = diff.new.columns ?? [], oldColumns = diff.old.columns ?? []
        let removedColumns = diff.columnsRemoved
        let added = Set(diff.columnsAdded.map(\.id))
        headers = newColumns.map { added.contains($0.id) ? "\($0.label) (new)" : $0.label } + removedColumns.map { "\($0.label) (removed)" }
        numeric = (newColumns + removedColumns).map { $0.type == .number }
        let oldIndex = Dictionary(oldColumns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newRows = diff.new.rows ?? [], oldRows = diff.old.rows ?? []
        var changes: [Int: [String: SidecarValueChange]] = [:]
        for cell in diff.cellChanges { changes[cell.newRow, default: [:]][cell.column] = cell.change }

        var rows: [Row] = []
        var unchanged: [Row] = []
        func flushUnchanged() {
            if unchanged.count > Self.foldAfter {
                rows += unchanged.prefix(2)
                rows.append(Row(kind: .folded, cells: [.plain("… \(unchanged.count - 3) unchanged rows …")]))
                rows.append(unchanged[unchanged.count - 1])
            } else {
                rows += unchanged
            }
            unchanged = []
        }
        for (index, row) in newRows.enumerated() {
            let removedCells = removedColumns.map { column -> Cell in
                guard let oldRow = diff.oldRowOfNew[index], let position = oldIndex[column.id] else { return .plain("") }
                return .plain(oldRows[oldRow].texts[position])
            }
            var cells: [Cell] = zip(newColumns, row.texts).map { column, text in
                guard let change = changes[index]?[column.id] else { return .plain(text) }
                return .changed(old: change.oldText, new: change.newText, difference: change.differenceText(format))
            }
            cells += removedCells
            let kind: RowKind = diff.oldRowOfNew[index] == nil ? .added : changes[index] == nil ? .same : .changed
            if kind == .same {
                unchanged.append(Row(kind: .same, cells: cells))
            } else {
                flushUnchanged()
                rows.append(Row(kind: kind, cells: cells))
            }
        }
        flushUnchanged()
        for index in diff.rowsRemoved {
            let cells = newColumns.map { column in oldIndex[column.id].map { Cell.plain(oldRows[index].texts[$0]) } ?? .plain("") }
                + removedColumns.map { column in oldIndex[column.id].map { Cell.plain(oldRows[index].texts[$0]) } ?? .plain("") }
            rows.append(Row(kind: .removed, cells: cells))
        }
        self.rows = rows
    }
}
