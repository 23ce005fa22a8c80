import Foundation
import StreekDocument
import StreekGraphics

/// Render stage, HTML: a standalone page. The prose goes through libcmark's HTML renderer with directive
/// outputs and figure values put into cmark's tree as HTML nodes, so values from data never pass through
/// Markdown and are always HTML-escaped.
public enum HTMLRenderer {
    /// `drawnFigures`: SVG of the charts and maps by anchor, when they were drawn already for the figure
    /// files, so each is drawn once; one not in it is drawn here. `tableTexts`: the tables' cells formatted
    /// once for this render.
    public static func render(_ document: Document, drawnFigures: [String: String] = [:], tableTexts: TableTexts = TableTexts()) -> String {
        let format = document.numberFormat
        let numbers = BlockNumbering.numbers(of: document.blocks)
        let blocks = zip(document.blocks, numbers).map { block, number in
            block.content?.accept(HTMLBlockWriter(format: format, drawnFigures: drawnFigures,
                                                  label: number.map { format.label($0.kind, $0.number) }, tableTexts: tableTexts))
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

    /// The first level-1 heading as the reader sees it (live figures in it replaced by their values, not
    /// their code), else the notebook's file name.
    private static func title(of document: Document) -> String {
        let source = SourceText(document.source)
        for line in 1...max(source.lineCount, 1) where source.line(line).hasPrefix("# ") {
            let lineStart = source.offset(line: line, column: 1)
            var bytes = Array(source.line(line).utf8)
            for figure in document.figures.reversed() where figure.span.line == line {
                let range = (figure.span.start - lineStart)..<(figure.span.end - lineStart)
                guard range.lowerBound >= 0, range.upperBound <= bytes.count else { continue }
                bytes.replaceSubrange(range, with: Array(document.numberFormat.format(figure.value, as: figure.format).utf8))
            }
            return String(decoding: bytes.dropFirst(2), as: UTF8.self).trimmingSpaces()
        }
        return document.path
    }

    /// Text and attribute values for HTML: the same five characters as in the SVG figures.
    static func escape(_ text: String) -> String {
        SVGWriter.escape(text)
    }
}
