/// The byte-level CSV reader behind every `load`: one pass over the bytes, no `String` per cell.
/// Texts are interned to codes as they are met (one string table per file), numbers parsed
/// straight into a buffer, every cell trimmed of padding. Title lines above the header and footer
/// lines below the data (StatLine) are set aside. After the pass the reader decides what the pass
/// could not: the decimal mark (from the cells, unless declared) and what to do with a numeric
/// column that met text (an error at the first such cell, or text when texts are the majority);
/// when either changes the reading it reads again, which files rarely need twice.
struct CSVTableReader {
    let buffer: UnsafeBufferPointer<UInt8>
    let origin: String
    let separator: UInt8
    let options: LoadOptions

    private struct Pass {
        var decimalMark: UInt8
        var source: ImportReport.DecimalMarkSource
        var textColumns: Set<Int> = []
    }

    func read() throws -> (table: Table, report: ImportReport) {
        var pass = Pass(decimalMark: options.decimalMark ?? (separator == UInt8(ascii: ";") ? UInt8(ascii: ",") : UInt8(ascii: ".")),
                        source: options.decimalMark == nil ? .usual : .declared)
        while true {
            do {
                switch try read(pass) {
                case .done(let table, let report): return (table, report)
                case .again(let next): pass = next
                }
            } catch let retype as Retype {
                pass.textColumns.insert(retype.column)
            }
        }
    }

    private enum Outcome { case done(Table, ImportReport), again(Pass) }
    private struct Retype: Error { let column: Int }

    private func dialect(_ pass: Pass) -> CSVDialect {
        let point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        let thousands: UInt8?
        switch options.thousands {
        case .none: thousands = nil
        case .separator(let byte): thousands = byte
        case .detect:
            // The other mark groups thousands (in a comma-separated file only quoted cells can hold a comma).
            thousands = pass.decimalMark == point ? comma : point
        }
        return CSVDialect(separator: separator, decimalMark: pass.decimalMark, thousandsSeparator: thousands,
                          missingSymbols: MissingSymbols.cbs + options.missingSymbols.filter { !MissingSymbols.cbs.contains($0) })
    }

    private func read(_ pass: Pass) throws -> Outcome {
        let dialect = dialect(pass)
        var report = ImportReport()
        report.dialect = dialect
        report.decimalMarkSource = pass.source
        var cursor = ByteCursor(buffer: buffer, origin: origin, separator: separator)
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
            throw CSVError(origin: origin, line: lastLine + 1, column: 1, message: Message(nl: "geen kopregel met kolomnamen",
                                                                                           en: "no header row"))
        }
        var layout = StatLineLayout()
        try layout.skipTitleLines(&cursor)
        report.headerLine = cursor.line
        let header = try CSVHeader(&cursor, snakeCase: options.snakeCaseNames, report: &report)
        let names = header.names
        let dataEnd = max(cursor.position, try layout.footerStart(buffer, separator: separator, origin: origin, columns: names.count))
        report.titleLines = layout.titleLines
        report.footerLines = layout.footerLines
        layout.apply(to: &metadata)

