import Foundation

/// The rows of `partnerFlows` from a filled grid: every group (a place and period) with its partners
/// by totaal descending (missing last), then name. Counts each group's partners first, so every
/// group knows where its rows go; then the groups are listed on every core straight into the output
/// columns (`instroom`, `uitstroom`, `totaal`, `saldo`), with no per-row appends or later passes.
struct PartnerListing {
    /// Released once the columns are written (the listing's memory peak).
    private(set) var grid: FlowCellGrid
    /// Grid positions of each group (see `FlowCellGrid.groupStarts`).
    let groupStarts: [Int]
    /// Keys per group: a cell's key is group × `groupSize` + the partner's place rank.
    let groupSize: Int
    /// Place code of each place rank.
    let placeOrder: [Int32]
    /// Scalar-order rank of each place code's name.
    let names: [Int32]
    /// Periods per place: group g is the place of rank g / periods (or `onlyPlace`) in period g % periods.
    let periods: Int
    let onlyPlace: Int?
    let parallelism: Parallelism

    struct Rows {
        var places: [Int32], periods: [Int32], partners: [Int32]
        var inflow: NumberCells, outflow: NumberCells, total: NumberCells, saldo: NumberCells
    }

    /// Lists every group. Whole counts give 32-bit integer columns (the totals too, when they fit);
    /// otherwise decimals, each column as `NumberCellsBuilder` would have stored it.
    mutating func rows(integral: Bool) -> Rows {
        let groups = groupStarts.count - 1
        var offsets = [Int](repeating: 0, count: groups + 1)
        offsets.withUnsafeMutableBufferPointer { offsets in
            parallelism.forEach(groups, cost: groupSize) { range in
                for group in range {
                    var present = 0
                    for position in groupStarts[group]..<groupStarts[group + 1] where grid.rawCell(atPosition: position).flags & FlowCellGrid.present != 0 {
                        present += 1
                    }
                    offsets[group + 1] = present
                }
            }
        }
        for group in 0..<groups { offsets[group + 1] += offsets[group] }
        var rows = integral ? list(offsets, as: Int32.self) : nil
        if rows == nil { rows = list(offsets, as: Double.self)!.storedLikeBuilders() }
        grid = FlowCellGrid(size: 0, rows: 0)
        // The place and period of every row, a group at a time.
        var places = LargeBuffer.array(capacity: offsets[groups], of: Int32.self), periodNumbers = places
        for group in 0..<groups {
            let size = offsets[group + 1] - offsets[group]
            places.append(contentsOf: repeatElement(placeOrder[onlyPlace ?? group / periods], count: size))
            periodNumbers.append(contentsOf: repeatElement(Int32(group % periods), count: size))
        }
        (rows!.places, rows!.periods) = (places, periodNumbers)
        return rows!
    }

    /// The listing with values of type `V` (places and periods still empty); nil when a value does not fit it.
    private func list<V: PartnerValue>(_ offsets: [Int], as: V.Type) -> Rows? {
        let groups = groupStarts.count - 1
        let fits = ConcurrentFlag()
        let columns = ListingColumns<V>(count: offsets[groups]) { out in
            parallelism.forEach(groups, cost: groupSize) { range in
                var group = PartnerGroup(names: names, wholeSums: V.self == Int32.self)
                for groupIndex in range {
                    for position in groupStarts[groupIndex]..<groupStarts[groupIndex + 1] {
                        let cell = grid.rawCell(atPosition: position)
                        guard cell.flags & FlowCellGrid.present != 0 else { continue }
                        group.append(partner: placeOrder[cell.key % groupSize], flags: cell.flags, inflow: cell.inflow, outflow: cell.outflow)
                    }
                    group.sort()
                    var row = offsets[groupIndex]
                    for index in group.order {
                        let flag = group.flags[index]
                        let hasIn = flag & FlowCellGrid.countedInflow != 0, hasOut = flag & FlowCellGrid.countedOutflow != 0
                        let inSum = hasIn ? group.inflow[index] : 0, outSum = hasOut ? group.outflow[index] : 0
                        guard let i = V(exactly: inSum), let o = V(exactly: outSum),
                              let t = V(exactly: inSum + outSum), let s = V(exactly: hasIn && hasOut ? inSum - outSum : 0) else {
                            return fits.clear()
                        }
                        (out.partners[row], out.counted[row]) = (group.partners[index], flag)
                        (out.inflow[row], out.outflow[row], out.total[row], out.saldo[row]) = (i, o, t, s)
                        row += 1
                    }
                    group.removeAll()
                }
            }
        }
        guard fits.isSet else { return nil }
        let hasIn = Bitmap(columns.counted) { $0 & FlowCellGrid.countedInflow != 0 }
        let hasOut = Bitmap(columns.counted) { $0 & FlowCellGrid.countedOutflow != 0 }
        return Rows(places: [], periods: [], partners: columns.partners,
                    inflow: V.cells(columns.inflow, hasIn), outflow: V.cells(columns.outflow, hasOut),
                    total: V.cells(columns.total, hasIn.union(hasOut)), saldo: V.cells(columns.saldo, hasIn.intersection(hasOut)))
    }
}

