import Testing
@testable import StreekCore

@Suite struct GroupTests {
    @Test func drentheVestiging2011SumsTo15761() throws {
        // Seed: "Drenthe totaal" vestiging 2011 = 15.761, 2016 = 21.784; vertrek 16.600 and 21.622.
        let totals = try SeedFixtures.migration().grouped(by: ["jaar"], [
            Aggregation("vestiging", .sum, of: "vestiging"),
            Aggregation("vertrek", .sum, of: "vertrek"),
            Aggregation("gemeenten", .count, of: nil),
        ])
        #expect(try totals.column("jaar").values == .numbers([2011, 2016]))
        #expect(try totals.column("vestiging").values == .numbers([15761, 21784]))
        #expect(try totals.column("vertrek").values == .numbers([16600, 21622]))
        #expect(try totals.column("gemeenten").values == .numbers([12, 12]))
    }

    @Test func allMissingGroupGivesMissingNotZero() throws {
        let table = try Table(columns: [
            Column("g", texts: ["a", "a", "b", "b", "c"]),
            Column("x", numbers: [1, nil, nil, nil, 4]),
        ])
        let result = try table.grouped(by: ["g"], [
            Aggregation("sum", .sum, of: "x"), Aggregation("mean", .mean, of: "x"),
            Aggregation("min", .min, of: "x"), Aggregation("max", .max, of: "x"),
            Aggregation("n", .count, of: "x"), Aggregation("rows", .count, of: nil),
            Aggregation("median", .median, of: "x"),
        ])
        #expect(try result.column("sum").values == .numbers([1, nil, 4]))
        #expect(try result.column("mean").values == .numbers([1, nil, 4]))
        #expect(try result.column("min").values == .numbers([1, nil, 4]))
        #expect(try result.column("max").values == .numbers([1, nil, 4]))
        #expect(try result.column("median").values == .numbers([1, nil, 4]))
        #expect(try result.column("n").values == .numbers([1, 0, 1]))
        #expect(try result.column("rows").values == .numbers([2, 2, 1]))
    }

    @Test func meanMedianFirstLast() throws {
        let table = try Table(columns: [
            Column("g", texts: ["a", "a", "a", "a"]),
            Column("x", numbers: [4, 1, 3, 10]),
            Column("t", texts: [nil, "p", "q", nil]),
        ])
        let result = try table.grouped(by: ["g"], [
            Aggregation("mean", .mean, of: "x"), Aggregation("median", .median, of: "x"),
            Aggregation("first", .first, of: "t"), Aggregation("last", .last, of: "t"),
            Aggregation("firstx", .first, of: "x"),
        ])
        #expect(result[0, "mean"] == .number(4.5))
        #expect(result[0, "median"] == .number(3.5))
        #expect(result[0, "first"] == .text("p"))
        #expect(result[0, "last"] == .text("q"))
        #expect(try result.column("firstx").isNumeric)
    }

    @Test func groupsKeepFirstAppearanceOrder() throws {
        let grouped = try SeedFixtures.migration().grouped(by: ["gemeente"], [Aggregation("n", .count, of: nil)])
        #expect(grouped.rowCount == 12)
        #expect(grouped[0, "gemeente"] == .text("Hoogeveen"))
        #expect(grouped[11, "gemeente"] == .text("De Wolden"))
    }

    @Test func sumOfTextColumnAndCountlessAggregationAreErrors() throws {
        let table = try SeedFixtures.migration()
        #expect(throws: TableError.notNumeric("gemeente")) {
            try table.grouped(by: ["jaar"], [Aggregation("x", .sum, of: "gemeente")])
        }
        #expect(throws: TableError.self) { try table.grouped(by: ["jaar"], [Aggregation("x", .sum, of: nil)]) }
    }
}

@Suite("Shared summaries")
struct SharedSummaryTests {
    @Test func minAndMaxOfTextsAndMixedCells() throws {
        #expect(try AggregateFunction.min.reduce([.text("Emmen"), .missing, .text("Assen")]) == .text("Assen"))
        #expect(try AggregateFunction.max.reduce([.text("Emmen"), .text("Assen")]) == .text("Emmen"))
        #expect(throws: TableError.self) { try AggregateFunction.max.reduce([.text("Emmen"), .number(3)]) }
        #expect(try AggregateFunction.min.reduce([.missing]) == .missing)
    }

    @Test func listJoinsPresentCells() throws {
        #expect(try AggregateFunction.list.reduce([.text("A"), .missing, .number(2016)]) == .text("A, 2016"))
        #expect(try AggregateFunction.list.reduce([.missing]) == .missing)
        #expect(try AggregateFunction.median.reduce([.number(1), .number(4), .number(2), .number(10)]) == .number(3))
    }
}
