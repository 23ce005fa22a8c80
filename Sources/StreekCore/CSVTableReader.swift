/// The byte-level CSV reader behind every `load`: one pass over the bytes, no `String` per cell
/// (a large file's records are read in pieces on every core, see `CSVChunkedRead`).
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
    var chunking = CSVChunking.automatic

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
            } catch let retype as CSVRecordReader.Retype {
                pass.textColumns.insert(retype.column)
            }
        }
    }

    private enum Outcome { case done(Table, ImportReport), again(Pass) }

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
        let reader = CSVRecordReader(
            buffer: buffer, origin: origin, separator: separator, width: names.count, trailing: report.trailingSeparator,
            textColumns: names.indices.map { declaredText.contains($0) || pass.textColumns.contains($0) },
            missingSymbols: dialect.missingSymbols.map { (bytes: Array($0.utf8), text: $0) },
            decimalMark: dialect.decimalMark, thousands: dialect.thousandsSeparator, collectEvidence: options.decimalMark == nil)
        let (block, joined) = try CSVChunkedRead(reader: reader, chunking: chunking)
            .read(from: cursor, until: dataEnd, bytesPerRow: bytesPerRow(after: cursor.position))
        report.piecesReadInParallel = joined
        let (builders, firstOdd, evidence) = (block.builders, block.firstOdd, block.evidence)
        if reader.collectEvidence, let decided = try evidence.decimalMark(origin: origin, separator: separator) {
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
        guard let strings = block.interner.validatedStrings() else {
            throw CSVError(origin: origin, line: 1, column: 1, message: .notUTF8)
        }
        let table = StringTable(strings: strings)
        let columns = CBSColumns.enrich(zip(names, builders).map { $1.column($0, strings: table) }, report: &report)
        return .done(Table(unchecked: columns, metadata: metadata), report)
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

    /// The length of a record, estimated from the line length of the next 64 KB, so the column
    /// buffers are allocated once (reserved but untouched capacity costs no memory).
    private func bytesPerRow(after offset: Int) -> Double {
        let window = buffer[offset..<min(buffer.count, offset + 65_536)]
        let lines = window.reduce(0) { $0 + ($1 == ByteCursor.newline ? 1 : 0) }
        guard lines > 0 else { return Double(max(buffer.count - offset, 1)) / 16 }
        return Double(window.count) / Double(lines)
    }
}