        let declaredText = try header.resolve(options.textColumns)
        let declaredNumber = try header.resolve(options.numberColumns)
        let expected = expectedRows(after: cursor.position)
        var builders = names.indices.map { index in
            CSVColumnBuilder(isText: declaredText.contains(index) || pass.textColumns.contains(index), expectedRows: expected)
        }
        var firstOdd = [CellPosition?](repeating: nil, count: names.count)
        var evidence = DecimalEvidence()
        let symbols = dialect.missingSymbols.map { (bytes: Array($0.utf8), text: $0) }
        var symbolStarts = [Bool](repeating: false, count: 256)
        for symbol in symbols { if let first = symbol.bytes.first { symbolStarts[Int(first)] = true } }
        let longestSymbol = symbols.map(\.bytes.count).max() ?? 0
        let collectEvidence = options.decimalMark == nil
        let decimalMark = dialect.decimalMark, thousands = dialect.thousandsSeparator
        var interner = ByteInterner()
        var scratch: [UInt8] = []
        let width = names.count, trailing = report.trailingSeparator
        var recordLine = 0, recordLineStart = 0  // where the record starts, for cell positions in messages
        let buffer = buffer  // the closure below must not capture (and copy) `self` for every cell
        while cursor.position < dataEnd {
            if cursor.skipBlankLine() { continue }
            var extraStart = -1
            recordLine = cursor.line
            recordLineStart = cursor.lineStart
            let fields = try cursor.readRecord(scratch: &scratch) { index, raw, start in
                let bytes = Self.trimmed(raw)
                guard index < width else {
                    if extraStart < 0, !(trailing && index == width && bytes.isEmpty) { extraStart = start }
                    return
                }
                let symbol = bytes.count <= longestSymbol && !bytes.isEmpty && symbolStarts[Int(bytes[0])]
                    ? symbols.first { $0.bytes.elementsEqual(bytes) }?.text : nil
                let cell = builders[index].append(bytes, symbol: symbol, decimalMark: decimalMark, thousands: thousands, interner: &interner)
                guard cell != .missing, cell != .integer else { return }
                if cell == .odd, firstOdd[index] == nil {
                    // A column whose first filled cells are texts is read again as text at once.
                    if !builders[index].isText, builders[index].numberCount == 0 { throw Retype(column: index) }
                    firstOdd[index] = Self.position(of: bytes, at: start, line: recordLine, lineStart: recordLineStart, in: buffer)
                }
                if collectEvidence, evidence.isOpen {
                    evidence.note(bytes, at: { Self.position(of: bytes, at: start, line: recordLine, lineStart: recordLineStart, in: buffer) })
                }
            }
            let counted = trailing && fields == width + 1 && extraStart < 0 ? width : fields
            if counted != width {
                throw cursor.error(at: extraStart >= 0 ? extraStart : cursor.position, Message(nl: "\(width) velden verwacht, \(counted) gevonden",
                                                                                               en: "expected \(width) fields, found \(counted)"))
            }
            cursor.consumeLineEnd()
        }
        if collectEvidence, let decided = try evidence.decimalMark(origin: origin, separator: separator) {
            report.decimalMarkSource = .cells
            if decided != pass.decimalMark { return .again(Pass(decimalMark: decided, source: .cells, textColumns: pass.textColumns)) }
        }
        var retype = pass.textColumns
        for (index, builder) in builders.enumerated() where builder.oddCount > 0 {
            let problem = OddCells(column: names[index], first: firstOdd[index]!, count: builder.oddCount,
                                   total: builder.numberCount + builder.oddCount)
            let mostlyNumbers = builder.numberCount > builder.oddCount
            if declaredText.contains(index) {
                if mostlyNumbers { report.warnings.append(problem.warning(origin: origin)) }
            } else if declaredNumber.contains(index) || mostlyNumbers {
                throw problem.error(origin: origin)
            } else {
                retype.insert(index)
            }
        }
        if retype != pass.textColumns { return .again(Pass(decimalMark: pass.decimalMark, source: report.decimalMarkSource, textColumns: retype)) }
        guard let strings = interner.validatedStrings() else {
            throw CSVError(origin: origin, line: 1, column: 1, message: .notUTF8)
        }
        let table = StringTable(strings: strings)
        let columns = CBSColumns.enrich(zip(names, builders).map { $1.column($0, strings: table) }, report: &report)
        return .done(Table(unchecked: columns, metadata: metadata), report)
    }

    private static func position(of bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, lineStart: Int,
                                 in buffer: UnsafeBufferPointer<UInt8>) -> CellPosition {
        let column = String(decoding: buffer[lineStart..<max(lineStart, start)], as: UTF8.self).unicodeScalars.count + 1
        return CellPosition(text: String(decoding: bytes, as: UTF8.self), line: line, column: column)
    }

    /// The field without the spaces (and tabs, unless tab separates fields) around it.
    @inline(__always)
    static func trimmed(_ bytes: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard let first = bytes.first, let last = bytes.last,
              first == 0x20 || last == 0x20 || first == 0x09 || last == 0x09 else { return bytes }
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private func text(_ bytes: UnsafeBufferPointer<UInt8>) throws -> String {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw CSVError(origin: origin, line: 1, column: 1, message: .notUTF8)
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

/// A cell's text and place, for messages.
struct CellPosition: Equatable {
    var text: String
    var line: Int
    var column: Int
}
