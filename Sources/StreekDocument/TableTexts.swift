/// The cell texts of a document's tables (and maps' data tables), formatted once for one render: the
/// Markdown, the HTML and the sidecar show the same texts, and formatting every cell three times cost the
/// 40-directive render about a third of a millisecond.
///
/// Built from the document that is being rendered; a table it does not know (or a different number
/// format) is formatted on the spot, so an empty `TableTexts()` renders exactly as before.
public struct TableTexts: Sendable {
    private let format: NumberFormat?
    private let texts: [String: [[String]]]

    /// Nothing formatted ahead: every table is formatted when it is asked for.
    public init() {
        format = nil
        texts = [:]
    }

    /// Every table of `document`, in the document's number format. Anchors are unique in a document; one
    /// that is not (a map's data table sharing a table's anchor) is left out, never mixed up.
    public init(_ document: Document) {
        let format = document.numberFormat
        var tables: [String: TableBlock] = [:]
        var shared: Set<String> = []
        for block in document.blocks {
            let table: TableBlock?
            switch block.content {
            case .table(let block)?: table = block
            case .map(let map)?: table = map.data
            default: table = nil
            }
            guard let table else { continue }
            if tables.updateValue(table, forKey: table.anchor) != nil { shared.insert(table.anchor) }
        }
        self.format = format
        texts = tables.filter { !shared.contains($0.key) }.mapValues { $0.cellTexts(format: format) }
    }

    /// The cells of `table` as text in `format` (see `TableBlock.cellTexts(format:)`).
    public func cells(of table: TableBlock, format: NumberFormat) -> [[String]] {
        if format == self.format, let cells = texts[table.anchor], cells.count == table.rows.count { return cells }
        return table.cellTexts(format: format)
    }
}
