import Foundation

/// Render stage, HTML: a standalone page. The prose goes through libcmark's HTML renderer; directive
/// outputs and figure values are put in afterwards through placeholders, so values from data never pass
/// through Markdown and are always HTML-escaped.
public enum HTMLRenderer {
    public static func render(_ evaluated: EvaluatedNotebook) -> String {
        let notebook = evaluated.notebook
        let splicer = Splicer(source: notebook.source)
        var replacements = notebook.directives.indices.map { index in
            splicer.blockReplacement(for: notebook.directives[index],
                                     lines: evaluated.outputs[index] == .nothing ? [] : [blockPlaceholder(index)])
        }
        replacements += notebook.figures.indices.map { index in
            Splicer.Replacement(range: notebook.figures[index].replacedBytes, text: figurePlaceholder(index))
        }
        var blocks: [Int: String] = [:]
        for (index, output) in evaluated.outputs.enumerated() where output != .nothing {
            blocks[index] = blockHTML(output, format: evaluated.numberFormat)
        }
        let figures = evaluated.figureValues.map { "<span class=\"figure\">\(escape($0))</span>" }
        let tableAnchors = evaluated.outputs.compactMap { output -> String? in
            if case .table(let view) = output { return view.anchor } else { return nil }
        }
        let prose = HeadingAnchors.add(to: CmarkHTML.render(splicer.splice(replacements)), taken: Set(tableAnchors))
        let body = fillPlaceholders(prose, blocks: blocks, figures: figures)
        return HTMLPage.wrap(body: body, title: title(of: notebook), language: evaluated.numberFormat.language.rawValue,
                             generator: MarkdownRenderer.header(evaluated))
    }

    // Letters and digits only, so cmark passes them through as plain text.
    private static let markers = [(Array("STREEKBLOCK".utf8), true), (Array("STREEKFIGURE".utf8), false)]
    private static func blockPlaceholder(_ index: Int) -> String { "STREEKBLOCK\(index)X" }
    private static func figurePlaceholder(_ index: Int) -> String { "STREEKFIGURE\(index)X" }

    /// Replaces every placeholder in one pass over the page (a block placeholder cmark wrapped in a
    /// paragraph loses the `<p>` around it).
    private static func fillPlaceholders(_ html: String, blocks: [Int: String], figures: [String]) -> String {
        let bytes = Array(html.utf8)
        let paragraphOpen = Array("<p>".utf8), paragraphClose = Array("</p>\n".utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + blocks.values.reduce(0) { $0 + $1.utf8.count })
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "S"),
                  let (marker, isBlock) = markers.first(where: { bytes[index...].starts(with: $0.0) }) else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var end = index + marker.count
            var number = 0
            while end < bytes.count, bytes[end] >= UInt8(ascii: "0"), bytes[end] <= UInt8(ascii: "9") {
                number = number * 10 + Int(bytes[end] - UInt8(ascii: "0"))
                end += 1
            }
            let replacement = isBlock ? blocks[number] : (number < figures.count ? figures[number] : nil)
            guard end > index + marker.count, end < bytes.count, bytes[end] == UInt8(ascii: "X"), let replacement else {
                output.append(bytes[index])
                index += 1
                continue
            }
            end += 1
            if isBlock, output.count >= paragraphOpen.count, Array(output.suffix(paragraphOpen.count)) == paragraphOpen,
               bytes[end...].starts(with: paragraphClose) {
                output.removeLast(paragraphOpen.count)
                end += paragraphClose.count
            }
            output += Array(replacement.utf8)
            index = end
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func blockHTML(_ output: DirectiveOutput, format: NumberFormat) -> String {
        switch output {
        case .nothing:
            return ""
        case .text:
            return CmarkHTML.render(MarkdownRenderer.lines(of: output, format: format).joined(separator: "\n"))
        case .table(let view):
            return tableHTML(view, format: format)
        }
    }

    private static func tableHTML(_ view: TableView, format: NumberFormat) -> String {
        let layout = PrintLayout(headers: view.headers, numeric: view.rightAligned, rows: view.rows)
        var html = "<figure class=\"streek-table\(layout.classes)\" id=\"\(escape(view.anchor))\">\n"
        if view.rows.isEmpty {
            if let caption = view.caption { html += "<figcaption class=\"caption\">\(escape(caption))</figcaption>\n" }
            html += "<p class=\"empty\">\(escape(view.emptyMessage))</p>\n"
        } else {
            html += "<table>\n"
            if let caption = view.caption { html += "<caption>\(escape(caption))</caption>\n" }
            html += "<thead><tr>"
            for (header, numeric) in zip(view.headers, view.rightAligned) {
                html += "<th scope=\"col\"\(numeric ? " class=\"num\"" : "")>\(escape(header))</th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            for row in view.rows {
                html += "<tr>"
                for (cell, numeric) in zip(row, view.rightAligned) {
                    html += "<td\(numeric ? " class=\"num\"" : "")>\(escape(cell))</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
        }
        let labels = format.language == .nl ? (source: "Bron", note: "Noot") : (source: "Source", note: "Note")
        if let source = view.source { html += "<p class=\"source\">\(labels.source): \(escape(source))</p>\n" }
        for note in view.notes { html += "<p class=\"note\">\(labels.note): \(escape(note))</p>\n" }
        return html + "</figure>\n"
    }

    /// The first level-1 heading, else the notebook's file name.
    private static func title(of notebook: Notebook) -> String {
        for line in 1...max(notebook.source.lineCount, 1) {
            let text = notebook.source.line(line)
            if text.hasPrefix("# ") { return String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
        }
        return notebook.path
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
