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
        let origins = try column(origin).texts
        let destinations = try column(destination).texts
        let counts = try numbers(count)
        var partners: [String] = []
        var position: [String: Int] = [:]
        var inflow: [Double?] = [], outflow: [Double?] = []
        for row in 0..<rowCount {
            guard let from = origins[row], let to = destinations[row], from != to else { continue }
            let isInflow = to == place
            guard isInflow || from == place else { continue }
            let partner = isInflow ? from : to
            let index = position[partner] ?? {
                position[partner] = partners.count
                partners.append(partner); inflow.append(nil); outflow.append(nil)
                return partners.count - 1
            }()
            guard let amount = counts[row] else { continue }
            if isInflow { inflow[index] = (inflow[index] ?? 0) + amount } else { outflow[index] = (outflow[index] ?? 0) + amount }
        }
        let flows = try Table(columns: [
            Column("partner", texts: partners),
            Column("instroom", numbers: inflow),
            Column("uitstroom", numbers: outflow),
            Column("totaal", numbers: zip(inflow, outflow).map(FlowArithmetic.total)),
            Column("saldo", numbers: zip(inflow, outflow).map(FlowArithmetic.saldo)),
        ], metadata: metadata)
        return try flows.sorted(by: [SortKey("totaal", descending: true), SortKey("partner")])
    }

    /// One row per place (and period, when given): `place` [, period], `instroom`,
    /// `uitstroom`, `saldo`. Places appear in order of first appearance (as origin or
    /// destination), and within a place its periods in order of first appearance in the table;
    /// a place gets a row for each period in which it has any row.
    public func placeBalances(origin: String, destination: String, count: String, period: String? = nil,
                              placeColumn: String = "place") throws -> Table {
        let origins = try column(origin).texts
        let destinations = try column(destination).texts
        let counts = try numbers(count)
        let periods = try period.map { try column($0) }

        var places: [String] = [], placeIndex: [String: Int] = [:]
        var periodValues: [Value] = [], periodIndex: [Value: Int] = [:]
        var inflow: [Int: [Int: Double?]] = [:], outflow: [Int: [Int: Double?]] = [:]
        func intern(_ place: String) -> Int {
            if let index = placeIndex[place] { return index }
            placeIndex[place] = places.count
            places.append(place)
            return places.count - 1
        }
        var seenPeriods: [Int: Set<Int>] = [:]  // place → periods it has rows in
        func note(_ place: Int, _ period: Int) { seenPeriods[place, default: []].insert(period) }
        for row in 0..<rowCount {
            guard let from = origins[row], let to = destinations[row], from != to else { continue }
            let periodValue = periods?[row] ?? .missing
            let p = periodIndex[periodValue] ?? {
                periodIndex[periodValue] = periodValues.count
                periodValues.append(periodValue)
                return periodValues.count - 1
            }()
            let source = intern(from), target = intern(to)
            note(source, p); note(target, p)
            let amount = counts[row]
            outflow[source, default: [:]][p] = FlowArithmetic.add(outflow[source]?[p] ?? nil, amount)
            inflow[target, default: [:]][p] = FlowArithmetic.add(inflow[target]?[p] ?? nil, amount)
        }

        var placeCells: [String] = [], periodCells: [Value] = []
        var inCells: [Double?] = [], outCells: [Double?] = []
        for place in places.indices {
            for p in periodValues.indices where seenPeriods[place]?.contains(p) ?? false {
                placeCells.append(places[place])
                periodCells.append(periodValues[p])
                inCells.append(inflow[place]?[p] ?? nil)
                outCells.append(outflow[place]?[p] ?? nil)
            }
        }
        var columns = [Column(placeColumn, texts: placeCells)]
        if let periods { columns.append(Column(periods.name, values: periodCells).keepingType(of: periods)) }
        columns += [
            Column("instroom", numbers: inCells),
            Column("uitstroom", numbers: outCells),
            Column("saldo", numbers: zip(inCells, outCells).map(FlowArithmetic.saldo)),
        ]
        return try Table(columns: columns, metadata: metadata)
    }
}

/// Missing-aware arithmetic shared by the table and `FlowMatrix` paths.
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
