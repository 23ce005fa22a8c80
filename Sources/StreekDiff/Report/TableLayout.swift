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
    /// the right. Every value in the number format of `wording`'s language.
    init(_ diff: BlockDiff, wording: DiffWording) {
        let format = wording.numberFormat
        let newColumns = diff.new.columns ?? [], oldColumns = diff.old.columns ?? []
        let removedColumns = diff.columnsRemoved
        let added = Set(diff.columnsAdded.map(\.id))
        headers = newColumns.map { added.contains($0.id) ? wording.newColumn($0.label) : $0.label } + removedColumns.map { wording.removedColumn($0.label) }
        numeric = (newColumns + removedColumns).map { $0.type == .number }
        let oldIndex = Dictionary(oldColumns.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newRows = diff.new.rows ?? []
        let oldCell = { (row: Int, id: String) -> Cell in oldIndex[id].map { .plain(diff.oldCell(row: row, column: $0).text(in: format)) } ?? .plain("") }
        var changes: [Int: [String: SidecarValueChange]] = [:]
        for cell in diff.cellChanges { changes[cell.newRow, default: [:]][cell.column] = cell.change }

        var rows: [Row] = []
        var unchanged: [Row] = []
        func flushUnchanged() {
            if unchanged.count > Self.foldAfter {
                rows += unchanged.prefix(2)
                rows.append(Row(kind: .folded, cells: [.plain(wording.foldedRows(format.format(Double(unchanged.count - 3))))]))
                rows.append(unchanged[unchanged.count - 1])
            } else {
                rows += unchanged
            }
            unchanged = []
        }
        for index in newRows.indices {
            let removedCells = removedColumns.map { column -> Cell in
                diff.oldRowOfNew[index].map { oldCell($0, column.id) } ?? .plain("")
            }
            var cells: [Cell] = newColumns.enumerated().map { position, column in
                guard let change = changes[index]?[column.id] else { return .plain(diff.newCell(row: index, column: position).text(in: format)) }
                return .changed(old: change.old.text(in: format), new: change.new.text(in: format), difference: change.differenceText(format))
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
            let cells = (newColumns + removedColumns).map { oldCell(index, $0.id) }
            rows.append(Row(kind: .removed, cells: cells))
        }
        self.rows = rows
    }
}
