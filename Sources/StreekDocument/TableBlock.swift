import StreekCore

/// `streek table`: the cells as values, with how each column is to be shown and where the figures come from.
public struct TableBlock: Sendable, Codable, Equatable {
    /// The name the table was bound to (`saldi = …`), if any.
    public var name: String?
    /// The link target of the table (`#saldi`), unique in the document.
    public var anchor: String
    public var caption: Phrase?
    public var columns: [TableColumn]
    /// The columns that identify a row (what `naam.kolom[sleutel]` matches).
    public var keyColumns: [String]
    /// Row-major cells, one per shown column.
    public var rows: [[Value]]
    /// Shown for a missing cell instead of the number format's "n.n.b.".
    public var missingText: Phrase?
    /// Where the figures come from: the author's `source` line, else the data files' sources.
    public var sources: [Phrase]
    public var notes: [Phrase]
    /// Shown instead of the table when it has no rows.
    public var emptyMessage: Phrase
    /// Rows added by `totals` (indexes into `rows`): shown as totals.
    public var totalRows: [Int]
    /// Missing cells for which the source wrote a sign (`.`, `x`): shown as that sign, explained in a note.
    public var missingSigns: [MissingSign] = []
    /// `section by kolom`: the column (an index into `columns`) whose value heads each run of rows; the
    /// renderers show it as a header row whenever it changes, not as a column.
    public var sectionColumn: Int?
    /// `format by eenheid: …`: per row, the style of its number columns (nil: the columns' own styles).
    /// Columns written without thousands separators (years, codes) keep their style.
    public var rowStyles: [NumberStyle?] = []
    /// `missing "." as "N.B."`: the author's text for a source's sign, shown instead of the sign.
    public var missingSignTexts: [String: String] = [:]

    public init(name: String?, anchor: String, caption: Phrase?, columns: [TableColumn], keyColumns: [String],
                rows: [[Value]], missingText: Phrase?, sources: [Phrase], notes: [Phrase], emptyMessage: Phrase,
                totalRows: [Int] = [], missingSigns: [MissingSign] = [], sectionColumn: Int? = nil, rowStyles: [NumberStyle?] = [], missingSignTexts: [String: String] = [:]) {
        self.name = name
        self.anchor = anchor
        self.caption = caption
        self.columns = columns
        self.keyColumns = keyColumns
        self.rows = rows
        self.missingText = missingText
        self.sources = sources
        self.notes = notes
        self.emptyMessage = emptyMessage
        self.totalRows = totalRows
        self.missingSigns = missingSigns
        self.sectionColumn = sectionColumn
        self.rowStyles = rowStyles
        self.missingSignTexts = missingSignTexts
    }
}

/// The source's sign for one missing cell (CBS writes `.` for unknown, `x` for confidential).
public struct MissingSign: Sendable, Codable, Equatable {
    public var row: Int
    public var column: Int
    public var sign: String

    public init(row: Int, column: Int, sign: String) {
        self.row = row
        self.column = column
        self.sign = sign
    }
}

public struct TableColumn: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case number, text }

    /// The column's name in the data.
    public var id: String
    /// The header shown (the id unless a label was given).
    public var label: Phrase
    public var kind: Kind
    public var style: NumberStyle

    public init(id: String, label: Phrase, kind: Kind, style: NumberStyle) {
        self.id = id
        self.label = label
        self.kind = kind
        self.style = style
    }
}

extension TableBlock {
    /// Every row's cells as the renderers write them: the source's sign where it gave one, the table's own
    /// text for a missing value, else the value in its column's style.
    public func cellTexts(format: NumberFormat) -> [[String]] {
        let missing = missingText.map { format.text($0) }
        let signs = Dictionary(grouping: missingSigns, by: \.row)
            .mapValues { Dictionary($0.map { ($0.column, $0.sign) }, uniquingKeysWith: { first, _ in first }) }
        return rows.indices.map { index in
            zip(rows[index], columns).enumerated().map { position, cell in
                let (value, column) = cell
                if let sign = signs[index]?[position] { return missingSignTexts[sign] ?? sign }
                if value.isMissing, let missing { return missing }
                return format.format(value, style: style(of: column, inRow: index))
            }
        }
    }
}

extension TableBlock {
    /// The style of a cell: its row's, for a number column that does not write codes or years.
    func style(of column: TableColumn, inRow row: Int) -> NumberStyle {
        guard column.kind == .number, column.style.grouping, rowStyles.indices.contains(row), let style = rowStyles[row] else {
            return column.style
        }
        return style
    }

    /// The columns shown as columns: all but the section column.
    public var shownColumns: [Int] { columns.indices.filter { $0 != sectionColumn } }

    /// The section header before each row that starts a section (row index → the section column's text).
    public func sectionHeaders(cellTexts: [[String]]) -> [Int: String] {
        guard let sectionColumn else { return [:] }
        var headers: [Int: String] = [:]
        for (index, row) in cellTexts.enumerated() where index == 0 || cellTexts[index - 1][sectionColumn] != row[sectionColumn] {
            headers[index] = row[sectionColumn]
        }
        return headers
    }
}
