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

    static func spans(in bytes: [UInt8], range: Range<Int>) -> [Span] {
        let backtick = UInt8(ascii: "`"), backslash = UInt8(ascii: "\\")
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
            var search = index + openLength
            var closing: Int?
            while search < range.upperBound {
                if bytes[search] == backtick {
                    let length = runLength(bytes, from: search, limit: range.upperBound)
                    if length == openLength { closing = search; break }
                    search += length
                } else {
                    search += 1
                }
            }
            if let closing {
                spans.append(Span(range: index..<(closing + openLength), contentRange: (index + openLength)..<closing))
                index = closing + openLength
            } else {
                index += openLength // an unmatched backtick string is literal text
            }
        }
        return spans
    }

    /// The content as cmark reports it: line endings become spaces, and one space is stripped from both
    /// ends when both ends have one and the content is not all spaces.
    static func normalizedContent(_ bytes: [UInt8], _ range: Range<Int>) -> String {
        var text = String(decoding: bytes[range], as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: " ")
            .replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
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
