/// The rows of an origin→destination table that count as flows (both places present and
/// different), in integer form: places as codes into one string table, numbered in order of
/// first appearance (as origin, then destination), periods numbered in order of first appearance.
/// Shares the table's buffers; only the period numbers are new.
struct FlowRows {
    let places: StringTable
    /// Place code → position in order of first appearance (−1 when it never appears).
    let placeRank: [Int32]
    /// Place codes in order of first appearance.
    let placeOrder: [Int32]
    let periodCount: Int
    /// A row of each period, to copy its period cell from.
    let periodRows: [Int]
    private let origins: [Int32]
    private let destinations: [Int32]
    private let counts: NumberCells
    /// The period number of every counted row (nil without a period column).
    private let periods: [Int32]?

    init(_ table: Table, origin: String, destination: String, count: String, period: String?) throws {
        let originCells = try table.column(origin).textCells, destinationCells = try table.column(destination).textCells
        counts = try table.column(count).numberCells()
        let (codes, places) = TextCells.unified([originCells, destinationCells])
        (self.places, origins, destinations) = (places, codes[0], codes[1])
        // Period key codes, turned in place into period numbers in order of first appearance.
        let coded = try period.map { KeyCoder.codes([try table.column($0)]) }
        var periods = coded?.codes[0]
        var placeRank = [Int32](repeating: -1, count: places.count), placeOrder: [Int32] = []
        var periodNumber = [Int32](repeating: -1, count: coded?.cardinality ?? 1), periodRows: [Int] = []
        codes[0].withUnsafeBufferPointer { origins in
            codes[1].withUnsafeBufferPointer { destinations in
                for row in 0..<origins.count {
                    let from = origins[row], to = destinations[row]
                    guard from >= 0, to >= 0, from != to else { continue }
                    if placeRank[Int(from)] < 0 { placeRank[Int(from)] = Int32(placeOrder.count); placeOrder.append(from) }
                    if placeRank[Int(to)] < 0 { placeRank[Int(to)] = Int32(placeOrder.count); placeOrder.append(to) }
                    let code = Int(periods?[row] ?? 0)
                    if periodNumber[code] < 0 { periodNumber[code] = Int32(periodRows.count); periodRows.append(row) }
                    if periods != nil { periods![row] = periodNumber[code] }
                }
            }
        }
        (self.placeRank, self.placeOrder, self.periods, self.periodRows) = (placeRank, placeOrder, periods, periodRows)
        periodCount = periodRows.count
    }

    var rowCount: Int { origins.count }

    /// Whether every count is a whole number stored as one (so every sum is whole).
    var countsAreIntegers: Bool {
        if case .integers = counts.buffer { return true }
        return false
    }

    /// Whether every sum of counts, in any order, is an exact whole number: whole counts whose
    /// absolute values add up to less than 2^53.
    var sumsAreExact: Bool {
        guard case .integers(let integers) = counts.buffer else { return false }
        var largest: Int64 = 0
        for value in integers { largest = max(largest, abs(Int64(value))) }
        let (bound, overflow) = largest.multipliedReportingOverflow(by: Int64(integers.count))
        return !overflow && bound < 1 << 53
    }

    /// Every counted row: origin and destination rank, period number, count (nil when missing).
    @inline(__always)
    func forEach(_ body: (_ from: Int, _ to: Int, _ period: Int, _ count: Double?) -> Void) {
        forEach(in: 0..<origins.count, body)
    }

    /// The counted rows among `rows`.
    @inline(__always)
    func forEach(in rows: Range<Int>, _ body: (_ from: Int, _ to: Int, _ period: Int, _ count: Double?) -> Void) {
        origins.withUnsafeBufferPointer { origins in
            destinations.withUnsafeBufferPointer { destinations in
                for row in rows {
                    let from = origins[row], to = destinations[row]
                    guard from >= 0, to >= 0, from != to else { continue }
                    body(Int(placeRank[Int(from)]), Int(placeRank[Int(to)]), Int(periods?[row] ?? 0), counts[row])
                }
            }
        }
    }

    /// The place column for output rows given as place codes.
    func placeColumn(_ name: String, _ codes: [Int32]) -> Column {
        Column(name, storage: .texts(TextCells(codes: codes, table: places)))
    }

    /// The period column for output rows given as period numbers, copied from `source`.
    func periodColumn(_ source: Column, _ periods: [Int32]) -> Column {
        source.picking(periodRows).picking(periods.lazy.map { Int($0) })
    }
}
