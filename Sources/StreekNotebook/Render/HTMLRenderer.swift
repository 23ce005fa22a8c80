import Foundation
import StreekDocument

/// Render stage, HTML: a standalone page. The prose goes through libcmark's HTML renderer with directive
/// outputs and figure values put into cmark's tree as HTML nodes, so values from data never pass through
/// Markdown and are always HTML-escaped.
public enum HTMLRenderer {
    /// `drawnCharts`: SVG of the charts by anchor, when they were drawn already for the figure files.
    public static func render(_ document: Document, drawnCharts: [String: String] = [:]) -> String {
        let writer = HTMLBlockWriter(format: document.numberFormat, drawnCharts: drawnCharts)
        let blocks = document.blocks.map { $0.content?.accept(writer) }
        let figures = document.figures.map { figure in
            (figure.expression, "<span class=\"figure\">\(escape(document.numberFormat.format(figure.value, as: figure.format)))</span>")
        }
        let tableAnchors = document.blocks.compactMap { block -> String? in
            switch block.content {
            case .table(let table): return table.anchor
            case .chart(let chart): return chart.anchor
            default: return nil
            }
        }
        let body = HeadingAnchors.add(to: CmarkSubstitution.render(source: document.source, directiveHTML: blocks, figures: figures),
                                      taken: Set(tableAnchors))
        return HTMLPage.wrap(body: body, title: title(of: document), language: document.language.rawValue,
                             generator: MarkdownRenderer.header(document))
    }

    /// The first level-1 heading, else the notebook's file name.
    private static func title(of document: Document) -> String {
        let source = SourceText(document.source)
        for line in 1...max(source.lineCount, 1) {
            let text = source.line(line)
            if text.hasPrefix("# ") { return String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        }
        return document.path
    }

    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
