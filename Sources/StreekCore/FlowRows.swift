/// The rows of an origin→destination table that count as flows (both places present and
/// different), in integer form: places as codes into one string table, numbered in order of
/// first appearance (as origin, then destination), periods numbered in order of first appearance.
/// Shares the table's buffers; only the period codes are new.
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
    /// Period key code of every row (nil without a period column) and its period number.
    private let periodCodes: [Int32]?
    private let periodNumber: [Int32]

    init(_ table: Table, origin: String, destination: String, count: String, period: String?) throws {
        let originCells = try table.column(origin).textCells, destinationCells = try table.column(destination).textCells
        counts = try table.column(count).numberCells()
        let (codes, places) = TextCells.unified([originCells, destinationCells])
        (self.places, origins, destinations) = (places, codes[0], codes[1])
        periodCodes = try period.map { KeyCoder.codes([try table.column($0)]).codes[0] }
        var placeRank = [Int32](repeating: -1, count: places.count), placeOrder: [Int32] = []
        var periodNumber = [Int32](repeating: -1, count: (periodCodes?.max()).map { Int($0) + 1 } ?? 1)
        var periodRows: [Int] = []
        for row in 0..<table.rowCount {
            let from = origins[row], to = destinations[row]
            guard from >= 0, to >= 0, from != to else { continue }
            for place in [from, to] where placeRank[Int(place)] < 0 {
                placeRank[Int(place)] = Int32(placeOrder.count)
                placeOrder.append(place)
            }
            let code = Int(periodCodes?[row] ?? 0)
            if periodNumber[code] < 0 { periodNumber[code] = Int32(periodRows.count); periodRows.append(row) }
        }
        (self.placeRank, self.placeOrder, self.periodNumber, self.periodRows) = (placeRank, placeOrder, periodNumber, periodRows)
        periodCount = periodRows.count
    }

    var rowCount: Int { origins.count }

    /// Whether every count is a whole number stored as one (so every sum is whole).
    var countsAreIntegers: Bool {
        if case .integers = counts.buffer { return true }
        return false
    }

    /// Every counted row: origin and destination rank, period number, count (nil when missing).
    @inline(__always)
    func forEach(_ body: (_ from: Int, _ to: Int, _ period: Int, _ count: Double?) -> Void) {
        for row in 0..<origins.count {
            let from = origins[row], to = destinations[row]
            guard from >= 0, to >= 0, from != to else { continue }
            let period = periodCodes.map { Int(periodNumber[Int($0[row])]) } ?? 0
            body(Int(placeRank[Int(from)]), Int(placeRank[Int(to)]), period, counts[row])
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
