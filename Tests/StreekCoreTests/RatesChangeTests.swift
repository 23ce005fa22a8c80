import Testing
@testable import StreekCore

@Suite struct RatesChangeTests {
    @Test func rateAndShareAreMissingAware() throws {
        let table = try Table(columns: [
            Column("n", numbers: [80, 5, nil, 3]),
            Column("of", numbers: [40_000, 0, 10, 12]),
        ])
        let rated = try table.rate(of: "n", per: "of", into: "per_1000").share(of: "n", in: "of", into: "pct")
        #expect(try rated.column("per_1000").values == .numbers([2, nil, nil, 250]))
        #expect(try rated.column("pct").values == .numbers([0.2, nil, nil, 25]))
    }

    @Test func changeOfSeedVestiging() throws {
        // Hoogeveen vestiging 1.304 (2011) → 1.993 (2016): +689, +52.8%.
        let wide = try SeedFixtures.migration().spread(key: "jaar", values: ["vestiging", "vertrek"])
        let changed = try wide.change(from: "vestiging_2011", to: "vestiging_2016", absoluteInto: "verschil", percentInto: "procent")
        #expect(changed.value("verschil", where: "gemeente", is: "Hoogeveen") == .number(689))
        let percent = try #require(changed.value("procent", where: "gemeente", is: "Hoogeveen")?.number)
        #expect(abs(percent - 52.837) < 0.001)
        // "more than 600 more": Hoogeveen +689, Assen +966, Midden-Drenthe +632, Westerveld +638
        // (Emmen +579 and Tynaarlo +596 stay below).
        let bigRises = try changed.filtered(where: "verschil", exceeds: 600)
        #expect(try bigRises.column("gemeente").texts == ["Hoogeveen", "Assen", "Midden-Drenthe", "Westerveld"])
        #expect(throws: TableError.self) { try wide.change(from: "vestiging_2011", to: "vestiging_2016") }
    }

    @Test func changeWithMissingAndZeroBase() throws {
        let table = try Table(columns: [Column("a", numbers: [0, nil, 4]), Column("b", numbers: [5, 1, 2])])
        let changed = try table.change(from: "a", to: "b", absoluteInto: "abs", percentInto: "pct")
        #expect(try changed.column("abs").values == .numbers([5, nil, -2]))
        #expect(try changed.column("pct").values == .numbers([nil, nil, -50]))
        let magnitude = try changed.filtered(where: "abs", exceeds: 1, inMagnitude: true)
        #expect(try magnitude.column("abs").values == .numbers([5, -2]))
    }

    @Test func indexWithBaseYearPerGroup() throws {
        let indexed = try SeedFixtures.migration()
            .indexed(column: "vestiging", period: "jaar", base: 2011, groupBy: ["gemeente"], into: "index")
        let years = try indexed.numbers("jaar")
        #expect(try indexed.filtered { years[$0] == 2011 }.rows([0]).column("index").values == .numbers([100]))
        let in2016 = indexed.filtered { years[$0] == 2016 }
        let westerveld = try #require(in2016.value("index", where: "gemeente", is: "Westerveld")?.number)
        #expect(abs(westerveld - 1334.0 / 696 * 100) < 1e-9)
    }

    @Test func indexMissingWithoutBaseAndErrorOnDuplicateBase() throws {
        let table = try Table(columns: [
            Column("g", texts: ["a", "a", "b"]), Column("jaar", texts: ["2011-2016", "2017", "2017"]),
            Column("x", numbers: [50, 75, 9]),
        ])
        let indexed = try table.indexed(column: "x", period: "jaar", base: "2011-2016", groupBy: ["g"], into: "i")
        #expect(try indexed.column("i").values == .numbers([100, 150, nil]))
        #expect(throws: TableError.self) { try table.indexed(column: "x", period: "g", base: "a", into: "i") }
    }
}
