import Foundation
import StreekDocument

/// Each block kind as Markdown lines: pipe tables one row per line, text as paragraphs or list items.
struct MarkdownBlockWriter: BlockVisitor {
    let format: NumberFormat

    func visit(_ table: TableBlock) -> [String] {
        var lines = ["<a id=\"\(table.anchor)\"></a>"]
        if let caption = table.caption { lines.append("**\(escaped(caption))**") }
        lines.append("")
        if table.rows.isEmpty {
            lines.append("*\(escaped(table.emptyMessage))*")
        } else {
            lines.append(row(table.columns.map { escaped($0.label) }))
            lines.append("| " + table.columns.map { $0.kind == .number ? "--:" : ":--" }.joined(separator: " | ") + " |")
            let cells = TableCells(table: table, format: format)
            lines += table.rows.map { row(cells.texts(of: $0).map(MarkdownRenderer.escapeInline)) }
        }
        let labels = BlockLabels(format.language)
        if !table.sources.isEmpty { lines += ["", "*\(labels.source): \(table.sources.map(escaped).joined(separator: "; "))*"] }
        for note in table.notes { lines += ["", "*\(labels.note): \(escaped(note))*"] }
        return lines
    }

    func visit(_ text: TextBlock) -> [String] {
        let paragraphs = text.paragraphs.map { format.text($0, escapeValue: MarkdownRenderer.escapeInline) }
        if text.bullets { return paragraphs.map { "- " + $0 } }
        return Array(paragraphs.map { [$0, ""] }.joined().dropLast())
    }

    private func escaped(_ phrase: Phrase) -> String {
        MarkdownRenderer.escapeInline(format.text(phrase))
    }

    private func row(_ cells: [String]) -> String {
        "| " + cells.map { cell in
            cell.utf8.contains(UInt8(ascii: "|")) ? cell.replacingOccurrences(of: "|", with: "\\|") : cell
        }.joined(separator: " | ") + " |"
    }
}
