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
        var body = CmarkHTML.render(splicer.splice(replacements))
        for (index, output) in evaluated.outputs.enumerated() where output != .nothing {
            let html = blockHTML(output, format: evaluated.numberFormat)
            body = body.replacingOccurrences(of: "<p>\(blockPlaceholder(index))</p>\n", with: html)
                .replacingOccurrences(of: blockPlaceholder(index), with: html)
        }
        for (index, value) in evaluated.figureValues.enumerated() {
            body = body.replacingOccurrences(of: figurePlaceholder(index), with: "<span class=\"figure\">\(escape(value))</span>")
        }
        return HTMLPage.wrap(body: body, title: title(of: notebook), language: evaluated.numberFormat.language.rawValue,
                             generator: MarkdownRenderer.header(evaluated))
    }

    // Letters and digits only, so cmark passes them through as plain text.
    private static func blockPlaceholder(_ index: Int) -> String { "STREEKBLOCK\(index)X" }
    private static func figurePlaceholder(_ index: Int) -> String { "STREEKFIGURE\(index)X" }

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
        var html = "<figure class=\"streek-table\" id=\"\(escape(view.anchor))\">\n"
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
