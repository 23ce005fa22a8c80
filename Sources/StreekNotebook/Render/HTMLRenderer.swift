import Foundation
import StreekDocument

/// Render stage, HTML: a standalone page. The prose goes through libcmark's HTML renderer with directive
/// outputs and figure values put into cmark's tree as HTML nodes, so values from data never pass through
/// Markdown and are always HTML-escaped.
public enum HTMLRenderer {
    /// `drawnFigures`: SVG of the charts and maps by anchor, when they were drawn already for the figure
    /// files, so each is drawn once; one not in it is drawn here.
    public static func render(_ document: Document, drawnFigures: [String: String] = [:]) -> String {
        let format = document.numberFormat
        let numbers = BlockNumbering.numbers(of: document.blocks)
        let blocks = zip(document.blocks, numbers).map { block, number in
            block.content?.accept(HTMLBlockWriter(format: format, drawnFigures: drawnFigures,
                                                  label: number.map { format.label($0.kind, $0.number) }))
        }
        let figures = document.figures.map { figure in
            (figure.expression, "<span class=\"figure\">\(escape(format.format(figure.value, as: figure.format)))</span>")
        }
        let navigation = document.navigation
        let references = navigation.references.map { reference in
            (reference.name, "<a class=\"xref\" href=\"#\(escape(reference.anchor))\">\(escape(format.text(of: reference)))</a>")
        }
        let contents = navigation.contentsDepth.flatMap { ContentsHTML.render(navigation.headings, depth: $0, format: format) }
        let body = CmarkSubstitution.render(source: document.source, .init(
            blocks: blocks, figures: figures, references: references,
            headingAnchors: navigation.headings.map(\.anchor), contents: contents))
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
