import Testing
@testable import StreekCore

@Suite struct SortRankTests {
    @Test func sortIsStableWithMissingLastInBothDirections() throws {
        let table = try Table(columns: [
            Column("naam", texts: ["a", "b", "c", "d", "e"]),
            Column("x", numbers: [2, nil, 1, 2, 3]),
        ])
        let up = try table.sorted(by: [SortKey("x")])
        #expect(try up.column("naam").values == .texts(["c", "a", "d", "e", "b"]))
        let down = try table.sorted(by: [SortKey("x", descending: true)])
        #expect(try down.column("naam").values == .texts(["e", "a", "d", "c", "b"]))
    }

    @Test func secondKeyBreaksTies() throws {
        let table = try Table(columns: [
            Column("naam", texts: ["Zwolle", "Assen", "Emmen", nil]),
            Column("x", numbers: [5, 5, 7, 5]),
        ])
        let sorted = try table.sorted(by: [SortKey("x", descending: true), SortKey("naam")])
        #expect(try sorted.column("naam").values == .texts(["Emmen", "Assen", "Zwolle", nil]))
    }

    @Test func competitionRankingWithTies() throws {
        let table = try Table(columns: [Column("x", numbers: [10, 30, 20, 30, nil, 10])])
        let ranked = try table.ranked(by: "x", into: "rang")
        #expect(try ranked.column("rang").values == .numbers([4, 1, 3, 1, nil, 4]))
        let ascending = try table.ranked(by: "x", descending: false, into: "rang")
        #expect(try ascending.column("rang").values == .numbers([1, 4, 3, 4, nil, 1]))
    }

    @Test func rankOfSeedSaldo2016() throws {
        // Saldo 2016 from the seed (vestiging − vertrek): Tynaarlo +498 is the largest,
        // Midden-Drenthe −519 the smallest of the 12.
        let migration = try SeedFixtures.migration()
        let years = try migration.numbers("jaar")
        let year2016 = migration.filtered { years[$0] == 2016 }
        let saldo = try zip(year2016.numbers("vestiging"), year2016.numbers("vertrek")).map { $0! - $1! }
        let ranked = try year2016.setting(Column("saldo", numbers: saldo)).ranked(by: "saldo", into: "rang")
        #expect(ranked.value("rang", where: "gemeente", is: "Tynaarlo") == .number(1))
        #expect(ranked.value("rang", where: "gemeente", is: "Midden-Drenthe") == .number(12))
        #expect(ranked.value("saldo", where: "gemeente", is: "Midden-Drenthe") == .number(-519))
    }
}
