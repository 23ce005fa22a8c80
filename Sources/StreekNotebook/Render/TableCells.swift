import StreekDocument
import StreekCore

/// A table row's cells as text (see `TableBlock.texts(of:format:)`, which the sidecar shares).
struct TableCells {
    let table: TableBlock
    let format: NumberFormat

    func texts(of row: [StreekCore.Value]) -> [String] {
        table.texts(of: row, format: format)
    }
}

/// The words in front of a source line and a note, in the document's language.
struct BlockLabels {
    let source: String
    let note: String

    init(_ language: NumberFormat.Language) {
        (source, note) = language == .nl ? ("Bron", "Noot") : ("Source", "Note")
    }
}
