/// Origin→destination tables (one row per origin, destination and count), seen from a place.
///
/// Sums skip missing counts; a direction with no counted rows at all is missing, not zero
/// (a published selection of flows does not say that an unlisted pair had none). Totals add
/// the present directions; saldo needs both. Moves within a place (origin = destination)
/// are never counted.
extension Table {
    /// One row per partner of `place`: `partner`, `instroom` (partner → place), `uitstroom`
    /// (place → partner), `totaal`, `saldo` (instroom − uitstroom); sorted by totaal
    /// descending, then partner name. All rows are summed (filter a period first if needed).
    public func partnerFlows(of place: String, origin: String, destination: String, count: String) throws -> Table {
        let all = try partnerFlows(origin: origin, destination: destination, count: count, period: nil, onlyPlace: place)
        return try all.dropping(["place"])
    }

    /// For every place (and period, when given): one row per partner with `place` [, period],
    /// `partner`, `instroom`, `uitstroom`, `totaal` and `saldo`. Places and periods in order of
    /// first appearance (as in `placeBalances`), each place's partners by totaal descending
    /// (missing last), then partner name.
    public func partnerFlows(origin: String, destination: String, count: String, period: String? = nil,
                             placeColumn: String = "place") throws -> Table {
        try partnerFlows(origin: origin, destination: destination, count: count, period: period, onlyPlace: nil, placeColumn: placeColumn)
    }

    private func partnerFlows(origin: String, destination: String, count: String, period: String?,
                              onlyPlace: String?, placeColumn: String = "place") throws -> Table {
        let flows = try FlowRows(self, origin: origin, destination: destination, count: count, period: period)
        let output = Self.partnerRows(flows, onlyPlace: onlyPlace)
        var columns = [flows.placeColumn(placeColumn, output.places)]
        if let period { columns.append(flows.periodColumn(try self.column(period), output.periods)) }
        let (inflow, outflow) = (output.inflow.build(), output.outflow.build())
        let (total, saldo) = output.totalAndSaldo(inflow, outflow)
        columns += [
            flows.placeColumn("partner", output.partners),
            Column("instroom", storage: .numbers(inflow)),
            Column("uitstroom", storage: .numbers(outflow)),
            Column("totaal", storage: .numbers(total)),
            Column("saldo", storage: .numbers(saldo)),
        ]
        return try Table(columns: columns, metadata: metadata)
    }

    /// Sums every place's flows with each partner (per period) and lists them in output order.
    private static func partnerRows(_ flows: FlowRows, onlyPlace: String?) -> PartnerRows {
        let n = flows.placeOrder.count, periods = flows.periodCount
        let target = onlyPlace.flatMap { flows.places.codes[$0] }.map { Int(flows.placeRank[Int($0)]) }
        if onlyPlace != nil && target == nil { return PartnerRows(capacity: 0) }
        // Key: (place rank × periods + period) × places + partner rank, so key order is output order.
        var grid = FlowCellGrid(size: (target == nil ? n : 1) * periods * n, rows: flows.rowCount)
        flows.forEach { from, to, period, amount in
            if let target {
                if from == target { grid.add(period * n + to, outflow: amount) }
                if to == target { grid.add(period * n + from, inflow: amount) }
            } else {
                grid.add((from * periods + period) * n + to, outflow: amount)
                grid.add((to * periods + period) * n + from, inflow: amount)
            }
        }
        grid.finish()
        var output = PartnerRows(capacity: grid.cellCount)
        // One group (a place and period) at a time: its partners, then in order of totaal (missing last), name.
        var group = PartnerGroup(names: flows.places.scalarOrderRanks())
        var groupKey = -1
        for position in 0..<grid.slotCount {
            let (key, present, inflow, outflow) = grid.cell(atPosition: position)
            guard present else { continue }
            if key / n != groupKey {
                if groupKey >= 0 { output.append(&group, place: flows.placeOrder[target ?? groupKey / periods], period: groupKey % periods) }
                groupKey = key / n
            }
            group.append(partner: flows.placeOrder[key % n], inflow: inflow, outflow: outflow)
        }
        if groupKey >= 0 { output.append(&group, place: flows.placeOrder[target ?? groupKey / periods], period: groupKey % periods) }
        return output
    }

