import CCmark
import Foundation
import StreekDocument

/// Renders the notebook's prose with libcmark and puts the directive outputs and figure values into cmark's
/// own tree: each directive's code block becomes a raw HTML block, each live figure's code span a raw HTML
/// inline node. Only these inserted nodes carry Streek's HTML, so nothing an author types can be mistaken
/// for a placeholder; the author's own raw HTML passes through as cmark renders it.
enum CmarkSubstitution {
    /// `blocks[i]` is the HTML of the i-th directive (nil: the block disappears); `figures[i]` of the i-th figure.
    static func render(source: String, directiveHTML blocks: [String?], figures: [(expression: String, html: String)]) -> String {
        let bytes = Array(source.utf8) + [0]
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                // Source positions let a later pass find the author's text for a node (they are not rendered).
                cmark_parse_document($0, bytes.count - 1, CMARK_OPT_SOURCEPOS)
            }
        }) else { return "" }
        defer { cmark_node_free(document) }
        var walker = Walker(blocks: blocks, figures: figures)
        walker.walk(document)
        PipeTableSubstitution.replaceTables(in: document, source: SourceText(source), figureNodes: walker.figureNodes)
        guard let rendered = cmark_render_html(document, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }

    private struct Walker {
        let blocks: [String?]
        let figures: [(expression: String, html: String)]
        var nextBlock = 0
        var nextFigure = 0
        /// The raw HTML nodes that now stand for live figures (a pipe table's cells take them over).
        var figureNodes: Set<OpaquePointer> = []

        init(blocks: [String?], figures: [(expression: String, html: String)]) {
            self.blocks = blocks
            self.figures = figures
        }

        /// Collects the code blocks and code spans in document order with cmark's own iterator (no recursion,
        /// so deeply nested quotes cannot exhaust the stack), then replaces them once the iterator is done.
        mutating func walk(_ document: OpaquePointer) {
            var leaves: [OpaquePointer] = []
            guard let iterator = cmark_iter_new(document) else { return }
            while true {
                let event = cmark_iter_next(iterator)
                if event == CMARK_EVENT_DONE { break }
                guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_CODE_BLOCK || type == CMARK_NODE_CODE { leaves.append(node) }
            }
            cmark_iter_free(iterator)
            for node in leaves {
                if cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK { substituteDirective(node) } else { substituteFigure(node) }
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

        /// Live figures are the code spans reading `= expression`, in order.
        private mutating func substituteFigure(_ node: OpaquePointer) {
            guard nextFigure < figures.count, let literal = cmark_node_get_literal(node).map({ String(cString: $0) }),
                  literal.hasPrefix("="),
                  String(literal.dropFirst()).trimmingCharacters(in: .whitespaces) == figures[nextFigure].expression else { return }
            if let replacement = replace(node, with: CMARK_NODE_HTML_INLINE, literal: figures[nextFigure].html) {
                figureNodes.insert(replacement)
            }
            nextFigure += 1
        }

        @discardableResult
        private func replace(_ node: OpaquePointer, with type: cmark_node_type, literal: String) -> OpaquePointer? {
            guard let replacement = cmark_node_new(type) else { return nil }
            cmark_node_set_literal(replacement, literal)
            cmark_node_replace(node, replacement)
            cmark_node_free(node)
            return replacement
        }
    }
}
