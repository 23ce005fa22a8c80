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

    func partnerFlows(origin: String, destination: String, count: String, period: String?, onlyPlace: String?,
                      placeColumn: String = "place", parallelism: Parallelism = .automatic) throws -> Table {
        let flows = try FlowRows(self, origin: origin, destination: destination, count: count, period: period)
        let output = Self.partnerRows(flows, onlyPlace: onlyPlace, parallelism: parallelism)
        var columns = [flows.placeColumn(placeColumn, output.places)]
        if let period { columns.append(flows.periodColumn(try self.column(period), output.periods)) }
        columns += [
            flows.placeColumn("partner", output.partners),
            Column("instroom", storage: .numbers(output.inflow)),
            Column("uitstroom", storage: .numbers(output.outflow)),
            Column("totaal", storage: .numbers(output.total)),
            Column("saldo", storage: .numbers(output.saldo)),
        ]
        return try Table(columns: columns, metadata: metadata)
    }

    /// Sums every place's flows with each partner (per period) and lists them in output order.
    private static func partnerRows(_ flows: FlowRows, onlyPlace: String?, parallelism: Parallelism) -> PartnerListing.Rows {
        let n = flows.placeOrder.count, periods = flows.periodCount
        let target = onlyPlace.flatMap { flows.places.codes[$0] }.map { Int(flows.placeRank[Int($0)]) }
        let groups = onlyPlace == nil ? n * periods : (target == nil ? 0 : periods)
        // Key: (place rank × periods + period) × places + partner rank, so key order is output order.
        var grid = FlowCellGrid(size: groups * n, rows: flows.rowCount)
        grid.add(flows, parallelism: parallelism) { from, to, period in
            guard onlyPlace != nil else { return ((from * periods + period) * n + to, (to * periods + period) * n + from) }
            return (from == target ? period * n + to : -1, to == target ? period * n + from : -1)
        }
        let starts = grid.groupStarts(groups: groups, groupSize: n)
        var listing = PartnerListing(grid: consume grid, groupStarts: starts, groupSize: n,
                                     placeOrder: flows.placeOrder, names: flows.places.scalarOrderRanks(),
                                     periods: periods, onlyPlace: target, parallelism: parallelism)
        return listing.rows(integral: flows.countsAreIntegers)
    }

    /// One row per place (and period, when given): `place` [, period], `instroom`,
    /// `uitstroom`, `saldo`. Places appear in order of first appearance (as origin or
    /// destination), and within a place its periods in order of first appearance in the table;
    /// a place gets a row for each period in which it has any row.
    public func placeBalances(origin: String, destination: String, count: String, period: String? = nil,
                              placeColumn: String = "place") throws -> Table {
        try placeBalances(origin: origin, destination: destination, count: count, period: period, placeColumn: placeColumn, parallelism: .automatic)
    }

    func placeBalances(origin: String, destination: String, count: String, period: String?, placeColumn: String,
                       parallelism: Parallelism) throws -> Table {
        let flows = try FlowRows(self, origin: origin, destination: destination, count: count, period: period)
        let periods = flows.periodCount
        var grid = FlowCellGrid(size: flows.placeOrder.count * periods, rows: flows.rowCount)
        grid.add(flows, parallelism: parallelism) { from, to, period in (from * periods + period, to * periods + period) }
        var places: [Int32] = [], periodNumbers: [Int32] = [], inflow: [Double?] = [], outflow: [Double?] = []
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

/// Missing-aware arithmetic of flows.
enum FlowArithmetic {
    static func saldo(_ inflow: Double?, _ outflow: Double?) -> Double? {
        guard let inflow, let outflow else { return nil }
        return inflow - outflow
    }
}
