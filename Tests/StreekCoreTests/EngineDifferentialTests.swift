import Testing
@testable import StreekCore

/// The columnar engine against `ReferenceVerbs` on seeded random tables with missing values, ties,
/// duplicate keys, empty tables and groups whose cells are all missing.
@Suite struct EngineDifferentialTests {
    /// SplitMix64: a small seeded generator, so every run sees the same tables.
    struct Random {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
        mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    }

    static let seeds: [UInt64] = Array(1...60)

    /// Columns: g (text key, few values), j (numeric key), x (small integers: ties), y (decimals),
    /// t (text). About one cell in six is missing; some tables are empty, some have one row.
    static func table(seed: UInt64, rows: Int? = nil) -> Table {
        var random = Random(state: seed)
        let count = rows ?? [0, 1, 2, 7, 25, 60][random.below(6)]
        let words = ["Assen", "assen", "Émmen", "Zwolle", "Ëde", "a b"]
        let missingShare = seed % 7 == 0 ? 100 : 17  // now and then a column of nothing but missing cells
        func text(_ pool: Int) -> [String?] { (0..<count).map { _ in random.chance(missingShare) ? nil : words[random.below(pool)] } }
        func number(_ make: (inout Random) -> Double) -> [Double?] { (0..<count).map { _ in random.chance(17) ? nil : make(&random) } }
        return try! Table(columns: [
            Column("g", texts: text(3)),
            Column("j", numbers: number { Double(2011 + $0.below(3)) }),
            Column("x", numbers: number { Double($0.below(5)) - 2 }),
            Column("y", numbers: number { Double($0.below(1000)) / 8 }),
            Column("t", texts: text(6)),
        ])
    }

    static func expectEqual(_ engine: Table, _ reference: ReferenceVerbs.Rows, columns: [String], _ context: String) {
        #expect(engine.columnNames == columns, "\(context): columns")
        #expect(ReferenceVerbs.rows(engine) == reference, "\(context): cells")
    }

    @Test(arguments: seeds) func groupMatchesReference(seed: UInt64) throws {
        let table = Self.table(seed: seed)
        for keys in [[], ["g"], ["j"], ["g", "j"], ["x", "t", "j"]] {
            let aggregations = AggregateFunction.allCases.flatMap { function -> [Aggregation] in
                function == .count ? [Aggregation("n", .count, of: nil), Aggregation("count_t", .count, of: "t")]
                    : [.first, .last].contains(function) ? [Aggregation("\(function)_t", function, of: "t")]
                    : [Aggregation("\(function)_y", function, of: "y")]
            } + [Aggregation("first_y", .first, of: "y")]
            let grouped = try table.grouped(by: keys, aggregations)
            let reference = ReferenceVerbs.groups(table, by: keys).map { group in
                group.key + aggregations.map { aggregation in
                    ReferenceVerbs.aggregate(aggregation.function, aggregation.column.map { ReferenceVerbs.column(table, $0) }, rows: group.rows)
                }
            }
            Self.expectEqual(grouped, reference, columns: keys + aggregations.map(\.output), "seed \(seed), group by \(keys)")
        }
    }

    @Test(arguments: seeds) func sortMatchesReference(seed: UInt64) throws {
        let table = Self.table(seed: seed)
        for keys in [[SortKey("x")], [SortKey("g", descending: true), SortKey("y")], [SortKey("t"), SortKey("j", descending: true), SortKey("x")]] {
            let expected = ReferenceVerbs.sortedRows(table, by: keys).map { ReferenceVerbs.rows(table)[$0] }
            Self.expectEqual(try table.sorted(by: keys), expected, columns: table.columnNames, "seed \(seed), sort \(keys)")
        }
    }

