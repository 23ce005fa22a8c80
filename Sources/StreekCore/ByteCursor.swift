/// A position in CSV bytes with the low-level steps of `CSVTableReader`: fields, quotes, line
/// ends. Tracks the line so errors point at `line:column` (column in characters, 1-based).
struct ByteCursor {
    let buffer: UnsafeBufferPointer<UInt8>
    let origin: String
    let separator: UInt8
    var position = 0
    var line = 1
    var lineStart = 0

    init(buffer: UnsafeBufferPointer<UInt8>, origin: String, separator: UInt8) {
        self.buffer = buffer
        self.origin = origin
        self.separator = separator
    }

    static let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"),
               carriageReturn = UInt8(ascii: "\r"), hash = UInt8(ascii: "#"), space = UInt8(ascii: " ")

    var atEnd: Bool { position >= buffer.count }
    var peek: UInt8? { atEnd ? nil : buffer[position] }

    mutating func skipByteOrderMark() {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { position = 3; lineStart = 3 }
    }

    /// The bytes up to the end of the line (not consumed).
    mutating func restOfLine() -> UnsafeBufferPointer<UInt8> {
        let start = position
        while !atEnd, buffer[position] != Self.newline, buffer[position] != Self.carriageReturn { position += 1 }
        return UnsafeBufferPointer(rebasing: buffer[start..<position])
    }

    /// Skips an empty line; false when the line has content.
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

    /// Reads one record, handing each field's bytes (quotes removed) and start offset to `field`.
    /// Returns the number of fields; leaves the cursor at the line end (not consumed).
    @inline(__always)
    mutating func readRecord(scratch: inout [UInt8], _ field: (Int, UnsafeBufferPointer<UInt8>, Int) throws -> Void) throws -> Int {
        var index = 0
        while true {
            var start = position
            // Spaces before an opening quote (`; "GM0118"`) belong to no field.
            if peek == Self.space {
                var ahead = position
                while ahead < buffer.count, buffer[ahead] == Self.space { ahead += 1 }
                if ahead < buffer.count, buffer[ahead] == Self.quote { position = ahead; start = ahead }
            }
            if peek == Self.quote {
                try readQuoted(into: &scratch)
                try scratch.withUnsafeBufferPointer { try field(index, $0, start) }
            } else {
                try skipUnquoted()
                try field(index, UnsafeBufferPointer(rebasing: buffer[start..<position]), start)
            }
            index += 1
            guard peek == separator else { return index }
            position += 1
        }
    }

    /// Moves to the end of an unquoted field.
    mutating func skipUnquoted() throws {
        var index = position
        let count = buffer.count, separator = separator
        while index < count {
            let byte = buffer[index]
            if byte == separator || byte == Self.newline || byte == Self.carriageReturn || byte == Self.quote { break }
            index += 1
        }
        position = index
        if peek == Self.quote {
            throw error(at: position, Message(
                nl: "aanhalingsteken midden in een veld zonder aanhalingstekens (zet het hele veld tussen aanhalingstekens en verdubbel het teken)",
                en: "quote inside an unquoted field (quote the whole field and double the quote)"))
        }
    }

    /// Reads a quoted field into `scratch` (without quotes, "" as one quote); it may span lines.
    mutating func readQuoted(into scratch: inout [UInt8]) throws {
        let open = position
        let openLine = line, openLineStart = lineStart
        scratch.removeAll(keepingCapacity: true)
        position += 1
        while true {
            guard !atEnd else {
                line = openLine; lineStart = openLineStart
                throw error(at: open, Message(nl: "veld tussen aanhalingstekens wordt niet afgesloten", en: "unterminated quoted field"))
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
        while peek == Self.space { position += 1 }  // padding after the closing quote
        if let next = peek, next != separator, next != Self.newline, next != Self.carriageReturn {
            throw error(at: position, Message(nl: "onverwachte tekst na het afsluitende aanhalingsteken",
                                              en: "unexpected text after closing quote"))
        }
    }

    /// The 1-based character column of a byte offset on the current line.
    func column(of offset: Int) -> Int {
        String(decoding: buffer[lineStart..<max(lineStart, offset)], as: UTF8.self).unicodeScalars.count + 1
    }

    func error(at offset: Int, _ message: Message) -> CSVError {
        CSVError(origin: origin, line: line, column: column(of: offset), message: message)
    }
}
