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

    public init(name: String?, anchor: String, caption: Phrase?, columns: [TableColumn], keyColumns: [String],
                rows: [[Value]], missingText: Phrase?, sources: [Phrase], notes: [Phrase], emptyMessage: Phrase,
                totalRows: [Int] = [], missingSigns: [MissingSign] = []) {
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