    @Test(arguments: seeds) func joinMatchesReference(seed: UInt64) throws {
        let left = Self.table(seed: seed)
        let leftRows = ReferenceVerbs.rows(left)
        for keys in [["g"], ["j"], ["g", "j"]] {
            let right = try Self.table(seed: seed &* 31 &+ 7).selecting(keys + ["y"]).renaming([(from: "y", to: "z")])
            let rightRows = ReferenceVerbs.rows(right)
            for kind in JoinKind.allCases {
                let joined = try left.joined(right, on: keys, kind: kind)
                let extra = right.columnNames.indices.filter { !keys.contains(right.columnNames[$0]) }
                let expected = ReferenceVerbs.joinedRows(left, right, on: keys, kind: kind).map { pair in
                    leftRows[pair.0] + (kind == .anti ? [] : extra.map { position in pair.1.map { rightRows[$0][position] } ?? .missing })
                }
                let columns = left.columnNames + (kind == .anti ? [] : extra.map { right.columnNames[$0] })
                Self.expectEqual(joined, expected, columns: columns, "seed \(seed), \(kind) join on \(keys)")
            }
        }
    }

    @Test(arguments: seeds) func topAndRankPerGroupMatchReference(seed: UInt64) throws {
        let table = Self.table(seed: seed)
        let all = ReferenceVerbs.rows(table)
        for per in [[], ["g"], ["g", "j"]] {
            for key in [nil, SortKey("x", descending: true), SortKey("t"), SortKey("y", descending: false)] {
                for n in [0, 1, 2, 5] {
                    for ties in key == nil ? [false] : [false, true] {
                        let top = try table.top(n, per: per, by: key, keepingTies: ties)
                        let expected = ReferenceVerbs.top(table, n, per: per, by: key, ties: ties).map { all[$0] }
                        Self.expectEqual(top, expected, columns: table.columnNames, "seed \(seed), top \(n) per \(per) by \(String(describing: key)) ties \(ties)")
                    }
                }
            }
            for descending in [true, false] {
                let ranked = try table.ranked(by: "x", descending: descending, groupBy: per, into: "rang")
                #expect(ReferenceVerbs.column(ranked, "rang") == ReferenceVerbs.ranks(table, "x", descending: descending, per: per),
                        "seed \(seed), rank per \(per)")
            }
        }
    }

    @Test(arguments: seeds) func spreadMatchesReference(seed: UInt64) throws {
        // One row per (g, j) at most: take the first row of each combination.
        let base = try Self.table(seed: seed).top(1, per: ["g", "j"], by: nil).filtered { _ in true }
        guard !ReferenceVerbs.column(base, "j").contains(.missing) else {
            #expect(throws: TableError.self) { try base.spread(key: "j", values: ["x", "y"]) }
            return
        }
        let spread = try base.selecting(["g", "j", "x", "y"]).spread(key: "j", values: ["x", "y"])
        let years = ReferenceVerbs.groups(base, by: ["j"]).map(\.key[0])
        let expected = ReferenceVerbs.groups(base, by: ["g"]).map { group -> [Value] in
            let cells = ["x", "y"].flatMap { name in
                years.map { year in
                    group.rows.first { ReferenceVerbs.column(base, "j")[$0] == year }.map { ReferenceVerbs.column(base, name)[$0] } ?? .missing
                }
            }
            return group.key + cells
        }
        let names = ["g"] + ["x", "y"].flatMap { name in years.map { "\(name)_\($0)" } }
        Self.expectEqual(spread, expected, columns: names, "seed \(seed), spread")
    }

    /// Flow tables: places with missing names, flows within a place, missing counts, two periods.
    static func flows(seed: UInt64, textPeriods: Bool) -> Table {
        var random = Random(state: seed)
        let count = [0, 1, 9, 40, 120][random.below(5)]
        let places = ["P1", "P2", "P3", "P4", "Ärnhem"]
        func place() -> String? { random.chance(5) ? nil : places[random.below(5)] }
        let rows = (0..<count).map { _ in (place(), place(), 2015 + random.below(2), random.chance(15) ? nil : Double(random.below(50)) / (seed % 3 == 0 ? 4 : 1)) }
        return try! Table(columns: [
            Column("herkomst", texts: rows.map(\.0)),
            Column("bestemming", texts: rows.map(\.1)),
            textPeriods ? Column("jaar", texts: rows.map { "\($0.2)" }) : Column("jaar", numbers: rows.map { Double($0.2) }),
            Column("personen", numbers: rows.map(\.3)),
        ])
    }

    @Test(arguments: seeds) func balanceAndPartnersMatchReference(seed: UInt64) throws {
        let table = Self.flows(seed: seed, textPeriods: seed % 2 == 0)
        for period in [nil, "jaar"] {
            let balances = ReferenceVerbs.balances(table, period: period)
            let engine = try table.placeBalances(origin: "herkomst", destination: "bestemming", count: "personen", period: period, placeColumn: "plaats")
            let expected = balances.map { row in
                [row.place] + (period == nil ? [] : [row.period]) + [Value(row.inflow), Value(row.outflow), Value(row.inflow.flatMap { i in row.outflow.map { i - $0 } })]
            }
            Self.expectEqual(engine, expected, columns: ["plaats"] + (period.map { [$0] } ?? []) + ["instroom", "uitstroom", "saldo"], "seed \(seed), balance by \(String(describing: period))")

            let partners = try table.partnerFlows(origin: "herkomst", destination: "bestemming", count: "personen", period: period, placeColumn: "plaats")
            let expectedPartners = balances.flatMap { row in
                ReferenceVerbs.partners(table, of: row.place, period: period == nil ? nil : row.period, periodColumn: period).map { partner in
                    [row.place] + (period == nil ? [] : [row.period]) + [partner.partner, Value(partner.inflow), Value(partner.outflow),
                     Value(ReferenceVerbs.add(partner.inflow, partner.outflow)), Value(partner.inflow.flatMap { i in partner.outflow.map { i - $0 } })]
                }
            }
            Self.expectEqual(partners, expectedPartners, columns: ["plaats"] + (period.map { [$0] } ?? []) + ["partner", "instroom", "uitstroom", "totaal", "saldo"],
                             "seed \(seed), partners by \(String(describing: period))")
        }
        for place in ["P1", "Ärnhem", "Nergens"] {
            let engine = try table.partnerFlows(of: place, origin: "herkomst", destination: "bestemming", count: "personen")
            let expected = ReferenceVerbs.partners(table, of: .text(place), period: nil, periodColumn: nil).map { partner in
                [partner.partner, Value(partner.inflow), Value(partner.outflow), Value(ReferenceVerbs.add(partner.inflow, partner.outflow)),
                 Value(partner.inflow.flatMap { i in partner.outflow.map { i - $0 } })]
            }
            Self.expectEqual(engine, expected, columns: ["partner", "instroom", "uitstroom", "totaal", "saldo"], "seed \(seed), partners of \(place)")
        }
    }

    /// Balance and partners split over several threads list the same rows, stored the same way:
    /// grids split by keys (minimum 1) and, for small grids of whole counts, by rows (minimum 20).
    @Test(arguments: seeds) func balanceAndPartnersOnSeveralThreadsMatchOneThread(seed: UInt64) throws {
        let table = Self.flows(seed: seed, textPeriods: seed % 2 == 0)
        for threads in [Parallelism(ranges: 2 + Int(seed % 3), minimumPerRange: 1), Parallelism(ranges: 2 + Int(seed % 3), minimumPerRange: 20)] {
            for period in [nil, "jaar"] {
                for place in [nil, "P2", "Nergens"] where period == nil || place == nil {
                    let one = try table.partnerFlows(origin: "herkomst", destination: "bestemming", count: "personen", period: period,
                                                     onlyPlace: place, parallelism: .sequential)
                    let several = try table.partnerFlows(origin: "herkomst", destination: "bestemming", count: "personen", period: period,
                                                         onlyPlace: place, parallelism: threads)
                    #expect(one.columns.map(\.storage) == several.columns.map(\.storage), "seed \(seed), partners by \(String(describing: period)) of \(String(describing: place))")
                    #expect(one.columns.map(\.storageKind) == several.columns.map(\.storageKind))
                }
                let one = try table.placeBalances(origin: "herkomst", destination: "bestemming", count: "personen", period: period,
                                                  placeColumn: "plaats", parallelism: .sequential)
                let several = try table.placeBalances(origin: "herkomst", destination: "bestemming", count: "personen", period: period,
                                                      placeColumn: "plaats", parallelism: threads)
                #expect(one == several, "seed \(seed), balance by \(String(describing: period))")
            }
        }
    }

    @Test(arguments: seeds) func csvRoundTripKeepsEveryCell(seed: UInt64) throws {
        let table = Self.table(seed: seed)
        func field(_ value: Value) -> String {
            guard case .text(let text) = value else { return value.isMissing ? "" : value.description }
            return text.contains(" ") || seed % 3 == 0 ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
        }
        let lineEnd = seed % 2 == 0 ? "\r\n" : "\n"
        let csv = "# source: test\(lineEnd)" + table.columnNames.joined(separator: ",") + lineEnd
            + ReferenceVerbs.rows(table).map { $0.map(field).joined(separator: ",") + lineEnd }.joined()
        let read = try CSVReader.parse(csv, origin: "t.csv")
        #expect(read.columnNames == table.columnNames)
        for name in table.columnNames {
            // An all-missing column reads back as numeric: compare cells, which are missing either way.
            #expect(ReferenceVerbs.column(read, name) == ReferenceVerbs.column(table, name), "seed \(seed), column \(name)")
        }
    }

    @Test(arguments: seeds) func appendGatherAndSummariesMatchReference(seed: UInt64) throws {
        let table = Self.table(seed: seed), other = Self.table(seed: seed &+ 1000)
        let appended = try table.appending(try other.selecting(["t", "x", "g"]))
        let otherRows = ReferenceVerbs.rows(other)
        let expected = ReferenceVerbs.rows(table) + otherRows.map { [$0[0], .missing, $0[2], .missing, $0[4]] }
        Self.expectEqual(appended, expected, columns: table.columnNames, "seed \(seed), append")

        let gathered = try table.gathered(["x", "y"], into: "soort", value: "waarde")
        let expectedGathered = ReferenceVerbs.rows(table).flatMap { row in
            [[row[0], row[1], row[4], .text("x"), row[2]], [row[0], row[1], row[4], .text("y"), row[3]]]
        }
        Self.expectEqual(gathered, expectedGathered, columns: ["g", "j", "t", "soort", "waarde"], "seed \(seed), gather")

        let all = Array(0..<table.rowCount)
        for function in [AggregateFunction.sum, .mean, .min, .max, .count] {
            #expect(try table.column("y").summary(function) == ReferenceVerbs.aggregate(function, ReferenceVerbs.column(table, "y"), rows: all))
        }
        #expect(try table.column("t").summary(.count) == ReferenceVerbs.aggregate(.count, ReferenceVerbs.column(table, "t"), rows: all))
        // A text column has no fast numeric summary: the shared reduction decides (sum is an error, min and
        // max compare texts), never a silent missing.
        #expect(try table.column("t").summary(.sum) == nil)
        let texts = ReferenceVerbs.column(table, "t")
        if texts.contains(where: { !$0.isMissing }) {
            #expect(throws: TableError.self) { try AggregateFunction.sum.reduce(texts) }
        } else {
            #expect(try AggregateFunction.sum.reduce(texts) == .missing)
        }
    }

    /// Sparse key spaces use the hashed grid: it must list the same cells in the same order.
    @Test(arguments: seeds) func hashedAndDenseFlowGridsAgree(seed: UInt64) {
        var random = Random(state: seed)
        var dense = FlowCellGrid(size: 500, rows: 10), hashed = FlowCellGrid(size: 500, rows: 10, hashed: true)
        for _ in 0..<random.below(300) {
            let key = random.below(500), amount: Double? = random.chance(20) ? nil : Double(random.below(9))
            if random.chance(50) { dense.add(key, inflow: amount); hashed.add(key, inflow: amount) }
            else { dense.add(key, outflow: amount); hashed.add(key, outflow: amount) }
        }
        dense.finish(); hashed.finish()
        var fromDense: [[Double?]] = [], fromHashed: [[Double?]] = []
        dense.forEach { fromDense.append([Double($0), $1, $2]) }
        hashed.forEach { fromHashed.append([Double($0), $1, $2]) }
        #expect(fromDense == fromHashed)
        #expect(dense.cellCount == hashed.cellCount)
    }
}

