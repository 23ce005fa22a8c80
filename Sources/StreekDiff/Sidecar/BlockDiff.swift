import StreekCore
import StreekDocument

/// How one table or chart (or text block) changed between two sidecars. Columns are matched by id, rows by
/// `RowKeys`; a row or column that only moved is not a change. Values are compared raw.
public struct BlockDiff: Sendable, Equatable {
    /// Text that is not a value, by where it stands.
    public enum TextField: Sendable, Equatable {
        case caption
        /// The message a table shows when it has no rows.
        case emptyMessage
        case sources
        case notes
        /// A paragraph of a text block, from 1.
        case paragraph(Int)
        /// The text of a chart or map.
        case text
        /// The label of the column with this id.
        case columnLabel(String)
    }

    /// Text that is not a value: caption, a column's label, sources, notes, a text block's paragraphs.
    public struct TextChange: Sendable, Equatable {
        public var what: TextField
        public var old: String?
        public var new: String?
    }

    public struct CellChange: Sendable, Equatable {
        /// The row's key as shown: `Hoogeveen`.
        public var row: String
        public var newRow: Int
        public var column: String
        /// The column's label in the new render.
        public var label: String
        public var change: SidecarValueChange
    }

    public var old: SidecarBlock
    public var new: SidecarBlock
    /// The languages the two renders were written in.
    public var oldLanguage: NumberFormat.Language
    public var newLanguage: NumberFormat.Language
    /// The columns the rows were matched on.
    public var keyColumns: [String]
    public var textChanges: [TextChange] = []
    public var columnsAdded: [SidecarColumn] = []
    public var columnsRemoved: [SidecarColumn] = []
    /// Indices into the new rows, in new order.
    public var rowsAdded: [Int] = []
    /// Indices into the old rows, in old order.
    public var rowsRemoved: [Int] = []
    /// In new row order, then new column order.
    public var cellChanges: [CellChange] = []
    /// For each new row, the old row it was matched with.
    public var oldRowOfNew: [Int?] = []
    let oldKeys: [String]
    let newKeys: [String]

    public var isEmpty: Bool {
        textChanges.isEmpty && columnsAdded.isEmpty && columnsRemoved.isEmpty && rowsAdded.isEmpty
            && rowsRemoved.isEmpty && cellChanges.isEmpty
    }

    /// The key of a new row (`newKey(3)`) or an old row, as shown.
    public func newKey(_ row: Int) -> String { newKeys[row] }
    public func oldKey(_ row: Int) -> String { oldKeys[row] }

    /// Cell `column` of new row `row` (of old row `row`) as the render showed it.
    public func newCell(row: Int, column: Int) -> ShownValue { Self.cell(new, row: row, column: column, language: newLanguage) }
    public func oldCell(row: Int, column: Int) -> ShownValue { Self.cell(old, row: row, column: column, language: oldLanguage) }

    private static func cell(_ block: SidecarBlock, row: Int, column: Int, language: NumberFormat.Language) -> ShownValue {
        let cells = block.rows?[row]
        return ShownValue(value: cells?.values[column] ?? .missing, text: cells?.texts[column] ?? "",
                          style: block.columns?[column].format, language: language)
    }

    init(old: SidecarBlock, new: SidecarBlock, oldLanguage: NumberFormat.Language, newLanguage: NumberFormat.Language) {
        self.old = old
        self.new = new
        self.oldLanguage = oldLanguage
        self.newLanguage = newLanguage
        let keys = RowKeys(old: old, new: new)
        keyColumns = keys.columns
        oldKeys = keys.old
        newKeys = keys.new
        compareTexts()

        let oldColumns = old.columns ?? [], newColumns = new.columns ?? []
        var oldColumnIndex: [String: Int] = [:]
        for (index, column) in oldColumns.enumerated() where oldColumnIndex[column.id] == nil { oldColumnIndex[column.id] = index }
        let newIDs = Set(newColumns.map(\.id))
        columnsAdded = newColumns.filter { oldColumnIndex[$0.id] == nil }
        columnsRemoved = oldColumns.filter { !newIDs.contains($0.id) }
        for (column, oldIndex) in zip(newColumns, newColumns.map { oldColumnIndex[$0.id] }) {
            if let oldIndex, oldColumns[oldIndex].label != column.label {
                textChanges.append(TextChange(what: .columnLabel(column.id), old: oldColumns[oldIndex].label, new: column.label))
            }
        }

        let oldRows = old.rows ?? [], newRows = new.rows ?? []
        let oldRowIndex = Dictionary(keys.old.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let newKeySet = Set(keys.new)
        rowsRemoved = keys.old.indices.filter { !newKeySet.contains(keys.old[$0]) }
        oldRowOfNew = keys.new.map { oldRowIndex[$0] }
        rowsAdded = oldRowOfNew.indices.filter { oldRowOfNew[$0] == nil }

        let keyIDs = Set(keys.columns)
        let compared = newColumns.enumerated().compactMap { newIndex, column -> (Int, Int, SidecarColumn)? in
            guard !keyIDs.contains(column.id), let oldIndex = oldColumnIndex[column.id] else { return nil }
            return (oldIndex, newIndex, column)
        }
        for (newRow, oldRow) in oldRowOfNew.enumerated() {
            guard let oldRow else { continue }
            let before = oldRows[oldRow], after = newRows[newRow]
            for (oldIndex, newIndex, column) in compared where before.values[oldIndex] != after.values[newIndex] {
                let change = SidecarValueChange(old: oldCell(row: oldRow, column: oldIndex), new: newCell(row: newRow, column: newIndex))
                cellChanges.append(CellChange(row: keys.new[newRow], newRow: newRow, column: column.id, label: column.label, change: change))
            }
        }
    }

    private mutating func compareTexts() {
        func note(_ what: TextField, _ old: String?, _ new: String?) {
            if old != new { textChanges.append(TextChange(what: what, old: old, new: new)) }
        }
        note(.caption, old.caption, new.caption)
        note(.emptyMessage, old.empty, new.empty)
        note(.sources, old.sources?.joined(separator: " "), new.sources?.joined(separator: " "))
        note(.notes, old.notes?.joined(separator: " "), new.notes?.joined(separator: " "))
        let oldParagraphs = old.paragraphs ?? [], newParagraphs = new.paragraphs ?? []
        for index in 0..<max(oldParagraphs.count, newParagraphs.count) {
            note(old.kind == .text ? .paragraph(index + 1) : .text,
                 index < oldParagraphs.count ? oldParagraphs[index] : nil, index < newParagraphs.count ? newParagraphs[index] : nil)
        }
    }

    /// The same diff with the value changes `threshold` hides left out; also how many it hid.
    func filtered(by threshold: Threshold) -> (BlockDiff, hidden: Int) {
        var copy = self
        copy.cellChanges = cellChanges.filter { !threshold.hides($0.change) }
        return (copy, cellChanges.count - copy.cellChanges.count)
    }
}
