import CCmark
import Foundation

/// The parts of cmark's node tree that Streek needs, copied out into Swift values so that no cmark
/// pointer escapes this file: fenced code blocks and inline code spans, each with its source position.
struct MarkdownTree {
    struct CodeBlock {
        var info: String
        var literal: String
        var start: SourcePosition
        var endLine: Int
    }

    /// Inline code spans in one leaf block (paragraph or heading), in document order.
    struct CodeSpans {
        var literals: [String]
        var blockStart: SourcePosition
        var blockEnd: SourcePosition
    }

    /// A heading's text as pieces: plain text, and the literal of each code span (a live figure may be one).
    struct HeadingNode {
        enum Piece { case text(String), code(String) }
        var level: Int
        var pieces: [Piece]
        var start: SourcePosition
        var endLine: Int
    }

    /// A link whose destination starts with `#`, with the leaf block it is in.
    struct InternalLink {
        var target: String
        var blockStart: SourcePosition
        var blockEndLine: Int
    }

    var codeBlocks: [CodeBlock] = []
    var codeSpans: [CodeSpans] = []
    var headings: [HeadingNode] = []
    var internalLinks: [InternalLink] = []
    /// Every `id="…"` or `name="…"` in the author's raw HTML: link targets too.
    var htmlAnchors: [String] = []

    init(parsing source: SourceText) {
        guard let document = parseDocument(source.bytes, options: CMARK_OPT_SOURCEPOS) else { return }
        defer { cmark_node_free(document) }
        walk(document)
    }

    /// Visits the tree with cmark's iterator rather than recursion, so no nesting depth (100,000 `>` in a
    /// row, deeply nested emphasis) can exhaust the stack.
    private mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var block: OpaquePointer?
        var literals: [String] = [], pieces: [HeadingNode.Piece] = []
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let isHeading = block.map { cmark_node_get_type($0) == CMARK_NODE_HEADING } ?? false
            switch (type, event) {
            case (CMARK_NODE_CODE_BLOCK, CMARK_EVENT_ENTER):
                codeBlocks.append(CodeBlock(
                    info: string(cmark_node_get_fence_info(node)),
                    literal: string(cmark_node_get_literal(node)),
                    start: startPosition(node),
                    endLine: Int(cmark_node_get_end_line(node))))
            case (CMARK_NODE_HTML_BLOCK, CMARK_EVENT_ENTER):
                htmlAnchors += Self.anchors(inHTML: string(cmark_node_get_literal(node)))
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_ENTER), (CMARK_NODE_HEADING, CMARK_EVENT_ENTER):
                (block, literals, pieces) = (node, [], [])
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                if type == CMARK_NODE_HEADING {
                    headings.append(HeadingNode(level: Int(cmark_node_get_heading_level(node)), pieces: pieces,
                                                start: startPosition(node), endLine: Int(cmark_node_get_end_line(node))))
                }
                if !literals.isEmpty {
                    codeSpans.append(CodeSpans(
                        literals: literals, blockStart: startPosition(node),
                        blockEnd: SourcePosition(line: Int(cmark_node_get_end_line(node)),
                                                 column: Int(cmark_node_get_end_column(node)))))
                }
                block = nil
            case (CMARK_NODE_CODE, CMARK_EVENT_ENTER) where block != nil:
                literals.append(string(cmark_node_get_literal(node)))
                if isHeading { pieces.append(.code(string(cmark_node_get_literal(node)))) }
            case (CMARK_NODE_TEXT, CMARK_EVENT_ENTER) where isHeading:
                pieces.append(.text(string(cmark_node_get_literal(node))))
            case (CMARK_NODE_SOFTBREAK, CMARK_EVENT_ENTER) where isHeading, (CMARK_NODE_LINEBREAK, CMARK_EVENT_ENTER) where isHeading:
                pieces.append(.text(" "))
            case (CMARK_NODE_LINK, CMARK_EVENT_ENTER):
                let url = string(cmark_node_get_url(node))
                if let block, url.hasPrefix("#") {
                    internalLinks.append(InternalLink(target: String(url.dropFirst()), blockStart: startPosition(block),
                                                      blockEndLine: Int(cmark_node_get_end_line(block))))
                }
            case (CMARK_NODE_HTML_INLINE, CMARK_EVENT_ENTER) where block != nil:
                htmlAnchors += Self.anchors(inHTML: string(cmark_node_get_literal(node)))
            default:
                break
            }
        }
    }

    /// The values of `id="…"` and `name="…"` attributes in a piece of HTML.
    static func anchors(inHTML html: String) -> [String] {
        var anchors: [String] = []
        for attribute in [" id=", " name="] {
            var rest = html[...]
            while let found = rest.range(of: attribute) {
                rest = rest[found.upperBound...]
                guard let quote = rest.first, quote == "\"" || quote == "'" else { continue }
                let value = rest.dropFirst().prefix { $0 != quote }
                anchors.append(String(value))
                rest = rest.dropFirst(value.count + 1)
            }
        }
        return anchors
    }

    private func startPosition(_ node: OpaquePointer) -> SourcePosition {
        SourcePosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// Renders CommonMark to an HTML fragment with libcmark (raw HTML in the input is kept, as the author wrote it).
enum CmarkHTML {
    static func render(_ markdown: String) -> String {
        guard let document = parseDocument(Array(markdown.utf8), options: CMARK_OPT_UNSAFE) else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

/// Parses bytes with cmark; a terminating zero keeps the pointer valid for an empty file.
private func parseDocument(_ bytes: [UInt8], options: Int32) -> OpaquePointer? {
    let terminated = bytes + [0]
    return terminated.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            cmark_parse_document($0, bytes.count, options)
        }
    }
}