    /// One row per place (and period, when given): `place` [, period], `instroom`,
    /// `uitstroom`, `saldo`. Places appear in order of first appearance (as origin or
    /// destination), and within a place its periods in order of first appearance in the table;
    /// a place gets a row for each period in which it has any row.
    public func placeBalances(origin: String, destination: String, count: String, period: String? = nil,
                              placeColumn: String = "place") throws -> Table {
        let flows = try FlowRows(self, origin: origin, destination: destination, count: count, period: period)
        let periods = flows.periodCount
        var grid = FlowCellGrid(size: flows.placeOrder.count * periods, rows: flows.rowCount)
        flows.forEach { from, to, period, amount in
            grid.add(from * periods + period, outflow: amount)
            grid.add(to * periods + period, inflow: amount)
        }
        var places: [Int32] = [], periodNumbers: [Int32] = [], inflow: [Double?] = [], outflow: [Double?] = []
        grid.finish()
        grid.forEach { key, inSum, outSum in
            places.append(flows.placeOrder[key / periods])
            periodNumbers.append(Int32(key % periods))
            inflow.append(inSum)
            outflow.append(outSum)
        }
        var columns = [flows.placeColumn(placeColumn, places)]
        if let period { columns.append(flows.periodColumn(try column(period), periodNumbers)) }
        columns += [
            Column("instroom", numbers: inflow),
            Column("uitstroom", numbers: outflow),
            Column("saldo", numbers: zip(inflow, outflow).map(FlowArithmetic.saldo)),
        ]
        return try Table(columns: columns, metadata: metadata)
    }
}

/// The output rows of `partnerFlows`, collected column by column.
private struct PartnerRows {
    var places: [Int32] = [], periods: [Int32] = [], partners: [Int32] = []
    var inflow: NumberCellsBuilder, outflow: NumberCellsBuilder

    init(capacity: Int) {
        places.reserveCapacity(capacity); periods.reserveCapacity(capacity); partners.reserveCapacity(capacity)
        inflow = NumberCellsBuilder(capacity: capacity)
        outflow = NumberCellsBuilder(capacity: capacity)
    }

    /// Lists a group's partners in order and empties the group.
    mutating func append(_ group: inout PartnerGroup, place: Int32, period: Int) {
        let order = group.sortedIndices()
        places.append(contentsOf: repeatElement(place, count: order.count))
        periods.append(contentsOf: repeatElement(Int32(period), count: order.count))
        for index in order {
            partners.append(group.partners[index])
            inflow.append(group.inflow[index])
            outflow.append(group.outflow[index])
        }
        group.removeAll()
    }

    /// totaal (the present directions added) and saldo (both needed), a whole column at a time.
    func totalAndSaldo(_ inflow: NumberCells, _ outflow: NumberCells) -> (NumberCells, NumberCells) {
        (NumberCells.combining(inflow, outflow, keepingEither: true, +, +),
         NumberCells.combining(inflow, outflow, keepingEither: false, -, -))
    }
}

/// Missing-aware arithmetic of flows.
enum FlowArithmetic {
    /// Adds a count to a running sum; a missing count leaves the sum as it was.
    static func add(_ sum: Double?, _ amount: Double?) -> Double? {
        guard let amount else { return sum }
        return (sum ?? 0) + amount
    }

    static func total(_ inflow: Double?, _ outflow: Double?) -> Double? {
        add(inflow, outflow)
    }

    static func saldo(_ inflow: Double?, _ outflow: Double?) -> Double? {
        guard let inflow, let outflow else { return nil }
        return inflow - outflow
    }
}
