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

    init(size: Int, rows: Int, hashed: Bool = false) {
        if !hashed, size <= 4 * rows + 1024 {
            inflow = [Double](repeating: 0, count: size)
            outflow = inflow
            flags = [UInt8](repeating: 0, count: size)
        } else {
            inflow = []; outflow = []; flags = []
            slots = [:]
        }
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
        flags[slot] |= 1
        if let amount { inflow[slot] += amount; flags[slot] |= 2 }
    }

    @inline(__always)
    mutating func add(_ key: Int, outflow amount: Double?) {
        let slot = slot(key)
        flags[slot] |= 1
        if let amount { outflow[slot] += amount; flags[slot] |= 4 }
    }

    /// How many cells have a row.
    var cellCount: Int { flags.reduce(0) { $0 + Int($1 & 1) } }

    /// How many positions `cell(atPosition:)` visits.
    var slotCount: Int { flags.count }

    /// The cells in key order, one position at a time: its key, whether it has a row, and its
    /// summed inflow and outflow (nil when no row of that direction had a count).
    @inline(__always)
    func cell(atPosition position: Int) -> (key: Int, present: Bool, inflow: Double?, outflow: Double?) {
        let slot = order?[position] ?? position
        let flag = flags[slot]
        return (keys.isEmpty ? slot : keys[slot], flag & 1 != 0, flag & 2 != 0 ? inflow[slot] : nil, flag & 4 != 0 ? outflow[slot] : nil)
    }

    /// Every cell with a row, in key order.
    func forEach(_ body: (Int, Double?, Double?) -> Void) {
        for position in 0..<slotCount {
            let cell = cell(atPosition: position)
            if cell.present { body(cell.key, cell.inflow, cell.outflow) }
        }
    }

    /// Hashed slots sorted by key, computed once when the grid is complete.
    private var order: [Int]? {
        slots == nil ? nil : sortedSlots
    }
}
