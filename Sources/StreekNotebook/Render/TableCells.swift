import StreekDocument
import StreekCore

/// A table row's cells as text, each in its column's style; the table's own text for a missing value.
struct TableCells {
    let table: TableBlock
    let format: NumberFormat
    private let missing: String?
    /// The source's signs by row and column.
    private let signs: [Int: [Int: String]]

    init(table: TableBlock, format: NumberFormat) {
        self.table = table
        self.format = format
        missing = table.missingText.map { format.text($0) }
        signs = Dictionary(grouping: table.missingSigns, by: \.row).mapValues { Dictionary($0.map { ($0.column, $0.sign) }, uniquingKeysWith: { a, _ in a }) }
    }

    /// Every row's cells as text.
    var rows: [[String]] { table.rows.indices.map { texts(of: table.rows[$0], at: $0) } }

    func texts(of row: [StreekCore.Value], at index: Int) -> [String] {
        zip(row, table.columns).enumerated().map { position, cell in
            let (value, column) = cell
            if let sign = signs[index]?[position] { return sign }
            if value.isMissing, let missing { return missing }
            return format.format(value, style: column.style)
        }
    }
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