extension Column {
    /// How the cells are stored, for tests that compare buffers and not only values.
    var storageKind: String {
        switch storage {
        case .texts: return "texts"
        case .numbers(let cells):
            if case .integers = cells.buffer { return "integers" }
            return "decimals"
        }
    }
}

extension EngineDifferentialTests {
    /// The partner groups' radix sort against the standard sort, with runs, duplicates and sorted input.
    @Test(arguments: seeds) func integerSortMatchesStandardSort(seed: UInt64) {
        var random = Random(state: seed)
        var sorter = IntegerSort()
        for _ in 0..<20 {
            let count = [0, 1, 2, 15, 16, 17, 40, 389, 1000][random.below(9)]
            let spread = [2, 50, 1 << 40, Int.max][random.below(4)]
            var keys = (0..<count).map { _ in UInt64(random.below(spread)) << (random.chance(50) ? 1 : 0) }
            if random.chance(20) { keys.sort() }
            if random.chance(20) { keys.reverse() }
            let expected = keys.sorted()
            keys.withUnsafeMutableBufferPointer { sorter.sort($0) }
            #expect(keys == expected, "seed \(seed), \(count) keys below \(spread)")
        }
    }
}

extension EngineDifferentialTests {
    /// The ties at the cut of `top n per … by key` against the reference: each group's rows in sorted
    /// order, the rows after the n-th that equal it, groups in order of their best row.
    @Test(arguments: seeds) func topCutsMatchReference(seed: UInt64) throws {
        let table = Self.table(seed: seed)
        for per in [[], ["g"], ["g", "j"]] {
            for key in [SortKey("x", descending: true), SortKey("t"), SortKey("x")] {
                for n in [0, 1, 2, 3] {
                    let values = ReferenceVerbs.column(table, key.column)
                    var expected: [(first: Int, cut: TopCut)] = []
                    for group in ReferenceVerbs.groups(table, by: per) {
                        let order = ReferenceVerbs.sortedRows(table.rows(group.rows), by: [key]).map { group.rows[$0] }
                        guard n > 0, n < order.count, !values[order[n - 1]].isMissing else { continue }
                        let outside = order[n...].prefix { values[$0] == values[order[n - 1]] }
                        if !outside.isEmpty { expected.append((order[0], TopCut(last: order[n - 1], outside: Array(outside)))) }
                    }
                    let position = try Dictionary(uniqueKeysWithValues: expected.map { ($0.first, try table.sortedPosition(of: $0.first, by: key)) })
                    let ordered = expected.sorted { position[$0.first]! < position[$1.first]! }.map(\.cut)
                    #expect(try table.topCuts(n, per: per, by: key) == ordered, "seed \(seed), top \(n) per \(per) by \(key)")
                }
            }
        }
    }

    /// A row's place in the sorted table, as the sort itself puts it.
    @Test(arguments: seeds) func sortedPositionMatchesTheSort(seed: UInt64) throws {
        let table = Self.table(seed: seed)
        for key in [SortKey("y", descending: true), SortKey("g")] {
            let order = try table.sortOrder(of: Array(0..<table.rowCount), by: [key])
            for (position, row) in order.enumerated() { #expect(try table.sortedPosition(of: row, by: key) == position) }
        }
    }
}
