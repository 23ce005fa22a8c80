/// The byte-level CSV reader behind every `load`: one pass over the (memory-mapped) bytes, no
/// `String` per cell. Texts are interned to codes as they are met (one string table per file),
/// numbers parsed straight into a buffer. A column first read as numeric that turns out to hold
/// text makes the reader start again with that column as text (files rarely need this twice).
struct CSVTableReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let origin: String
    let dialect: CSVDialect

    private struct Retype: Error { let column: Int }

    func read() throws -> Table {
        var cursor = ByteCursor(buffer: buffer, origin: origin, separator: dialect.separator)
        cursor.skipByteOrderMark()
        var metadata = TableMetadata()
        var lastLine = 0
        while !cursor.atEnd {
            if cursor.skipBlankLine() { continue }
            guard cursor.peek == ByteCursor.hash else { break }
            let line = cursor.line
            try CSVReader.apply(metadataLine: try text(cursor.restOfLine()), lineNumber: line, to: &metadata, origin: origin)
            lastLine = line
            cursor.consumeLineEnd()
        }
        guard !cursor.atEnd else {
            throw CSVError(origin: origin, line: lastLine + 1, column: 1, message: "no header row")
        }
        let names = try header(&cursor)
        var textColumns = Set<Int>()
        while true {
            do {
                let columns = try body(from: cursor, names: names, textColumns: textColumns)
                return Table(unchecked: columns, metadata: metadata)
            } catch let retype as Retype {
                textColumns.insert(retype.column)
            }
        }
    }

    /// Reads the rows after the header into columns.
    private func body(from start: ByteCursor, names: [String], textColumns: Set<Int>) throws -> [Column] {
        var cursor = start
        let expected = expectedRows(after: cursor.position)
        var builders = names.indices.map { CSVColumnBuilder(isText: textColumns.contains($0), expectedRows: expected) }
        var interner = ByteInterner()
        var scratch: [UInt8] = []
        let missing = dialect.missingSymbols.map { Array($0.utf8) }
        let decimalMark = dialect.decimalMark
        let width = names.count
        while !cursor.atEnd {
            if cursor.skipBlankLine() { continue }
            var extraStart = -1
            let fields = try cursor.readRecord(scratch: &scratch) { index, bytes, start in
                guard index < width else {
                    if extraStart < 0 { extraStart = start }
                    return
                }
                let isMissing = bytes.isEmpty || (!missing.isEmpty && missing.contains { $0.elementsEqual(bytes) })
                if !builders[index].append(bytes, missing: isMissing, decimalMark: decimalMark, interner: &interner) {
                    throw Retype(column: index)
                }
            }
            if fields != width {
                throw cursor.error(at: extraStart >= 0 ? extraStart : cursor.position, "expected \(width) fields, found \(fields)")
            }
            cursor.consumeLineEnd()
        }
        guard let strings = interner.validatedStrings() else {
            throw CSVError(origin: origin, line: 1, column: 1, message: "not valid UTF-8")
        }
        let table = StringTable(strings: strings)
        return zip(names, builders).map { $1.column($0, strings: table) }
    }

    /// The column names: non-empty and unique.
    private func header(_ cursor: inout ByteCursor) throws -> [String] {
        var fields: [(name: String, start: Int)] = []
        var scratch: [UInt8] = []
        _ = try cursor.readRecord(scratch: &scratch) { _, bytes, start in fields.append((try text(bytes), start)) }
        var names: [String] = []
        for field in fields {
            if field.name.isEmpty || names.contains(field.name) {
                throw cursor.error(at: field.start, field.name.isEmpty ? "empty column name" : "duplicate column name '\(field.name)'")
            }
            names.append(field.name)
        }
        cursor.consumeLineEnd()
        return names
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CSVError(origin: origin, line: 1, column: 1, message: "not valid UTF-8")
        }
        return text
    }

    /// Rows still to come, estimated from the line length of the next 64 KB, so the column
    /// buffers are allocated once (reserved but untouched capacity costs no memory).
    private func expectedRows(after offset: Int) -> Int {
        let window = buffer[offset..<min(buffer.count, offset + 65_536)]
        let lines = window.reduce(0) { $0 + ($1 == ByteCursor.newline ? 1 : 0) }
        guard lines > 0, !window.isEmpty else { return 16 }
        return Int(Double(buffer.count - offset) / Double(window.count) * Double(lines) * 1.1) + 16
    }
}
