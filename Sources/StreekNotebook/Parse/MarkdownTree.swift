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

    var codeBlocks: [CodeBlock] = []
    var codeSpans: [CodeSpans] = []

    init(parsing source: SourceText) {
        guard let document = parseDocument(source.bytes, options: CMARK_OPT_SOURCEPOS) else { return }
        defer { cmark_node_free(document) }
        walk(document)
    }

    /// Visits the tree with cmark's iterator rather than recursion, so no nesting depth (100,000 `>` in a
    /// row) can exhaust the stack.
    private mutating func walk(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var spansOfBlock: [String]?
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (type, event) {
            case (CMARK_NODE_CODE_BLOCK, CMARK_EVENT_ENTER):
                codeBlocks.append(CodeBlock(
                    info: string(cmark_node_get_fence_info(node)),
                    literal: string(cmark_node_get_literal(node)),
                    start: startPosition(node),
                    endLine: Int(cmark_node_get_end_line(node))))
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_ENTER), (CMARK_NODE_HEADING, CMARK_EVENT_ENTER):
                spansOfBlock = []
            case (CMARK_NODE_CODE, CMARK_EVENT_ENTER):
                spansOfBlock?.append(string(cmark_node_get_literal(node)))
            case (CMARK_NODE_PARAGRAPH, CMARK_EVENT_EXIT), (CMARK_NODE_HEADING, CMARK_EVENT_EXIT):
                if let literals = spansOfBlock, !literals.isEmpty {
                    codeSpans.append(CodeSpans(
                        literals: literals, blockStart: startPosition(node),
                        blockEnd: SourcePosition(line: Int(cmark_node_get_end_line(node)),
                                                 column: Int(cmark_node_get_end_column(node)))))
                }
                spansOfBlock = nil
            default:
                break
            }
        }
    }

    private func startPosition(_ node: OpaquePointer) -> SourcePosition {
        SourcePosition(line: Int(cmark_node_get_start_line(node)), column: Int(cmark_node_get_start_column(node)))
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// Renders CommonMark to an HTML fragment with libcmark (raw HTML in the input is kept, as the author wrote it).
/// Pipe tables in paragraphs, which libcmark 0.30 does not know, become HTML tables (`PipeTable`).
enum CmarkHTML {
    static func render(_ markdown: String) -> String {
        guard let document = parseDocument(Array(markdown.utf8), options: CMARK_OPT_UNSAFE | CMARK_OPT_SOURCEPOS) else { return "" }
        defer { cmark_node_free(document) }
        PipeTableSubstitution.replaceTables(in: document, source: SourceText(markdown))
        guard let rendered = cmark_render_html(document, CMARK_OPT_UNSAFE) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}

/// Parses bytes with cmark; a terminating zero keeps the pointer valid for an empty file.
func parseDocument(_ bytes: [UInt8], options: Int32) -> OpaquePointer? {
    let terminated = bytes + [0]
    return terminated.withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
            cmark_parse_document($0, bytes.count, options)
        }
    }
}
