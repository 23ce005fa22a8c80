/// The rows of an origin→destination table that count as flows (both places present and
/// different), in integer form: places as codes into one string table, numbered in order of
/// first appearance (as origin, then destination), periods numbered in order of first appearance.
struct FlowRows {
    let places: StringTable
    /// Place code → position in order of first appearance (−1 when it never appears).
    let placeRank: [Int32]
    /// Place codes in order of first appearance.
    let placeOrder: [Int32]
    let origins: [Int32]
    let destinations: [Int32]
    let counts: NumberCells
    /// Period number of every row (0 when there is no period column).
    let periods: [Int32]
    let periodCount: Int
    /// A row of each period, to copy its period cell from.
    let periodRows: [Int]
    /// The rows that count.
    let counted: [Int]

    init(_ table: Table, origin: String, destination: String, count: String, period: String?) throws {
        let originCells = try table.column(origin).textCells, destinationCells = try table.column(destination).textCells
        counts = try table.column(count).numberCells()
        let periodColumn = try period.map { try table.column($0) }
        let (codes, places) = TextCells.unified([originCells, destinationCells])
        (self.places, origins, destinations) = (places, codes[0], codes[1])
        var counted: [Int] = []
        counted.reserveCapacity(table.rowCount)
        var placeRank = [Int32](repeating: -1, count: places.count), placeOrder: [Int32] = []
        func appear(_ place: Int32) {
            if placeRank[Int(place)] < 0 { placeRank[Int(place)] = Int32(placeOrder.count); placeOrder.append(place) }
        }
        let periodCodes = periodColumn.map { KeyCoder.codes([$0]) }
        var periodNumber = [Int32](repeating: -1, count: periodCodes?.cardinality ?? 1)
        var periods = [Int32](repeating: 0, count: table.rowCount), periodRows: [Int] = []
        for row in 0..<table.rowCount {
            let from = origins[row], to = destinations[row]
            guard from >= 0, to >= 0, from != to else { continue }
            counted.append(row)
            appear(from); appear(to)
            let code = Int(periodCodes?.codes[0][row] ?? 0)
            if periodNumber[code] < 0 { periodNumber[code] = Int32(periodRows.count); periodRows.append(row) }
            periods[row] = periodNumber[code]
        }
        (self.counted, self.placeRank, self.placeOrder, self.periods, self.periodRows) = (counted, placeRank, placeOrder, periods, periodRows)
        periodCount = periodRows.count
    }

    /// The place column for output rows given as place codes.
    func placeColumn(_ name: String, _ codes: [Int32]) -> Column {
        Column(name, storage: .texts(TextCells(codes: codes, table: places)))
    }
}
