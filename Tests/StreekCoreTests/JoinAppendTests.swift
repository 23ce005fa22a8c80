import Testing
@testable import StreekCore

@Suite struct JoinAppendTests {
    let places = try! Table(columns: [
        Column("gemeente", texts: ["Assen", "Emmen", "Meppel", nil]),
        Column("jaar", numbers: [2016, 2016, 2016, 2016]),
    ], metadata: TableMetadata(sources: ["A"]))
    let population = try! Table(columns: [
        Column("gemeente", texts: ["Emmen", "Assen", "Assen", nil]),
        Column("inwoners", numbers: [107_000, 67_000, 67_100, 1]),
    ], metadata: TableMetadata(sources: ["B", "A"]))

    @Test func innerJoinFollowsLeftOrderAndAllMatches() throws {
        let joined = try places.joined(population, on: ["gemeente"])
        #expect(try joined.column("gemeente").values == .texts(["Assen", "Assen", "Emmen"]))
        #expect(try joined.column("inwoners").values == .numbers([67_000, 67_100, 107_000]))
        #expect(joined.columnNames == ["gemeente", "jaar", "inwoners"])
        #expect(joined.metadata.sources == ["A", "B"])
    }

    @Test func leftJoinKeepsUnmatchedRowsWithMissing() throws {
        let joined = try places.joined(population, on: ["gemeente"], kind: .left)
        #expect(try joined.column("gemeente").values == .texts(["Assen", "Assen", "Emmen", "Meppel", nil]))
        #expect(try joined.column("inwoners").values == .numbers([67_000, 67_100, 107_000, nil, nil]))
    }

    @Test func antiJoinKeepsOnlyUnmatchedLeftRows() throws {
        let joined = try places.joined(population, on: ["gemeente"], kind: .anti)
        #expect(try joined.column("gemeente").values == .texts(["Meppel", nil]))
        #expect(joined.columnNames == ["gemeente", "jaar"])
    }

    @Test func clashingColumnsAndMismatchedKeyTypesAreErrors() throws {
        let clash = try Table(columns: [Column("gemeente", texts: ["Assen"]), Column("jaar", numbers: [1])])
        #expect(throws: TableError.self) { try places.joined(clash, on: ["gemeente"]) }
        let textYear = try Table(columns: [Column("jaar", texts: ["2016"])])
        #expect(throws: TableError.self) { try places.joined(textYear, on: ["jaar"]) }
    }

    @Test func appendingMatchesByNameAndFillsMissing() throws {
        let top = try Table(columns: [Column("a", numbers: [1]), Column("b", texts: ["x"])])
        let bottom = try Table(columns: [Column("b", texts: ["y"]), Column("c", numbers: [3])])
        let both = try top.appending(bottom)
        #expect(both.columnNames == ["a", "b", "c"])
        #expect(try both.column("a").values == .numbers([1, nil]))
        #expect(try both.column("b").values == .texts(["x", "y"]))
        #expect(try both.column("c").values == .numbers([nil, 3]))
    }

    @Test func appendingNumberBelowTextGivesText() throws {
        let top = try Table(columns: [Column("a", texts: ["2011-2016"])])
        let bottom = try Table(columns: [Column("a", numbers: [2017])])
        #expect(try top.appending(bottom).column("a").values == .texts(["2011-2016", "2017"]))
    }
}

@Suite struct JoinRowLimitTests {
    /// 584 rows keyed by one of two values: a self-join multiplies rows (about 170,000 per level),
    /// and a third level would pass 50 million. The join stops before building them.
    @Test func aJoinThatMultipliesRowsStopsWithAnErrorNamingTheKeys() throws {
        let rows = 584
        let table = try Table(columns: [
            Column("soort", texts: (0..<rows).map { $0 % 2 == 0 ? "a" : "b" }),
            Column("n", numbers: (0..<rows).map(Double.init)),
        ])
        let twice = try table.joined(try table.renaming([(from: "n", to: "m")]), on: ["soort"])
        #expect(twice.rowCount == 2 * 292 * 292)
        do {
            _ = try twice.joined(try table.renaming([(from: "n", to: "k")]), on: ["soort"])
            Issue.record("expected the join to stop")
        } catch let error as TableError {
            #expect(error.description(in: .en).contains("join on soort would produce 49794176 rows, more than the limit of 5000000"))
            #expect(error.description(in: .en).contains("match 292 rows"))
            #expect(error.description.contains("join on soort zou 49794176 rijen opleveren, meer dan de grens van 5000000"))
        }
        #expect(throws: TableError.self) { try table.joined(table.renaming([(from: "n", to: "m")]), on: ["soort"], rowLimit: 1000) }
        // A lookup join of a large table stays well under its limit.
        let lookup = try Table(columns: [Column("soort", texts: ["a", "b"]), Column("naam", texts: ["A", "B"])])
        #expect(try twice.joined(lookup, on: ["soort"]).rowCount == twice.rowCount)
    }
}
