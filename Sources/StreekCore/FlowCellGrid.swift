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
    /// inflow cell; −1 for none), then puts the cells in key order. A dense grid is filled on every
    /// core, each owning a range of keys; every cell still adds its rows in row order, so the sums are
    /// those of one pass.
    mutating func add(_ flows: FlowRows, parallelism: Parallelism = .automatic,
                      keys: (_ from: Int, _ to: Int, _ period: Int) -> (outflow: Int, inflow: Int)) {
        // Each core reads every row but writes only its own keys: worth it for many cells, not for a few.
        guard isDense, parallelism.split(flags.count).count > 1 else {
            flows.forEach { from, to, period, amount in
                let (outKey, inKey) = keys(from, to, period)
                if outKey >= 0 { add(outKey, outflow: amount) }
                if inKey >= 0 { add(inKey, inflow: amount) }
            }
            return finish()
        }
        inflow.withUnsafeMutableBufferPointer { inflow in
            outflow.withUnsafeMutableBufferPointer { outflow in
                flags.withUnsafeMutableBufferPointer { flags in
                    parallelism.forEach(flags.count) { owned in
                        flows.forEach { from, to, period, amount in
                            let (outKey, inKey) = keys(from, to, period)
                            if owned.contains(outKey) { Self.add(amount, at: outKey, to: outflow, flags, Self.countedOutflow) }
                            if owned.contains(inKey) { Self.add(amount, at: inKey, to: inflow, flags, Self.countedInflow) }
                        }
                    }
                }
            }
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
