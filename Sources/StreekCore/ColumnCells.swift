/// Numbers in one contiguous buffer with a validity bitmap: a missing cell is a cleared bit,
/// never a 0 that could be added up.
struct NumberCells: Sendable, Equatable {
    var values: [Double]
    var validity: Bitmap

    init(values: [Double], validity: Bitmap) {
        self.values = values
        self.validity = validity
    }

    init(_ optionals: [Double?]) {
        values = optionals.map { $0 ?? 0 }
        validity = Bitmap(count: optionals.count, allSet: false)
        for (row, value) in optionals.enumerated() where value != nil { validity[row] = true }
    }

    var count: Int { values.count }

    subscript(row: Int) -> Double? { validity[row] ? values[row] : nil }

    var optionals: [Double?] { (0..<count).map { self[$0] } }

    mutating func append(_ value: Double?) {
        values.append(value ?? 0)
        validity.append(value != nil)
    }

    func picking(_ rows: [Int]) -> NumberCells {
        var picked = NumberCells(values: [Double](repeating: 0, count: rows.count), validity: Bitmap(count: rows.count, allSet: false))
        values.withUnsafeBufferPointer { source in
            picked.values.withUnsafeMutableBufferPointer { target in
                for (position, row) in rows.enumerated() { target[position] = source[row] }
            }
        }
        for (position, row) in rows.enumerated() where validity[row] { picked.validity[position] = true }
        return picked
    }

    static func == (lhs: NumberCells, rhs: NumberCells) -> Bool {
        lhs.count == rhs.count && (0..<lhs.count).allSatisfy { lhs[$0] == rhs[$0] }
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

    func picking(_ rows: [Int]) -> TextCells {
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
