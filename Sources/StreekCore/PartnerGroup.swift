/// The partners of one place (in one period) while `PartnerListing` lists them, and their order:
/// totaal descending, missing last, then partner name. Whole totals sort as packed integer keys
/// (totaal above the name's rank, radix-sorted); other totals by comparing the cells. One per
/// thread, reused for every group.
struct PartnerGroup {
    /// Scalar-order rank of every place code's name.
    let names: [Int32]
    /// Whether every sum is known to be whole (whole counts): no need to check each total.
    let wholeSums: Bool
    private(set) var partners: [Int32] = []
    private(set) var inflow: [Double] = []
    private(set) var outflow: [Double] = []
    /// The grid's flags of each partner's cell (which directions were counted).
    private(set) var flags: [UInt8] = []
    /// The members' positions in listing order, after `sort()`.
    private(set) var order: [Int] = []
    private var keys: [UInt64] = []
    private var packable = true
    /// Position in the group of each name rank (valid for the current members only).
    private var positionOfName: [Int32]
    private var sorter = IntegerSort()
    private let nameBits: UInt64
    private static let totalLimit = Double(1 << 40)

    init(names: [Int32], wholeSums: Bool) {
        self.names = names
        self.wholeSums = wholeSums
        positionOfName = [Int32](repeating: 0, count: names.count)
        nameBits = UInt64(max(1, Int.bitWidth - names.count.leadingZeroBitCount))
        packable = nameBits <= 22
    }

    var count: Int { partners.count }

    /// The present directions added; nil when neither was counted.
    static func total(_ flags: UInt8, _ inSum: Double, _ outSum: Double) -> Double? {
        switch (flags & FlowCellGrid.countedInflow != 0, flags & FlowCellGrid.countedOutflow != 0) {
        case (true, true): return inSum + outSum
        case (true, false): return inSum
        case (false, true): return outSum
        case (false, false): return nil
        }
    }

    mutating func append(partner: Int32, flags flag: UInt8, inflow inSum: Double, outflow outSum: Double) {
        let name = names[Int(partner)]
        positionOfName[Int(name)] = Int32(partners.count)
        partners.append(partner); inflow.append(inSum); outflow.append(outSum); flags.append(flag)
        guard packable else { return }
        let total = Self.total(flag, inSum, outSum)
        if let total, abs(total) >= Self.totalLimit || (!wholeSums && total != total.rounded()) { packable = false; return }
        // Larger totals first: the key's high part grows as the total falls; missing above all.
        let high = total.map { UInt64(Int64(Self.totalLimit) - 1 - Int64($0)) } ?? UInt64(1) << 41
        keys.append(high << nameBits | UInt64(name))
    }

    /// Puts the members' positions in listing order into `order`.
    mutating func sort() {
        order.removeAll(keepingCapacity: true)
        if packable {
            keys.withUnsafeMutableBufferPointer { sorter.sort($0) }
            let mask = (UInt64(1) << nameBits) - 1
            for key in keys { order.append(Int(positionOfName[Int(key & mask)])) }
            return
        }
        let totals = partners.indices.map { Self.total(flags[$0], inflow[$0], outflow[$0]) }
        order = partners.indices.sorted { a, b in
            switch (totals[a], totals[b]) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return names[Int(partners[a])] < names[Int(partners[b])]
            }
        }
    }

    mutating func removeAll() {
        partners.removeAll(keepingCapacity: true); inflow.removeAll(keepingCapacity: true)
        outflow.removeAll(keepingCapacity: true); flags.removeAll(keepingCapacity: true)
        keys.removeAll(keepingCapacity: true)
        packable = nameBits <= 22
    }
}
