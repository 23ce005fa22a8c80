import StreekDocument
import StreekCore

/// A table row's cells as text, each in its column's style; the table's own text for a missing value.
struct TableCells {
    let table: TableBlock
    let format: NumberFormat
    /// The texts formatted once for this render (shared with the other renderer and the sidecar).
    var texts = TableTexts()

    /// Every row's cells as text (see `TableBlock.cellTexts(format:)`, which the sidecar shares).
    var rows: [[String]] { texts.cells(of: table, format: format) }
}

/// The words in front of a source line and a note, in the document's language.
struct BlockLabels {
    let source: String
    let note: String
    /// The summary of a map's collapsible data table.
    let mapData: String

    init(_ language: NumberFormat.Language) {
        (source, note, mapData) = language == .nl ? ("Bron", "Noot", "Cijfers bij de kaart") : ("Source", "Note", "Data behind the map")
    }
}
