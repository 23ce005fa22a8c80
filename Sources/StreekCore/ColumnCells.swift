/// Numbers in one contiguous buffer with a validity bitmap: a missing cell is a cleared bit,
/// never a 0 that could be added up. Whole numbers that fit (years, counts) are stored as 32-bit
/// integers, half the memory of decimals; the first value that does not fit turns the buffer
/// into decimals. Either way a cell reads as a `Double`.
struct NumberCells: Sendable, Equatable {
    enum Buffer: Sendable {
        case integers([Int32])
        case decimals([Double])
    }

    let buffer: Buffer
    var validity: Bitmap

    init(values: [Double], validity: Bitmap) {
        buffer = .decimals(values)
        self.validity = validity
    }

    init(integers: [Int32], validity: Bitmap) {
        buffer = .integers(integers)
        self.validity = validity
    }

    init(_ optionals: [Double?]) {
        var builder = NumberCellsBuilder(capacity: optionals.count)
        for value in optionals { builder.append(value) }
        self = builder.build()
    }

    var count: Int { validity.count }

    /// The stored number, whether or not the cell is missing (then a placeholder 0).
    @inline(__always)
    func value(_ row: Int) -> Double {
        switch buffer {
        case .integers(let integers): return Double(integers[row])
        case .decimals(let decimals): return decimals[row]
        }
    }

    subscript(row: Int) -> Double? { validity[row] ? value(row) : nil }

    var optionals: [Double?] { (0..<count).map { self[$0] } }

    /// The exact 32-bit integer of a number, if it has one (−0 has none: its sign would be lost).
    @inline(__always)
    static func integer(_ value: Double) -> Int32? {
        guard value >= -2_147_483_648, value <= 2_147_483_647 else { return nil }
        let integer = Int32(value)
        return Double(integer).bitPattern == value.bitPattern ? integer : nil
    }

    func picking<Rows: Collection<Int>>(_ rows: Rows) -> NumberCells {
        var validity = Bitmap(count: rows.count, allSet: false)
        for (position, row) in rows.enumerated() where self.validity[row] { validity[position] = true }
        switch buffer {
        case .integers(let integers):
            return NumberCells(integers: integers.withUnsafeBufferPointer { source in rows.map { source[$0] } }, validity: validity)
        case .decimals(let decimals):
            return NumberCells(values: decimals.withUnsafeBufferPointer { source in rows.map { source[$0] } }, validity: validity)
        }
    }

    /// Cell by cell `a op b`: present where either is (`keepingEither`, a missing side counting as
    /// 0) or where both are. Integer buffers stay integers unless a result does not fit.
    static func combining(_ a: NumberCells, _ b: NumberCells, keepingEither: Bool,
                          _ integerOp: (Int64, Int64) -> Int64, _ decimalOp: (Double, Double) -> Double) -> NumberCells {
        let validity = keepingEither ? a.validity.union(b.validity) : a.validity.intersection(b.validity)
        if case .integers(let x) = a.buffer, case .integers(let y) = b.buffer {
            var result = [Int32](repeating: 0, count: x.count)
            var fits = true
            for row in 0..<x.count {
                let left = a.validity[row] ? Int64(x[row]) : 0, right = b.validity[row] ? Int64(y[row]) : 0
                let value = integerOp(left, right)
                if value < Int64(Int32.min) || value > Int64(Int32.max) { fits = false; break }
                result[row] = validity[row] ? Int32(value) : 0
            }
            if fits { return NumberCells(integers: result, validity: validity) }
        }
        return NumberCells(values: (0..<a.count).map { row in
            validity[row] ? decimalOp(a[row] ?? 0, b[row] ?? 0) : 0
        }, validity: validity)
    }

    static func == (lhs: NumberCells, rhs: NumberCells) -> Bool {
        lhs.count == rhs.count && (0..<lhs.count).allSatisfy { lhs[$0] == rhs[$0] }
    }
}

/// Collects numbers one at a time: 32-bit integers while every number is whole and fits,
/// decimals from the first that is not.
struct NumberCellsBuilder {
    private var integers: [Int32] = []
    private var decimals: [Double]?
    private var validity = Bitmap()

    init(capacity: Int) {
        integers = LargeBuffer.array(capacity: capacity)
        validity.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(_ value: Double?) {
        validity.append(value != nil)
        let number = value ?? 0
        if decimals == nil, let integer = NumberCells.integer(number) {
            integers.append(integer)
            return
        }
        if decimals == nil {
            decimals = integers.map(Double.init)
            decimals!.reserveCapacity(integers.capacity)
            integers = []
        }
        decimals!.append(number)
    }

    /// Appends a whole number that fits 32 bits (what `append` would do with it, without the `Double`).
    @inline(__always)
    mutating func append(integer: Int32) {
        validity.append(true)
        if decimals == nil { integers.append(integer) } else { decimals!.append(Double(integer)) }
    }

    /// Appends the numbers another builder collected, as if they had been appended one by one.
    mutating func append(contentsOf other: NumberCellsBuilder) {
        validity.append(contentsOf: other.validity)
        if decimals == nil, other.decimals == nil {
            integers += other.integers
            return
        }
        if decimals == nil {
            decimals = integers.map(Double.init)
            integers = []
        }
        if let more = other.decimals { decimals! += more } else { decimals! += other.integers.lazy.map(Double.init) }
    }

    func build() -> NumberCells {
        if let decimals { return NumberCells(values: decimals, validity: validity) }
        return NumberCells(integers: integers, validity: validity)
    }
}

/// Texts as codes into a shared `StringTable`; code −1 is a missing cell.
struct TextCells: Sendable {
    var codes: [Int32]
    var table: StringTable

    init(codes: [Int32], table: StringTable) {
        self.codes = codes
        self.table = table
    }

    init(_ optionals: [String?]) {
        var builder = StringTableBuilder()
        codes = optionals.map { builder.code(for: $0) }
        table = builder.build()
    }

    var count: Int { codes.count }

    subscript(row: Int) -> String? {
        let code = codes[row]
        return code < 0 ? nil : table.strings[Int(code)]
    }

    var optionals: [String?] { (0..<count).map { self[$0] } }

    func picking<Rows: Collection<Int>>(_ rows: Rows) -> TextCells {
        TextCells(codes: codes.withUnsafeBufferPointer { source in rows.map { source[$0] } }, table: table)
    }

    static func == (lhs: TextCells, rhs: TextCells) -> Bool {
        if lhs.table === rhs.table { return lhs.codes == rhs.codes }
        return lhs.count == rhs.count && (0..<lhs.count).allSatisfy { lhs[$0] == rhs[$0] }
    }
}

extension TextCells {
    /// The codes of several text columns in one shared string table (the first column's, extended
    /// with the texts only the others have); −1 stays missing.
    static func unified(_ parts: [TextCells]) -> (codes: [[Int32]], table: StringTable) {
        let base = parts[0].table
        guard parts.contains(where: { $0.table !== base }) else { return (parts.map(\.codes), base) }
        var strings = base.strings, codes = base.codes
        let translated = parts.map { part -> [Int32] in
            let translation: [Int32] = part.table === base ? Array(0..<Int32(base.count)) : part.table.strings.map { text in
                if let code = codes[text] { return code }
                codes[text] = Int32(strings.count)
                strings.append(text)
                return Int32(strings.count - 1)
            }
            return translation.withUnsafeBufferPointer { map in part.codes.map { $0 < 0 ? -1 : map[Int($0)] } }
        }
        return (translated, StringTable(strings: strings, codes: codes))
    }
}
