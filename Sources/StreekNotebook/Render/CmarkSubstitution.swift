import CCmark
import Foundation
import StreekDocument

/// Renders the notebook's prose with libcmark and puts the directive outputs and figure values into cmark's
/// own tree: each directive's code block becomes a raw HTML block, each live figure's code span a raw HTML
/// inline node. Only these inserted nodes carry Streek's HTML, so nothing an author types can be mistaken
/// for a placeholder; the author's own raw HTML passes through as cmark renders it.
enum CmarkSubstitution {
    /// What goes into the tree, each list in document order.
    struct Insertions {
        /// The HTML of each directive (nil: the block disappears).
        var blocks: [String?]
        var figures: [(expression: String, html: String)]
        /// Each `` `#naam` `` cross-reference: its name and its link.
        var references: [(name: String, html: String)] = []
        /// The id of each prose heading.
        var headingAnchors: [String] = []
        /// The table of contents, put after the title (the first level-1 heading), else at the top.
        var contents: String?
    }

    static func render(source: String, _ insertions: Insertions) -> String {
        let bytes = Array(source.utf8) + [0]
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                // Source positions let a later pass find the author's text for a node (they are not rendered).
                cmark_parse_document($0, bytes.count - 1, CMARK_OPT_SOURCEPOS)
            }
        }) else { return "" }
        defer { cmark_node_free(document) }
        var walker = Walker(insertions)
        walker.walk(document)
        if let contents = insertions.contents, !walker.placedContents, let node = cmark_node_new(CMARK_NODE_HTML_BLOCK) {
            cmark_node_set_literal(node, contents)
            cmark_node_prepend_child(document, node)
        }
        guard let rendered = cmark_render_html(document, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private struct Walker {
        let insertions: Insertions
        var blocks: [String?] { insertions.blocks }
        var figures: [(expression: String, html: String)] { insertions.figures }
        var nextBlock = 0
        var nextFigure = 0
        var nextReference = 0
        var nextHeading = 0
        var placedContents = false

        init(_ insertions: Insertions) {
            self.insertions = insertions
        }

        /// Collects the nodes to replace in document order with cmark's own iterator (no recursion, so deeply
        /// nested quotes cannot exhaust the stack), then replaces them once the iterator is done. Headings and
        /// pipe-table paragraphs are taken when the iterator leaves them, after the code spans inside them, so
        /// their live figures and references are in place when they are rendered.
        mutating func walk(_ document: OpaquePointer) {
            var nodes: [OpaquePointer] = []
            guard let iterator = cmark_iter_new(document) else { return }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard let node = cmark_iter_get_node(iterator) else { continue }
                switch (event, cmark_node_get_type(node)) {
                case (CMARK_EVENT_ENTER, CMARK_NODE_CODE_BLOCK), (CMARK_EVENT_ENTER, CMARK_NODE_CODE),
                     (CMARK_EVENT_EXIT, CMARK_NODE_HEADING):
                    nodes.append(node)
                case (CMARK_EVENT_EXIT, CMARK_NODE_PARAGRAPH) where startsWithBar(node):
                    nodes.append(node)
                default:
                    break
                }
            }
            cmark_iter_free(iterator)
            for node in nodes {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_CODE_BLOCK: substituteDirective(node)
                case CMARK_NODE_CODE: substituteFigure(node)
                case CMARK_NODE_HEADING: giveAnchor(node)
                default: makeTable(node)
                }
            }
        }

        /// Directive blocks are the fenced code blocks whose info string's first word is `streek`, in order.
        private mutating func substituteDirective(_ node: OpaquePointer) {
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            guard info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first == "streek", nextBlock < blocks.count else { return }
            defer { nextBlock += 1 }
            guard let html = blocks[nextBlock] else {
                cmark_node_free(node)
                return
            }
            replace(node, with: CMARK_NODE_HTML_BLOCK, literal: html)
        }

        private func startsWithBar(_ node: OpaquePointer) -> Bool {
            guard let first = cmark_node_first_child(node), cmark_node_get_type(first) == CMARK_NODE_TEXT,
                  let literal = cmark_node_get_literal(first) else { return false }
            return literal.pointee == CChar(UInt8(ascii: "|"))
        }

        /// A paragraph that is a pipe table becomes an HTML table.
        private func makeTable(_ node: OpaquePointer) {
            guard let rendered = cmark_render_html(node, CMARK_OPT_UNSAFE) else { return }
            let html = String(cString: rendered)
            free(rendered)
            if let table = PipeTableHTML.table(fromParagraph: html) { replace(node, with: CMARK_NODE_HTML_BLOCK, literal: table) }
        }

        /// A heading becomes raw HTML with its id; the table of contents follows the title.
        private mutating func giveAnchor(_ node: OpaquePointer) {
            guard nextHeading < insertions.headingAnchors.count, let rendered = cmark_render_html(node, CMARK_OPT_UNSAFE) else { return }
            let html = String(cString: rendered)
            free(rendered)
            let level = Int(cmark_node_get_heading_level(node))
            let anchor = insertions.headingAnchors[nextHeading]
            nextHeading += 1
            var literal = "<h\(level) id=\"\(HTMLRenderer.escape(anchor))\">" + html.dropFirst("<h\(level)>".count)
            if level == 1, !placedContents, let contents = insertions.contents {
                literal += contents
                placedContents = true
            }
            replace(node, with: CMARK_NODE_HTML_BLOCK, literal: literal)
        }

        /// Live figures are the code spans reading `= expression`, cross-references those reading `#naam`, in order.
        private mutating func substituteFigure(_ node: OpaquePointer) {
            if let literal = cmark_node_get_literal(node).map({ String(cString: $0) }),
               let name = NotebookParser.referenceName(literal) {
                guard nextReference < insertions.references.count, insertions.references[nextReference].name == name else { return }
                replace(node, with: CMARK_NODE_HTML_INLINE, literal: insertions.references[nextReference].html)
                nextReference += 1
                return
            }
            guard nextFigure < figures.count, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }),
                  literal.hasPrefix("="),
                  String(literal.dropFirst()).trimmingSpaces() == figures[nextFigure].expression else { return }
            replace(node, with: CMARK_NODE_HTML_INLINE, literal: figures[nextFigure].html)
            nextFigure += 1
        }

        private func replace(_ node: OpaquePointer, with type: cmark_node_type, literal: String) {
            guard let replacement = cmark_node_new(type) else { return }
            cmark_node_set_literal(replacement, literal)
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
        }
    }
}
