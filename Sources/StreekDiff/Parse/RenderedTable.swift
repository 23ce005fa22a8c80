/// A table block of a rendered file: anchor, bold caption, pipe table and the italic lines after it
/// (source line, or `*Geen gegevens voor 2016.*` for an empty table).
public struct RenderedTable: Sendable, Equatable {
    /// The `id` of `<a id="..."></a>`, if present.
    public var anchor: String?
    /// The bold caption without its `**`.
    public var caption: String?
    /// Column headers, escapes removed.
    public var columns: [String]
    /// Cell texts per row, escapes removed; every row has `columns.count` cells.
    public var rows: [[String]]
    /// Italic lines after the table, without their `*`.
    public var notes: [String]
    /// 1-based line where the block starts, for messages.
    public var line: Int

    public init(
        anchor: String? = nil, caption: String? = nil, columns: [String], rows: [[String]],
        notes: [String] = [], line: Int = 0
    ) {
        self.anchor = anchor
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.notes = notes
        self.line = line
    }
}