/// The columns a listing writes, allocated at their final size and written once: `fill` gets
/// pointers into all of them and writes every row (the groups from several threads, each into
/// rows no other group has). No zeroing first: a listing's columns are its largest buffers. A
/// listing abandoned part way (a value that does not fit) leaves rows unwritten; it is discarded.
private struct ListingColumns<V: PartnerValue> {
    let partners: [Int32], counted: [UInt8], inflow: [V], outflow: [V], total: [V], saldo: [V]

    struct Pointers {
        let partners: UnsafeMutableBufferPointer<Int32>, counted: UnsafeMutableBufferPointer<UInt8>
        let inflow: UnsafeMutableBufferPointer<V>, outflow: UnsafeMutableBufferPointer<V>
        let total: UnsafeMutableBufferPointer<V>, saldo: UnsafeMutableBufferPointer<V>
    }

    init(count: Int, fill: (Pointers) -> Void) {
        var counted: [UInt8] = [], inflow: [V] = [], outflow: [V] = [], total: [V] = [], saldo: [V] = []
        partners = Self.written(count) { partners in
            counted = Self.written(count) { counted in
                inflow = Self.written(count) { inflow in
                    outflow = Self.written(count) { outflow in
                        total = Self.written(count) { total in
                            saldo = Self.written(count) { saldo in
                                fill(Pointers(partners: partners, counted: counted, inflow: inflow, outflow: outflow, total: total, saldo: saldo))
                            }
                        }
                    }
                }
            }
        }
        (self.counted, self.inflow, self.outflow, self.total, self.saldo) = (counted, inflow, outflow, total, saldo)
    }

    /// An array of `count` elements that `write` initialises through the pointer.
    private static func written<Element>(_ count: Int, _ write: (UnsafeMutableBufferPointer<Element>) -> Void) -> [Element] {
        [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
            LargeBuffer.advise(UnsafeMutableRawBufferPointer(buffer))
            write(buffer)
            initialized = count
        }
    }
}

extension PartnerListing.Rows {
    /// Decimal columns stored as the one-by-one builders store them: `instroom` and `uitstroom` as
    /// integers when every value is whole and fits; `totaal` and `saldo` as integers when both of
    /// those are and every result fits (as `NumberCells.combining` decides).
    func storedLikeBuilders() -> Self {
        func integers(_ cells: NumberCells) -> NumberCells? {
            guard case .decimals(let values) = cells.buffer else { return cells }
            var result = [Int32](repeating: 0, count: values.count)
            for (row, value) in values.enumerated() {
                guard let whole = NumberCells.integer(value) else { return nil }
                result[row] = whole
            }
            return NumberCells(integers: result, validity: cells.validity)
        }
        var rows = self
        if let inflow = integers(inflow) { rows.inflow = inflow }
        if let outflow = integers(outflow) { rows.outflow = outflow }
        guard case .integers = rows.inflow.buffer, case .integers = rows.outflow.buffer else { return rows }
        if let total = integers(total) { rows.total = total }
        if let saldo = integers(saldo) { rows.saldo = saldo }
        return rows
    }
}

/// The number type of a listing's columns: 32-bit integers for whole counts, else decimals.
protocol PartnerValue {
    static var zero: Self { get }
    init?(exactly value: Double)
    static func cells(_ values: [Self], _ validity: Bitmap) -> NumberCells
}

extension Int32: PartnerValue {
    static func cells(_ values: [Int32], _ validity: Bitmap) -> NumberCells { NumberCells(integers: values, validity: validity) }
}

extension Double: PartnerValue {
    init?(exactly value: Double) { self = value }
    static func cells(_ values: [Double], _ validity: Bitmap) -> NumberCells { NumberCells(values: values, validity: validity) }
}

/// A flag any thread may clear (set until then).
final class ConcurrentFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = true
    func clear() { lock.withLock { value = false } }
    var isSet: Bool { lock.withLock { value } }
}
