/// The data records of a CSV file, cell by cell into column builders: the inner loop of
/// `CSVTableReader`. Reads a range of records, either all of them in sequence or one chunk of a
/// large file on its own core (`CSVChunkedRead`); a chunk gives up where only the records before it
/// could settle what to do, and is then read again in sequence.
///
/// Sendable by hand: the buffer is only read, and `CSVChunkedRead` waits for every piece before
/// the bytes go.
struct CSVRecordReader: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<UInt8>
    let origin: String
    let separator: UInt8
    let width: Int
    /// The header ends with a separator: an empty last field is no extra field.
    let trailing: Bool
    let textColumns: [Bool]
    let missingSymbols: [(bytes: [UInt8], text: String)]
    let decimalMark: UInt8
    let thousands: UInt8?
    let collectEvidence: Bool

    /// A column read as number met a text before any number: the pass starts again with it as text.
    struct Retype: Error { let column: Int }
    /// A chunk met what only the records before it can decide (or a malformed record, or an earlier
    /// chunk gave up): its records are read again in sequence.
    struct ChunkAbandoned: Error {}

    func emptyBlock(expectedRows: Int) -> CSVRecordBlock {
        CSVRecordBlock(builders: textColumns.map { CSVColumnBuilder(isText: $0, expectedRows: expectedRows) },
                       firstOdd: [CellPosition?](repeating: nil, count: width))
    }

    /// Reads the records that start before `end` into `block`, from the cursor on (left after the
    /// last record's line end). As a chunk it throws `ChunkAbandoned` instead of deciding anything
    /// that depends on earlier records, and polls `cancelled` now and then.
    func read(into block: inout CSVRecordBlock, _ cursor: inout ByteCursor, until end: Int,
              asChunk: Bool = false, cancelled: () -> Bool = { false }) throws {
        // Moved out of the block (not copied), so the builders are mutated in place.
        var builders = block.builders, interner = block.interner, firstOdd = block.firstOdd, evidence = block.evidence
        block.builders = []; block.interner = ByteInterner(capacity: 0); block.firstOdd = []
        var symbolStarts = [Bool](repeating: false, count: 256)
        for symbol in missingSymbols { if let first = symbol.bytes.first { symbolStarts[Int(first)] = true } }
        let symbols = missingSymbols, longestSymbol = missingSymbols.map(\.bytes.count).max() ?? 0
        let width = width, trailing = trailing, buffer = buffer, decimalMark = decimalMark, thousands = thousands
        let collectEvidence = collectEvidence
        var scratch: [UInt8] = []
        var recordLine = 0, recordLineStart = 0  // where the record starts, for cell positions in messages
        var records = 0
        try builders.withUnsafeMutableBufferPointer { builders in
            while cursor.position < end {
                if cursor.skipBlankLine() { continue }
                records += 1
                if asChunk, records & 4095 == 0, cancelled() { throw ChunkAbandoned() }
                var extraStart = -1
                recordLine = cursor.line
                recordLineStart = cursor.lineStart
                let fields = try cursor.readRecord(scratch: &scratch) { index, raw, start in
                    let bytes = CSVTableReader.trimmed(raw)
                    guard index < width else {
                        if extraStart < 0, !(trailing && index == width && bytes.isEmpty) { extraStart = start }
                        return
                    }
                    let symbol = bytes.count <= longestSymbol && !bytes.isEmpty && symbolStarts[Int(bytes[0])]
                        ? symbols.first { $0.bytes.elementsEqual(bytes) }?.text : nil
                    let cell = builders[index].append(bytes, symbol: symbol, decimalMark: decimalMark, thousands: thousands, interner: &interner)
                    guard cell != .missing, cell != .integer else { return }
                    // The column's first odd cell (counted already; comparing a count is cheaper than an optional position).
                    if cell == .odd, builders[index].oddCount == 1 {
                        // A column whose first filled cells are texts is read again as text at once; a chunk
                        // cannot know whether the records before it held numbers.
                        if !builders[index].isText, builders[index].numberCount == 0 {
                            if asChunk { throw ChunkAbandoned() }
                            throw Retype(column: index)
                        }
                        firstOdd[index] = Self.position(of: bytes, at: start, line: recordLine, lineStart: recordLineStart, in: buffer)
                    }
                    if collectEvidence, evidence.isOpen {
                        evidence.note(bytes, at: { Self.position(of: bytes, at: start, line: recordLine, lineStart: recordLineStart, in: buffer) })
                    }
                }
                let counted = trailing && fields == width + 1 && extraStart < 0 ? width : fields
                if counted != width {
                    if asChunk { throw ChunkAbandoned() }
                    throw cursor.error(at: extraStart >= 0 ? extraStart : cursor.position, Message(nl: "\(width) velden verwacht, \(counted) gevonden",
                                                                                                   en: "expected \(width) fields, found \(counted)"))
                }
                cursor.consumeLineEnd()
            }
        }
        (block.builders, block.interner, block.firstOdd, block.evidence) = (builders, interner, firstOdd, evidence)
    }

    private static func position(of bytes: UnsafeBufferPointer<UInt8>, at start: Int, line: Int, lineStart: Int,
                                 in buffer: UnsafeBufferPointer<UInt8>) -> CellPosition {
        let column = String(decoding: buffer[lineStart..<max(lineStart, start)], as: UTF8.self).unicodeScalars.count + 1
        return CellPosition(text: String(decoding: bytes, as: UTF8.self), line: line, column: column)
    }
}

/// What `CSVRecordReader` collected from a run of records: one builder per column, the file's
/// texts, the first cell of each column that was no number, and what the cells say about the
/// decimal mark.
struct CSVRecordBlock {
    var builders: [CSVColumnBuilder]
    var interner = ByteInterner()
    var firstOdd: [CellPosition?]
    var evidence = DecimalEvidence()

    /// Appends a block read from the records that follow this one's, whose line numbers start at
    /// 1 where the file's line `lineShift + 1` is: the result is what one reading of both gives.
    mutating func append(_ later: CSVRecordBlock, lineShift: Int) {
        let codes = interner.absorb(later.interner)
        for index in builders.indices {
            builders[index].append(contentsOf: later.builders[index], codes: codes)
            if firstOdd[index] == nil, var first = later.firstOdd[index] {
                first.line += lineShift
                firstOdd[index] = first
            }
        }
        evidence.append(later.evidence, lineShift: lineShift)
    }
}

/// A cell's text and place, for messages.
struct CellPosition: Equatable {
    var text: String
    var line: Int
    var column: Int
}
