/// Collects one column's cells while a CSV file is read: numbers through a `NumberCellsBuilder`
/// (whole numbers as 32-bit integers), texts as codes from the file's shared `ByteInterner`. A
/// numeric column that meets a non-number asks the reader to read again with the column as text.
struct CSVColumnBuilder {
    let isText: Bool
    private var numbers: NumberCellsBuilder
    private var codes: [Int32] = []
    /// The last text of this column (at most 16 bytes) and its code: sorted files repeat a code
    /// for many rows in a row, and comparing two words is cheaper than a hash lookup.
    private var lastText: (UInt64, UInt64) = (0, 0), lastLength = -1, lastCode: Int32 = -1

    init(isText: Bool, expectedRows: Int) {
        self.isText = isText
        numbers = NumberCellsBuilder(capacity: isText ? 0 : expectedRows)
        if isText { codes.reserveCapacity(expectedRows) }
    }

    /// Adds a cell; false when a numeric column meets a non-number.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, missing: Bool, decimalMark: UInt8, interner: inout ByteInterner) -> Bool {
        if isText {
            codes.append(missing ? -1 : code(of: bytes, interner: &interner))
            return true
        }
        if missing {
            numbers.append(nil)
            return true
        }
        guard let number = CSVNumber.parse(bytes, decimalMark: decimalMark) else { return false }
        numbers.append(number)
        return true
    }

    @inline(__always)
    private mutating func code(of bytes: UnsafeBufferPointer<UInt8>, interner: inout ByteInterner) -> Int32 {
        guard bytes.count <= 16 else { return interner.intern(bytes) }
        var words: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(bytes)) }
        if lastLength == bytes.count && words == lastText { return lastCode }
        lastCode = interner.intern(bytes)
        (lastText, lastLength) = (words, bytes.count)
        return lastCode
    }

    func column(_ name: String, strings: StringTable) -> Column {
        isText ? Column(name, storage: .texts(TextCells(codes: codes, table: strings)))
               : Column(name, storage: .numbers(numbers.build()))
    }
}
