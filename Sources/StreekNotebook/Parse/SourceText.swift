/// The bytes of a notebook with a line index, so that cmark's (line, column) positions can be turned into
/// byte offsets for splicing, and byte offsets back into positions for error messages.
public struct SourceText: Sendable {
    /// The file exactly as read, including a UTF-8 byte order mark if there was one.
    public let bytes: [UInt8]
    /// Byte offset where each line starts (index 0 is line 1).
    let lineStarts: [Int]
    /// Length of a leading UTF-8 byte order mark (0 or 3). cmark skips it without counting it as a column.
    let bomLength: Int

    public init(_ text: String) { self.init(bytes: Array(text.utf8)) }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        bomLength = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var starts = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: "\n") {
                starts.append(index)
            } else if byte == UInt8(ascii: "\r") {
                if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                starts.append(index)
            }
        }
        lineStarts = starts
    }

    public var lineCount: Int { lineStarts.count }

    /// Byte offset of a 1-based (line, column) as cmark reports them (column counts bytes).
    func offset(line: Int, column: Int) -> Int {
        let lineIndex = min(max(line, 1), lineStarts.count) - 1
        let prefix = lineIndex == 0 ? bomLength : 0
        return min(lineStarts[lineIndex] + prefix + max(column, 1) - 1, bytes.count)
    }

    /// Byte offset just past the end of `line`, including its line ending.
    func endOfLine(_ line: Int) -> Int {
        line < lineStarts.count ? lineStarts[line] : bytes.count
    }

    /// The text of a line without its line ending (and without a byte order mark on line 1).
    func line(_ number: Int) -> String {
        guard number >= 1, number <= lineStarts.count else { return "" }
        var start = lineStarts[number - 1]
        if number == 1 { start += bomLength }
        var end = endOfLine(number)
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The position (1-based line and byte column) of a byte offset.
    func position(ofOffset offset: Int) -> SourcePosition {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let prefix = low == 0 ? bomLength : 0
        return SourcePosition(line: low + 1, column: offset - lineStarts[low] - prefix + 1)
    }

    /// The same place with its column counted in characters instead of bytes (`é` is one column, not two).
    public func characterPosition(_ position: SourcePosition) -> SourcePosition {
        guard position.line >= 1, position.line <= lineStarts.count, position.column > 1 else { return position }
        let start = lineStarts[position.line - 1] + (position.line == 1 ? bomLength : 0)
        let end = min(start + position.column - 1, bytes.count)
        guard end > start else { return position }
        let characters = String(decoding: bytes[start..<end], as: UTF8.self).count
        return SourcePosition(line: position.line, column: characters + 1)
    }

    func string(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The line ending the file uses most, so spliced output matches the author's convention.
    var lineEnding: String {
        var crlf = 0, lf = 0
        for start in lineStarts.dropFirst() where start >= 1 {
            if start >= 2, bytes[start - 2] == UInt8(ascii: "\r") { crlf += 1 } else { lf += 1 }
        }
        return crlf > lf ? "\r\n" : "\n"
    }
}
