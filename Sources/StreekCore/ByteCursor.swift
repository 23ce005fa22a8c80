/// A position in CSV bytes with the low-level steps of `FlowCSVScanner`, tracking the line
/// so errors point at `line:column` like `CSVReader`'s.
struct ByteCursor {
    let buffer: UnsafeBufferPointer<UInt8>
    let origin: String
    // Settable so `FlowCSVScanner`'s hot loop can walk the bytes itself and hand back.
    var position = 0
    var line = 1
    var lineStart = 0

    init(buffer: UnsafeBufferPointer<UInt8>, origin: String) {
        self.buffer = buffer
        self.origin = origin
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"),
                       carriageReturn = UInt8(ascii: "\r"), hash = UInt8(ascii: "#")

    var atEnd: Bool { position >= buffer.count }
    var peek: UInt8? { atEnd ? nil : buffer[position] }

    mutating func skipByteOrderMark() {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3; lineStart = 3 }
    }

    /// `# key: value` lines (and blank lines) before the header.
    mutating func readPrelude(_ handle: (String, Int) throws -> Void) throws {
        while !atEnd {
            if skipBlankLine() { continue }
            guard buffer[position] == Self.hash else { return }
            let start = position
            while !atEnd, buffer[position] != Self.newline, buffer[position] != Self.carriageReturn { position += 1 }
            try handle(String(decoding: buffer[start..<position], as: UTF8.self), line)
            consumeLineEnd()
        }
    }

    /// The header line, split with the general CSV rules (it is short).
    mutating func readHeader() throws -> [String] {
        let start = position, headerLine = line
        while !atEnd, buffer[position] != Self.newline, buffer[position] != Self.carriageReturn { position += 1 }
        guard position > start else { throw CSVError(origin: origin, line: line, column: 1, message: "no header row") }
        let text = String(decoding: buffer[start..<position], as: UTF8.self)
        consumeLineEnd()
        guard let record = try CSVRecords.split(text, origin: origin).first else { return [] }
        var names: [String] = []
        for field in record.fields {
            if field.text.isEmpty || names.contains(field.text) {
                throw CSVError(origin: origin, line: headerLine, column: field.column,
                               message: field.text.isEmpty ? "empty column name" : "duplicate column name '\(field.text)'")
            }
            names.append(field.text)
        }
        return names
    }

    mutating func skipBlankLine() -> Bool {
        guard let byte = peek, byte == Self.newline || byte == Self.carriageReturn else { return false }
        consumeLineEnd()
        return true
    }

    mutating func consumeLineEnd() {
        if peek == Self.carriageReturn { position += 1 }
        if peek == Self.newline { position += 1 }
        line += 1
        lineStart = position
    }

    mutating func consumeComma() -> Bool {
        guard peek == Self.comma else { return false }
        position += 1
        return true
    }

    /// Moves to the end of an unquoted field.
    mutating func skipUnquoted() throws {
        var index = position
        let count = buffer.count
        while index < count {
            let byte = buffer[index]
            // All four bytes that end or break an unquoted field are ≤ ','; digits and letters
            // are above it, so most bytes take one comparison.
            if byte > Self.comma || (byte != Self.comma && byte != Self.quote && byte != Self.newline && byte != Self.carriageReturn) {
                index += 1
            } else {
                break
            }
        }
        position = index
        if peek == Self.quote {
            throw error(at: position, "quote inside an unquoted field (quote the whole field and double the quote)")
        }
    }

    /// Reads a quoted field into `scratch` (without quotes, "" as one quote).
    mutating func readQuoted(into scratch: inout [UInt8]) throws {
        let open = position
        let openLine = line, openLineStart = lineStart
        scratch.removeAll(keepingCapacity: true)
        position += 1
        while true {
            guard !atEnd else {
                line = openLine; lineStart = openLineStart
                throw error(at: open, "unterminated quoted field")
            }
            let byte = buffer[position]
            if byte == Self.quote {
                if position + 1 < buffer.count, buffer[position + 1] == Self.quote {
                    scratch.append(Self.quote); position += 2; continue
                }
                position += 1
                break
            }
            if byte == Self.newline { line += 1; lineStart = position + 1 }
            scratch.append(byte)
            position += 1
        }
        if let next = peek, next != Self.comma, next != Self.newline, next != Self.carriageReturn {
            throw error(at: position, "unexpected text after closing quote")
        }
    }

    /// A count: plain integers fast, anything else through `CSVReader.plainNumber`.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var value = 0, index = 0
        let negative = bytes[0] == UInt8(ascii: "-")
        if negative { index = 1 }
        var integral = index < bytes.count && bytes.count - index <= 15
        while integral && index < bytes.count {
            let digit = Int(bytes[index]) &- 48
            if digit < 0 || digit > 9 { integral = false; break }
            value = value &* 10 &+ digit
            index += 1
        }
        if integral { return Double(negative ? -value : value) }
        return CSVReader.plainNumber(String(decoding: bytes, as: UTF8.self))
    }

    func error(at offset: Int, _ message: String) -> CSVError {
        let column = String(decoding: buffer[lineStart..<max(lineStart, offset)], as: UTF8.self).count + 1
        return CSVError(origin: origin, line: line, column: column, message: message)
    }
}
