import Testing
@testable import StreekCore

@Suite struct ReshapeTests {
    @Test func spreadMakesValueMajorColumns() throws {
        let wide = try SeedFixtures.migration().spread(key: "jaar", values: ["vestiging", "vertrek"])
        #expect(wide.columnNames == ["gemeente", "vestiging_2011", "vestiging_2016", "vertrek_2011", "vertrek_2016"])
        #expect(wide.rowCount == 12)
        #expect(wide.value("vertrek_2016", where: "gemeente", is: "Midden-Drenthe") == .number(2243))
        #expect(wide.value("vestiging_2011", where: "gemeente", is: "Hoogeveen") == .number(1304))
    }

    @Test func spreadFillsAbsentCombinationsWithMissing() throws {
        let table = try Table(columns: [
            Column("g", texts: ["a", "a", "b"]),
            Column("jaar", numbers: [2011, 2016, 2016]),
            Column("x", numbers: [1, 2, 3]),
        ])
        let wide = try table.spread(key: "jaar", values: ["x"])
        #expect(try wide.column("x_2011").values == .numbers([1, nil]))
        #expect(try wide.column("x_2016").values == .numbers([2, 3]))
    }

    @Test func spreadRejectsDuplicateCells() throws {
        let table = try Table(columns: [
            Column("g", texts: ["a", "a"]), Column("jaar", numbers: [2011, 2011]), Column("x", numbers: [1, 2]),
        ])
        #expect(throws: TableError.self) { try table.spread(key: "jaar", values: ["x"]) }
    }

    @Test func gatherIsTheInverseOfSpread() throws {
        let wide = try SeedFixtures.migration().dropping(["vertrek"]).spread(key: "jaar", values: ["vestiging"])
        let long = try wide.gathered(["vestiging_2011", "vestiging_2016"], into: "kolom", value: "vestiging")
        #expect(long.columnNames == ["gemeente", "kolom", "vestiging"])
        #expect(long.rowCount == 24)
        #expect(long[0, "kolom"] == .text("vestiging_2011"))
        #expect(long[1, "vestiging"] == .number(1993))
        #expect(try long.column("vestiging").isNumeric)
    }

    @Test func gatherMixedColumnsGivesText() throws {
        let table = try Table(columns: [Column("a", numbers: [1]), Column("b", texts: ["x"])])
        let long = try table.gathered(["a", "b"], into: "k", value: "v")
        #expect(try long.column("v").values == .texts(["1", "x"]))
    }
}
