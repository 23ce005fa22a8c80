/// Collects one column's cells while a CSV file is read: numbers into a buffer (32-bit integers
/// while every number is whole and fits, decimals from the first that is not) and a validity
/// bitmap, texts as codes from the file's shared `ByteInterner`. A numeric column that meets a
/// non-number asks the reader to read again with the column as text.
struct CSVColumnBuilder {
    let isText: Bool
    private var integers: [Int32] = []
    private var decimals: [Double]?
    private var validity = Bitmap()
    private var codes: [Int32] = []

    init(isText: Bool, expectedRows: Int) {
        self.isText = isText
        if isText { codes.reserveCapacity(expectedRows) } else {
            integers.reserveCapacity(expectedRows)
            validity.reserveCapacity(expectedRows)
        }
    }

    /// Adds a cell; false when a numeric column meets a non-number.
    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, missing: Bool, decimalMark: UInt8, interner: inout ByteInterner) -> Bool {
        if isText {
            codes.append(missing ? -1 : interner.intern(bytes))
            return true
        }
        var number = 0.0
        if !missing {
            guard let parsed = CSVNumber.parse(bytes, decimalMark: decimalMark) else { return false }
            number = parsed
        }
        validity.append(!missing)
        if decimals == nil, let integer = NumberCells.integer(number) {
            integers.append(integer)
        } else {
            if decimals == nil {
                decimals = integers.map(Double.init)
                decimals!.reserveCapacity(integers.capacity)
                integers = []
            }
            decimals!.append(number)
        }
        return true
    }

    func column(_ name: String, strings: StringTable) -> Column {
        if isText { return Column(name, storage: .texts(TextCells(codes: codes, table: strings))) }
        if let decimals { return Column(name, storage: .numbers(NumberCells(values: decimals, validity: validity))) }
        return Column(name, storage: .numbers(NumberCells(integers: integers, validity: validity)))
    }
}
