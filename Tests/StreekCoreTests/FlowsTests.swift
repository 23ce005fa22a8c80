import Testing
@testable import StreekCore

@Suite struct FlowsTests {
    @Test func hoogeveenPartnerFlowsMatchTheSeedTop15() throws {
        let flows = try SeedFixtures.hoogeveenFlows()
            .partnerFlows(of: "Hoogeveen", origin: "herkomst", destination: "bestemming", count: "personen")
        #expect(flows.columnNames == ["partner", "instroom", "uitstroom", "totaal", "saldo"])
        #expect(flows.rowCount == 15)  // the Hoogeveen→Hoogeveen row is not a partner
        #expect(flows[0, "partner"] == .text("De Wolden"))
        #expect(flows[0, "instroom"] == .number(966))
        #expect(flows[0, "uitstroom"] == .number(1138))
        #expect(flows[0, "totaal"] == .number(2104))
        #expect(flows[0, "saldo"] == .number(-172))
        #expect(flows.value("saldo", where: "partner", is: "Vlagtwedde") == .number(257))
        #expect(flows.value("totaal", where: "partner", is: "Groningen") == .number(1575))
        // The seed lists the partners by total, largest first; the computed order agrees.
        #expect(try flows.column("partner").texts == SeedFixtures.hoogeveenPartners.map(\.partner))
    }

    @Test func partnerFlowsSumsOverPeriodsAndBreaksTiesByName() throws {
        let table = try Table(columns: [
            Column("van", texts: ["A", "B", "A", "C", "A"]),
            Column("naar", texts: ["B", "A", "C", "A", "B"]),
            Column("n", numbers: [1, 2, 3, nil, 0]),
        ])
        let flows = try table.partnerFlows(of: "A", origin: "van", destination: "naar", count: "n")
        #expect(try flows.column("partner").values == .texts(["B", "C"]))  // totals 3 and 3: by name
        #expect(try flows.column("instroom").values == .numbers([2, nil]))  // C→A only missing
        #expect(try flows.column("uitstroom").values == .numbers([1, 3]))
        #expect(try flows.column("totaal").values == .numbers([3, 3]))
        #expect(try flows.column("saldo").values == .numbers([1, nil]))
    }

    /// Vestiging and vertrek of the seed's migration table written as flows between a
    /// municipality and the rest of the country ("overig").
    static func migrationAsFlows() throws -> Table {
        let migration = try SeedFixtures.migration()
        var from: [String?] = [], to: [String?] = [], years: [Double?] = [], persons: [Double?] = []
        for row in 0..<migration.rowCount {
            let place = migration[row, "gemeente"]!.text!, year = migration[row, "jaar"]!.number
            from += ["overig", place]; to += [place, "overig"]; years += [year, year]
            persons += [migration[row, "vestiging"]!.number, migration[row, "vertrek"]!.number]
        }
        from.append("Hoogeveen"); to.append("Hoogeveen"); years.append(2016); persons.append(999)
        return try Table(columns: [Column("herkomst", texts: from), Column("bestemming", texts: to),
                                   Column("jaar", numbers: years), Column("personen", numbers: persons)])
    }

    @Test func placeBalancesGiveSeedSaldi() throws {
        let balances = try Self.migrationAsFlows()
            .placeBalances(origin: "herkomst", destination: "bestemming", count: "personen", period: "jaar")
        #expect(balances.columnNames == ["place", "jaar", "instroom", "uitstroom", "saldo"])
        let years = try balances.numbers("jaar")
        let in2016 = balances.filtered { years[$0] == 2016 }
        #expect(in2016.value("saldo", where: "place", is: "Midden-Drenthe") == .number(-519))
        #expect(in2016.value("instroom", where: "place", is: "Midden-Drenthe") == .number(1724))
        #expect(in2016.value("saldo", where: "place", is: "Hoogeveen") == .number(-434))  // self-flow ignored
        #expect(in2016.value("saldo", where: "place", is: "Tynaarlo") == .number(498))
        let in2011 = balances.filtered { years[$0] == 2011 }
        #expect(in2011.value("saldo", where: "place", is: "Hoogeveen") == .number(-159))
        // "overig" receives what the 12 municipalities lose: its 2011 instroom is the
        // Drenthe vertrek total, 16.600.
        #expect(in2011.value("instroom", where: "place", is: "overig") == .number(16600))
    }

    @Test func placeBalancesWithoutPeriodAndMissingDirections() throws {
        let table = try Table(columns: [
            Column("van", texts: ["A", "B", "A"]), Column("naar", texts: ["B", "C", "B"]),
            Column("n", numbers: [5, 2, nil]),
        ])
        let balances = try table.placeBalances(origin: "van", destination: "naar", count: "n", placeColumn: "gemeente")
        #expect(balances.columnNames == ["gemeente", "instroom", "uitstroom", "saldo"])
        #expect(try balances.column("gemeente").values == .texts(["A", "B", "C"]))
        #expect(try balances.column("instroom").values == .numbers([nil, 5, 2]))
        #expect(try balances.column("uitstroom").values == .numbers([5, 2, nil]))
        #expect(try balances.column("saldo").values == .numbers([nil, 3, nil]))
    }
}

extension FlowsTests {
    /// Whole counts whose sums pass 32 bits: the sums are exact (stored as decimals).
    @Test func partnerSumsBeyondThirtyTwoBitsStayExact() throws {
        let table = try Table(columns: [
            Column("van", texts: ["A", "A", "B", "C"]),
            Column("naar", texts: ["B", "B", "A", "A"]),
            Column("n", numbers: [2_000_000_000, 2_000_000_000, 5, 7]),
        ])
        let partners = try table.partnerFlows(origin: "van", destination: "naar", count: "n", period: nil, onlyPlace: nil,
                                              parallelism: Parallelism(ranges: 2, minimumPerRange: 1))
        #expect(try partners.column("partner").values == .texts(["B", "C", "A", "A"]))
        #expect(try partners.column("instroom").values == .numbers([5, 7, 4_000_000_000, nil]))
        #expect(try partners.column("uitstroom").values == .numbers([4_000_000_000, nil, 5, 7]))
        #expect(try partners.column("totaal").values == .numbers([4_000_000_005, 7, 4_000_000_005, 7]))
        #expect(try partners.column("saldo").values == .numbers([-3_999_999_995, nil, 3_999_999_995, nil]))
        #expect(try ["instroom", "uitstroom", "totaal", "saldo"].map { try partners.column($0).storageKind } == Array(repeating: "decimals", count: 4))
    }
}
