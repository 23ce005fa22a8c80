import Foundation

/// Finds inline code spans in raw Markdown bytes, following CommonMark's rules for backtick strings.
/// cmark tells us which code spans a block has, but not where they are; this scanner finds their byte
/// ranges so that live figures can be spliced out of the author's text without touching anything else.
struct CodeSpanScanner {
    struct Span {
        /// From the first opening backtick to just past the last closing backtick.
        var range: Range<Int>
        /// Content between the backtick strings, before CommonMark's normalisation.
        var contentRange: Range<Int>
    }

    /// Linear in the length of the range: every backtick run is found once, and for each run length a
    /// cursor walks forward through the runs of that length, so no text is searched twice.
    static func spans(in bytes: [UInt8], range: Range<Int>) -> [Span] {
        let backtick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\")
        // Every maximal backtick run (a closing run is always maximal), by length, in order.
        var runsByLength: [Int: [Int]] = [:]
        var scan = range.lowerBound
        while scan < range.upperBound {
            guard bytes[scan] == backtick else { scan += 1; continue }
            let length = runLength(bytes, from: scan, limit: range.upperBound)
            runsByLength[length, default: []].append(scan)
            scan += length
        }
        var cursors: [Int: Int] = [:]
        var spans: [Span] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if byte == backslash {
                index += 2 // a backslash escapes the next character, including a backtick
                continue
            }
            guard byte == backtick else { index += 1; continue }
            let openLength = runLength(bytes, from: index, limit: range.upperBound)
            let contentStart = index + openLength
            var closing: Int?
            if let runs = runsByLength[openLength] {
                var cursor = cursors[openLength] ?? 0
                while cursor < runs.count, runs[cursor] < contentStart { cursor += 1 }
                cursors[openLength] = cursor
                if cursor < runs.count { closing = runs[cursor] }
            }
            if let closing {
                spans.append(Span(range: index..<(closing + openLength), contentRange: contentStart..<closing))
                index = closing + openLength
            } else {
                index += openLength // an unmatched backtick string is literal text
            }
        }
        return spans
    }

    /// The content as cmark reports it: line endings become spaces (and the container's marks on the next
    /// line, a block quote's `>` or a list item's indentation, are not part of it), and one space is
    /// stripped from both ends when both ends have one and the content is not all spaces.
    static func normalizedContent(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var content: [UInt8] = []
        content.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { content.append(byte); continue }
            if byte == UInt8(ascii: "\r"), index < range.upperBound, bytes[index] == UInt8(ascii: "\n") { index += 1 }
            content.append(UInt8(ascii: " "))
            while index < range.upperBound, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ">")].contains(bytes[index]) { index += 1 }
        }
        var text = String(decoding: content, as: UTF8.self)
        if text.count >= 2, text.first == " ", text.last == " ", text.contains(where: { $0 != " " }) {
            text = String(text.dropFirst().dropLast())
        }
        return text
    }

    private static func runLength(_ bytes: [UInt8], from start: Int, limit: Int) -> Int {
        var end = start
        while end < limit, bytes[end] == UInt8(ascii: "`") { end += 1 }
        return end - start
    }
}
