import Foundation
import StreekDocument

/// Each block kind as Markdown lines: pipe tables one row per line, text as paragraphs or list items.
struct MarkdownBlockWriter: BlockVisitor {
    let format: NumberFormat
    /// Folder of the figure files, relative to the Markdown file (the notebook's output name).
    var figureFolder = ""
    /// "Tabel 3", "Figuur 2": the number of the block written, shown before its caption.
    var label: String?
    /// The tables' cell texts, formatted once per render.
    var tableTexts = TableTexts()

    func visit(_ table: TableBlock) -> [String] {
        var lines = ["<a id=\"\(table.anchor)\"></a>"]
        if let caption = table.caption { lines.append(captionLine(caption)) }
        lines.append("")
        if table.rows.isEmpty {
            lines.append("*\(escaped(table.emptyMessage))*")
        } else {
            let shown = table.shownColumns
            lines.append(row(shown.map { escaped(table.columns[$0].label) }))
            lines.append("| " + shown.map { table.columns[$0].kind == .number ? "--:" : ":--" }.joined(separator: " | ") + " |")
            let cells = TableCells(table: table, format: format, texts: tableTexts).rows
            let sections = table.sectionHeaders(cellTexts: cells)
            let totals = Set(table.totalRows)
            for (index, cells) in cells.enumerated() {
                // Pipe tables have no row styles or spanning cells: a section header is a bold first cell, a
                // total row bold cell by cell.
                if let section = sections[index] {
                    lines.append(row(["**\(MarkdownRenderer.escapeInline(section))**"] + Array(repeating: "", count: max(shown.count - 1, 0))))
                }
                lines.append(row(shown.map { column in
                    let text = MarkdownRenderer.escapeInline(cells[column])
                    return totals.contains(index) && !text.isEmpty ? "**\(text)**" : text
                }))
            }
        }
        return lines + footer(sources: table.sources, notes: table.notes)
    }

    func visit(_ text: TextBlock) -> [String] {
        let paragraphs = text.paragraphs.map { format.text($0, escapeValue: MarkdownRenderer.escapeInline) }
        if text.bullets { return paragraphs.map { "- " + $0 } }
        return Array(paragraphs.map { [$0, ""] }.joined().dropLast())
    }

    /// The figure as an image pointing at its SVG file, with caption, source and notes like a table.
    func visit(_ chart: ChartBlock) -> [String] {
        var lines = ["<a id=\"\(chart.anchor)\"></a>"]
        if let caption = chart.caption { lines.append(captionLine(caption)) }
        lines.append("")
        if chart.categories.isEmpty, let empty = chart.emptyMessage {
            lines.append("*\(escaped(empty))*")
        } else {
            let path = ChartFigure.path(of: chart, folder: figureFolder)
            let target = path.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(path)>" : path
            lines.append("![\(MarkdownRenderer.escapeInline(ChartFigure(chart: chart, format: format).altText))](\(target))")
        }
        lines += footer(sources: chart.sources, notes: chart.notes)
        return lines
    }

    /// The map as an image link to its SVG file, then sources, notes and the numbers in a `<details>`.
    func visit(_ map: MapBlock) -> [String] {
        var lines = ["<a id=\"\(map.anchor)\"></a>"]
        if let caption = map.caption { lines.append(captionLine(caption)) }
        let alt = format.text(map.alt).replacingOccurrences(of: "[", with: "(").replacingOccurrences(of: "]", with: ")")
        let path = map.figurePath(in: figureFolder)
        let target = path.contains(where: { $0 == " " || $0 == "(" || $0 == ")" }) ? "<\(path)>" : path
        lines += ["", "![\(MarkdownRenderer.escapeInline(alt))](\(target))"]
        lines += footer(sources: map.sources, notes: map.notes)
        if let data = map.data {
            var unnumbered = self
            unnumbered.label = nil
            lines += ["", "<details><summary>\(BlockLabels(format.language).mapData)</summary>", ""] + unnumbered.visit(data) + ["", "</details>"]
        }
        return lines
    }

    /// `**Tabel 3. Verhuismutaties …**`
    private func captionLine(_ caption: Phrase) -> String {
        "**" + (label.map { $0 + ". " } ?? "") + escaped(caption) + "**"
    }

    private func footer(sources: [Phrase], notes: [Phrase]) -> [String] {
        let labels = BlockLabels(format.language)
        var lines: [String] = []
        if !sources.isEmpty { lines += ["", "*\(labels.source): \(sources.map(escaped).joined(separator: "; "))*"] }
        for note in notes { lines += ["", "*\(labels.note): \(escaped(note))*"] }
        return lines
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
