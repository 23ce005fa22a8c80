/// Collects one column's cells while a CSV file is read: numbers through a `NumberCellsBuilder`
/// (whole numbers as 32-bit integers), texts as codes from the file's shared `ByteInterner`. A numeric column
/// counts the cells that are no number and a text column counts its numbers (the reader decides
/// afterwards: an error, a warning, or text); a numeric column keeps the source's sign for a missing
/// cell (`.`, `x`) as a flag.
struct CSVColumnBuilder {
    /// What a cell was: missing (empty or a sign), a plain whole number, another number, or no number.
    enum Cell { case missing, integer, number, odd }

    let isText: Bool
    private var numbers: NumberCellsBuilder
    private(set) var codes: [Int32] = []
    /// The last text of this column (at most 16 bytes) and its code: sorted files repeat a code
    /// for many rows in a row, and comparing two words is cheaper than a hash lookup.
    private var lastText: (UInt64, UInt64) = (0, 0), lastLength = -1, lastCode: Int32 = -1
    private(set) var flags: [Int: String] = [:]
    private(set) var numberCount = 0
    private(set) var oddCount = 0
    private var row = 0

    init(isText: Bool, expectedRows: Int) {
        self.isText = isText
        numbers = NumberCellsBuilder(capacity: isText ? 0 : expectedRows)
        if isText { codes = LargeBuffer.array(capacity: expectedRows) }
    }

    /// Adds a trimmed cell and says what it was. `symbol` is the missing sign the cell spells, if any.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, symbol: String?, decimalMark: UInt8, thousands: UInt8?,
                         interner: inout ByteInterner) -> Cell {
        defer { row += 1 }
        if isText {
            if bytes.isEmpty { codes.append(-1); return .missing }
            codes.append(code(of: bytes, interner: &interner))
            // A text column still counts its numbers: mostly numbers means a stray text, not a text column.
            guard symbol == nil else { return .missing }
            if CSVNumber.integer(bytes) != nil { numberCount += 1; return .integer }
            if CSVNumber.nonInteger(bytes, decimalMark: decimalMark, thousands: thousands) != nil { numberCount += 1; return .number }
            oddCount += 1
            return .odd
        }
        if bytes.isEmpty || symbol != nil {
            numbers.append(nil)
            if let symbol { flags[row] = symbol }
            return .missing
        }
        if let whole = CSVNumber.int32(bytes) {
            numbers.append(integer: whole)
            numberCount += 1
            return .integer
        }
        if let whole = CSVNumber.integer(bytes) {
            numbers.append(whole)
            numberCount += 1
            return .integer
        }
        guard let number = CSVNumber.nonInteger(bytes, decimalMark: decimalMark, thousands: thousands) else {
            numbers.append(nil)
            oddCount += 1
            return .odd
        }
        // A figure beyond Double's range (1e309) is not a measurement: missing, never infinity.
        numbers.append(number.isFinite ? number : nil)
        numberCount += 1
        return .number
    }

    @inline(__always)
    private mutating func code(of bytes: UnsafeBufferPointer<UInt8>, interner: inout ByteInterner) -> Int32 {
        guard bytes.count <= 16 else { return interner.intern(bytes) }
        let words = BytePacking.words(bytes)
        if lastLength == bytes.count && words == lastText { return lastCode }
        lastCode = interner.intern(bytes, packed: words.low)
        (lastText, lastLength) = (words, bytes.count)
        return lastCode
    }

    /// Appends the cells a builder of the same column collected from the records that follow;
    /// `codes` translates its text codes into this builder's string table.
    mutating func append(contentsOf later: CSVColumnBuilder, codes translation: [Int32]) {
        if isText {
            translation.withUnsafeBufferPointer { map in codes += later.codes.lazy.map { $0 < 0 ? -1 : map[Int($0)] } }
            lastLength = -1  // the remembered text and code belong to the earlier records
        } else {
            numbers.append(contentsOf: later.numbers)
        }
        for (row, sign) in later.flags { flags[row + self.row] = sign }
        numberCount += later.numberCount
        oddCount += later.oddCount
        row += later.row
    }

    func column(_ name: String, strings: StringTable) -> Column {
        var column = isText ? Column(name, storage: .texts(TextCells(codes: codes, table: strings)))
                            : Column(name, storage: .numbers(numbers.build()))
        column.missingFlags = flags.isEmpty ? nil : MissingFlags(flags)
        return column
    }
}
