extension FlowMatrix {
    /// Like `Table.placeBalances`: per place and period (places in order of appearance,
    /// periods in order of appearance), instroom, uitstroom and saldo.
    public func balances(placeColumn: String = "place") -> Table {
        var placeCells: [String] = [], periodCells: [Int] = []
        var inflow: [Double?] = [], outflow: [Double?] = []
        let n = placeCount
        for place in 0..<n {
            for period in periods.indices where appears[period * n + place] {
                var inSum: Double?, outSum: Double?
                for partner in 0..<n {
                    inSum = FlowArithmetic.add(inSum, flow(period: period, from: partner, to: place))
                    outSum = FlowArithmetic.add(outSum, flow(period: period, from: place, to: partner))
                }
                placeCells.append(places[place]); periodCells.append(period)
                inflow.append(inSum); outflow.append(outSum)
            }
        }
        var columns = [Column(placeColumn, texts: placeCells)]
        if let periodColumn { columns.append(periodColumnCells(periodColumn, periodCells)) }
        columns += [
            Column("instroom", numbers: inflow),
            Column("uitstroom", numbers: outflow),
            Column("saldo", numbers: zip(inflow, outflow).map(FlowArithmetic.saldo)),
        ]
        return Table(unchecked: columns, metadata: metadata)
    }

    /// Like `Table.partnerFlows(of:…).top(n)` for every place and period: the `n` partners
    /// with the largest totaal (then by name), with instroom, uitstroom, totaal and saldo.
    public func topPartners(_ n: Int, placeColumn: String = "place") -> Table {
        var placeCells: [String] = [], periodCells: [Int] = [], partnerCells: [String] = []
        var inflow: [Double?] = [], outflow: [Double?] = [], total: [Double?] = []
        var best: [(partner: Int, total: Double?)] = []
        best.reserveCapacity(n + 1)
        for place in 0..<placeCount {
            for period in periods.indices where appears[period * placeCount + place] {
                best.removeAll(keepingCapacity: true)
                for partner in 0..<placeCount where partner != place {
                    guard hasRow(period: period, from: partner, to: place) || hasRow(period: period, from: place, to: partner) else { continue }
                    let candidate = (partner: partner, total: FlowArithmetic.total(
                        flow(period: period, from: partner, to: place), flow(period: period, from: place, to: partner)))
                    insert(candidate, into: &best, keeping: n)
                }
                for entry in best {
                    placeCells.append(places[place]); periodCells.append(period); partnerCells.append(places[entry.partner])
                    inflow.append(flow(period: period, from: entry.partner, to: place))
                    outflow.append(flow(period: period, from: place, to: entry.partner))
                    total.append(entry.total)
                }
            }
        }
        var columns = [Column(placeColumn, texts: placeCells)]
        if let periodColumn { columns.append(periodColumnCells(periodColumn, periodCells)) }
        columns += [
            Column("partner", texts: partnerCells),
            Column("instroom", numbers: inflow),
            Column("uitstroom", numbers: outflow),
            Column("totaal", numbers: total),
            Column("saldo", numbers: zip(inflow, outflow).map(FlowArithmetic.saldo)),
        ]
        return Table(unchecked: columns, metadata: metadata)
    }

    /// Keeps `best` sorted (totaal descending, missing last, then name) and at most `limit` long.
    private func insert(_ candidate: (partner: Int, total: Double?), into best: inout [(partner: Int, total: Double?)], keeping limit: Int) {
        func precedes(_ a: (partner: Int, total: Double?), _ b: (partner: Int, total: Double?)) -> Bool {
            switch (a.total, b.total) {
            case let (x?, y?) where x != y: return x > y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return nameRank[a.partner] < nameRank[b.partner]
            }
        }
        guard limit > 0 else { return }
        if best.count == limit, !precedes(candidate, best[limit - 1]) { return }
        var index = best.count
        while index > 0, precedes(candidate, best[index - 1]) { index -= 1 }
        best.insert(candidate, at: index)
        if best.count > limit { best.removeLast() }
    }

    /// Period labels as a column, numeric when every label is a number (as `CSVReader` would type it).
    private func periodColumnCells(_ name: String, _ positions: [Int]) -> Column {
        let numbers = periods.map(CSVReader.plainNumber)
        if !numbers.contains(where: { $0 == nil }) {
            return Column(name, numbers: positions.map { numbers[$0] })
        }
        return Column(name, texts: positions.map { periods[$0] })
    }
}
