/// Turns key columns into small dense integers, so grouping and joining compare and hash
/// integers instead of cells. Code 0 is a missing cell; equal cells get equal codes.
enum KeyCoder {
    /// Codes for the cells of `parts` read as one column (e.g. a join key's left and right side),
    /// in one code space, with the number of codes used (missing included).
    static func codes(_ parts: [Column]) -> (codes: [[Int32]], cardinality: Int) {
        if parts.allSatisfy(\.isNumeric) {
            return numberCodes(parts.map { try! $0.numberCells() })
        }
        return textCodes(parts.map(\.textCells))
    }

    private static func textCodes(_ parts: [TextCells]) -> (codes: [[Int32]], cardinality: Int) {
        let (codes, table) = TextCells.unified(parts)
        return (codes.map { $0.map { $0 + 1 } }, table.count + 1)
    }

    private static func numberCodes(_ parts: [NumberCells]) -> (codes: [[Int32]], cardinality: Int) {
        if let coded = integerCodes(parts) { return coded }
        // Whole numbers in a modest range (years, counts, codes) map by offset, without hashing.
        var low = Double.infinity, high = -Double.infinity, whole = true
        for part in parts {
            for row in 0..<part.count where part.validity[row] {
                let value = part.value(row)
                if value < low { low = value }
                if value > high { high = value }
                if whole && value != value.rounded(.towardZero) { whole = false }
            }
        }
        if whole, low.isFinite, high - low < 4_000_000 {
            let cardinality = Int(high - low) + 2
            return (parts.map { part in
                (0..<part.count).map { part.validity[$0] ? Int32(part.value($0) - low) + 1 : 0 }
            }, cardinality)
        }
        var seen: [UInt64: Int32] = [:]
        let codes = parts.map { part in
            (0..<part.count).map { row -> Int32 in
                guard part.validity[row] else { return 0 }
                let value = part.value(row)
                let bits = (value == 0 ? 0 : value).bitPattern  // −0 and 0 are the same key
                if let code = seen[bits] { return code }
                let code = Int32(seen.count + 1)
                seen[bits] = code
                return code
            }
        }
        return (codes, seen.count + 1)
    }

    /// Integer buffers in a modest range (years, counts) map by offset, a pass without conversions.
    private static func integerCodes(_ parts: [NumberCells]) -> (codes: [[Int32]], cardinality: Int)? {
        var low = Int32.max, high = Int32.min
        for part in parts {
            guard case .integers(let integers) = part.buffer else { return nil }
            for (row, value) in integers.enumerated() where part.validity[row] {
                low = min(low, value)
                high = max(high, value)
            }
        }
        guard low <= high else { return (parts.map { [Int32](repeating: 0, count: $0.count) }, 1) }
        guard Int(high) - Int(low) < 4_000_000 else { return nil }
        let codes = parts.map { part -> [Int32] in
            guard case .integers(let integers) = part.buffer else { return [] }
            var codes = [Int32](repeating: 0, count: integers.count)
            for (row, value) in integers.enumerated() where part.validity[row] { codes[row] = value - low + 1 }
            return codes
        }
        return (codes, Int(high) - Int(low) + 2)
    }

    /// One id per row for the combination of several coded columns, numbered 0, 1, … in order of
    /// first appearance. Returns the ids and how many distinct combinations there are.
    static func combine(_ columns: [(codes: [Int32], cardinality: Int)], rows: Int) -> (ids: [Int32], count: Int) {
        guard let first = columns.first else { return ([Int32](repeating: 0, count: rows), rows > 0 ? 1 : 0) }
        if columns.count == 2, let combined = combinePair(columns[0], columns[1], rows: rows) { return combined }
        var ids = first.codes, count = first.cardinality
        for (position, column) in columns.enumerated() {
            let width = position == 0 ? 1 : column.cardinality
            let combinations = count * width
            var next = [Int32](repeating: 0, count: rows)
            var assigned = 0
            if combinations <= max(rows * 4, 256) {
                var slot = [Int32](repeating: -1, count: combinations)
                for row in 0..<rows {
                    let key = position == 0 ? Int(ids[row]) : Int(ids[row]) * width + Int(column.codes[row])
                    if slot[key] < 0 { slot[key] = Int32(assigned); assigned += 1 }
                    next[row] = slot[key]
                }
            } else {
                var slot: [Int: Int32] = [:]
                for row in 0..<rows {
                    let key = position == 0 ? Int(ids[row]) : Int(ids[row]) * width + Int(column.codes[row])
                    if let id = slot[key] { next[row] = id } else { slot[key] = Int32(assigned); next[row] = Int32(assigned); assigned += 1 }
                }
            }
            ids = next
            count = assigned
        }
        return (ids, count)
    }

    /// Two key columns whose combinations fit a table about as large as the rows (a place and a year):
    /// numbered in one pass over a slot per combination.
    private static func combinePair(_ first: (codes: [Int32], cardinality: Int), _ second: (codes: [Int32], cardinality: Int),
                                    rows: Int) -> (ids: [Int32], count: Int)? {
        let (product, overflow) = first.cardinality.multipliedReportingOverflow(by: second.cardinality)
        guard !overflow, product <= max(rows * 4, 256) else { return nil }
        var slot = [Int32](repeating: -1, count: product), assigned: Int32 = 0
        let ids = [Int32](unsafeUninitializedCapacity: rows) { ids, initialized in
            first.codes.withUnsafeBufferPointer { a in
                second.codes.withUnsafeBufferPointer { b in
                    slot.withUnsafeMutableBufferPointer { slot in
                        for row in 0..<rows {
                            let key = Int(a[row]) * second.cardinality + Int(b[row])
                            if slot[key] < 0 { slot[key] = assigned; assigned += 1 }
                            ids[row] = slot[key]
                        }
                    }
                }
            }
            initialized = rows
        }
        return (ids, Int(assigned))
    }
}
