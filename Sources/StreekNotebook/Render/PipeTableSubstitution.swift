import CCmark
import Foundation

/// Turns paragraphs that hold a pipe table (`PipeTable`; libcmark 0.30 has no table extension) into raw
/// HTML table blocks in cmark's tree. Cells are read from the author's lines and rendered as inline
/// Markdown; a live figure in a cell takes the value already substituted for it in the paragraph.
enum PipeTableSubstitution {
    static func replaceTables(in document: OpaquePointer, source: SourceText, figureNodes: Set<OpaquePointer> = []) {
        for paragraph in nodes(of: CMARK_NODE_PARAGRAPH, under: document) {
            let first = Int(cmark_node_get_start_line(paragraph)), last = Int(cmark_node_get_end_line(paragraph))
            guard first >= 1, last >= first, last <= source.lineCount else { continue }
            // The paragraph's lines without its container's marks (`> `, a list item's indentation).
            let lines = (first...last).map { number in
                let line = source.line(number)
                let drop = number == first ? max(Int(cmark_node_get_start_column(paragraph)) - 1, 0)
                    : line.utf8.prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\t") }.count
                return String(decoding: line.utf8.dropFirst(drop), as: UTF8.self)
            }
            guard lines.contains(where: { $0.contains("|") }), let table = PipeTable.parse(lines),
                  let block = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            var figures = nodes(of: CMARK_NODE_HTML_INLINE, under: paragraph).filter(figureNodes.contains)
                .map { cmark_node_get_literal($0).map { String(cString: $0) } ?? "" }[...]
            cmark_node_set_literal(block, PipeTableHTML.render(table) { inline($0, figures: &figures) })
            cmark_node_insert_before(paragraph, block)
            cmark_node_unlink(paragraph)
            cmark_node_free(paragraph)
        }
    }

    /// A cell's inline Markdown as HTML without the paragraph around it; each `= …` code span becomes the
    /// next figure value.
    private static func inline(_ markdown: String, figures: inout ArraySlice<String>) -> String {
        guard let document = parseDocument(Array(markdown.utf8), options: CMARK_OPT_UNSAFE) else { return "" }
        defer { cmark_node_free(document) }
        for code in nodes(of: CMARK_NODE_CODE, under: document) {
            let literal = cmark_node_get_literal(code).map { String(cString: $0) } ?? ""
            let expression = literal.dropFirst().drop { $0 == " " }
            guard literal.hasPrefix("="), !expression.isEmpty, !expression.hasPrefix("="), !expression.hasPrefix(">"),
                  let value = figures.first, let html = cmark_node_new(CMARK_NODE_HTML_INLINE) else { continue }
            figures = figures.dropFirst()
            cmark_node_set_literal(html, value)
            cmark_node_replace(code, html)
            cmark_node_free(code)
        }
        guard let rendered = cmark_render_html(document, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        let text = String(cString: rendered)
        guard text.hasPrefix("<p>"), text.hasSuffix("</p>\n") else { return text }
        return String(text.dropFirst(3).dropLast(5))
    }

    /// Nodes of one type in document order, collected before anything is changed (cmark's iterator, no recursion).
    private static func nodes(of type: cmark_node_type, under root: OpaquePointer) -> [OpaquePointer] {
        var found: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(root) else { return [] }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == type { found.append(node) }
        }
        cmark_iter_free(iterator)
        return found
    }
}
