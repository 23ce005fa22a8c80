/// Sums of flows per cell (a place and period, or a place, partner and period), addressed by an
/// integer key: a dense array when the key space is about as large as the table (national
/// tables are dense), a hash map otherwise. Visits cells in key order.
struct FlowCellGrid {
    private var inflow: [Double]
    private var outflow: [Double]
    /// Bit 0: the cell has a row; bit 1: a counted inflow; bit 2: a counted outflow.
    private var flags: [UInt8]
    private var slots: [Int: Int32]?
    private var keys: [Int] = []
    private var sortedSlots: [Int] = []

    static let present: UInt8 = 1, countedInflow: UInt8 = 2, countedOutflow: UInt8 = 4

    init(size: Int, rows: Int, hashed: Bool = false) {
        if !hashed, size <= 4 * rows + 1024 {
            inflow = LargeBuffer.array(repeating: 0, count: size)
            outflow = LargeBuffer.array(repeating: 0, count: size)
            flags = LargeBuffer.array(repeating: 0, count: size)
        } else {
            inflow = []; outflow = []; flags = []
            slots = [:]
        }
    }

    var isDense: Bool { slots == nil }

    /// Adds every counted row of `flows` to the cells `keys` names for it (its outflow cell and its
    /// inflow cell; −1 for none), then puts the cells in key order. Uses every core for a dense grid,
    /// always with the sums of one pass in row order: a large grid is split by keys (each core reads
    /// every row and adds those of its own cells); a small one by rows when every partial sum is an
    /// exact whole number (each core sums its rows into a grid of its own, and adding exact partial
    /// sums is exact).
    mutating func add(_ flows: FlowRows, parallelism: Parallelism = .automatic,
                      keys: (_ from: Int, _ to: Int, _ period: Int) -> (outflow: Int, inflow: Int)) {
        guard isDense else {
            flows.forEach { from, to, period, amount in
                let (outKey, inKey) = keys(from, to, period)
                if outKey >= 0 { add(outKey, outflow: amount) }
                if inKey >= 0 { add(inKey, inflow: amount) }
            }
            return finish()
        }
        let size = flags.count, byRows = parallelism.split(flows.rowCount)
        if parallelism.split(size).count == 1, byRows.count > 1, flows.sumsAreExact {
            var partials = (0..<byRows.count).map { _ in FlowCellGrid(size: size, rows: size) }
            partials.withUnsafeMutableBufferPointer { partials in
                parallelism.forEachPiece(flows.rowCount) { piece, rows in partials[piece].addDense(flows, rows: rows, keys: 0..<size, keys) }
            }
            for partial in partials {
                for key in 0..<size {
                    inflow[key] += partial.inflow[key]; outflow[key] += partial.outflow[key]; flags[key] |= partial.flags[key]
                }
            }
            return
        }
        inflow.withUnsafeMutableBufferPointer { inflow in
            outflow.withUnsafeMutableBufferPointer { outflow in
                flags.withUnsafeMutableBufferPointer { flags in
                    parallelism.forEach(size) { owned in
                        Self.addDense(flows, rows: 0..<flows.rowCount, keys: owned, keys, inflow, outflow, flags)
                    }
                }
            }
        }
    }

    /// The rows among `rows` whose cells fall in `owned`, added to a dense grid.
    private mutating func addDense(_ flows: FlowRows, rows: Range<Int>, keys owned: Range<Int>,
                                   _ keys: (Int, Int, Int) -> (outflow: Int, inflow: Int)) {
        inflow.withUnsafeMutableBufferPointer { inflow in
            outflow.withUnsafeMutableBufferPointer { outflow in
                flags.withUnsafeMutableBufferPointer { flags in
                    Self.addDense(flows, rows: rows, keys: owned, keys, inflow, outflow, flags)
                }
            }
        }
    }

    @inline(__always)
    private static func addDense(_ flows: FlowRows, rows: Range<Int>, keys owned: Range<Int>,
                                 _ keys: (Int, Int, Int) -> (outflow: Int, inflow: Int), _ inflow: UnsafeMutableBufferPointer<Double>,
                                 _ outflow: UnsafeMutableBufferPointer<Double>, _ flags: UnsafeMutableBufferPointer<UInt8>) {
        flows.forEach(in: rows) { from, to, period, amount in
            let (outKey, inKey) = keys(from, to, period)
            if owned.contains(outKey) { add(amount, at: outKey, to: outflow, flags, countedOutflow) }
            if owned.contains(inKey) { add(amount, at: inKey, to: inflow, flags, countedInflow) }
        }
    }

    @inline(__always)
    private static func add(_ amount: Double?, at key: Int, to sums: UnsafeMutableBufferPointer<Double>,
                            _ flags: UnsafeMutableBufferPointer<UInt8>, _ counted: UInt8) {
        flags[key] |= present
        if let amount { sums[key] += amount; flags[key] |= counted }
    }

    @inline(__always)
    private mutating func slot(_ key: Int) -> Int {
        guard slots != nil else { return key }
        if let slot = slots![key] { return Int(slot) }
        let slot = keys.count
        slots![key] = Int32(slot)
        keys.append(key)
        inflow.append(0); outflow.append(0); flags.append(0)
        sortedSlots.removeAll()
        return slot
    }

    /// Puts hashed cells in key order; call once all rows are added.
    mutating func finish() {
        guard slots != nil else { return }
        sortedSlots = keys.indices.sorted { keys[$0] < keys[$1] }
    }

    /// Adds a row to the cell; a nil amount is a missing count (the cell exists, the sum is unchanged).
    @inline(__always)
    mutating func add(_ key: Int, inflow amount: Double?) {
        let slot = slot(key)
        flags[slot] |= Self.present
        if let amount { inflow[slot] += amount; flags[slot] |= Self.countedInflow }
    }

    @inline(__always)
    mutating func add(_ key: Int, outflow amount: Double?) {
        let slot = slot(key)
        flags[slot] |= Self.present
        if let amount { outflow[slot] += amount; flags[slot] |= Self.countedOutflow }
    }

    /// How many cells have a row.
    var cellCount: Int { flags.reduce(0) { $0 + Int($1 & Self.present) } }

    /// How many positions `cell(atPosition:)` visits.
    var slotCount: Int { flags.count }

    /// The cells in key order, one position at a time: its key, whether it has a row, and its
    /// summed inflow and outflow (nil when no row of that direction had a count).
    @inline(__always)
    func cell(atPosition position: Int) -> (key: Int, present: Bool, inflow: Double?, outflow: Double?) {
        let (key, flag, inSum, outSum) = rawCell(atPosition: position)
        return (key, flag & Self.present != 0, flag & Self.countedInflow != 0 ? inSum : nil, flag & Self.countedOutflow != 0 ? outSum : nil)
    }

    /// A cell's key, flags and sums (0 where nothing was counted), without optionals.
    @inline(__always)
    func rawCell(atPosition position: Int) -> (key: Int, flags: UInt8, inflow: Double, outflow: Double) {
        let slot = slots == nil ? position : sortedSlots[position]
        return (keys.isEmpty ? slot : keys[slot], flags[slot], inflow[slot], outflow[slot])
    }

    /// Where each group of `groupSize` consecutive keys begins among the positions (and, last, the
    /// end): group `g` holds positions `starts[g]..<starts[g + 1]`.
    func groupStarts(groups: Int, groupSize: Int) -> [Int] {
        if slots == nil { return (0...groups).map { $0 * groupSize } }
        var starts = [Int](repeating: 0, count: groups + 1), position = 0
        for group in 0...groups {
            while position < sortedSlots.count, keys[sortedSlots[position]] < group * groupSize { position += 1 }
            starts[group] = position
        }
        return starts
    }

    /// Every cell with a row, in key order.
    func forEach(_ body: (Int, Double?, Double?) -> Void) {
        for position in 0..<slotCount {
            let cell = cell(atPosition: position)
            if cell.present { body(cell.key, cell.inflow, cell.outflow) }
        }
    }
}
