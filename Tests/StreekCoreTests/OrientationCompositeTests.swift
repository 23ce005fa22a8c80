import Testing
@testable import StreekCore

@Suite struct OrientationTests {
    /// Shares of working residents by work municipality. The source publishes only the
    /// resulting names (Hoogeveen: 2e Emmen/Meppel, 3e Zwolle), not these shares, so the
    /// numbers here are made up to produce that pattern.
    static func workShares() throws -> Table {
        try Table(columns: [
            Column("woon", texts: ["Hoogeveen", "Hoogeveen", "Hoogeveen", "Hoogeveen", "Hoogeveen", "Assen", "Assen", "Assen"]),
            Column("werk", texts: ["Hoogeveen", "Meppel", "Emmen", "Zwolle", "Assen", "Assen", "Groningen", "Midden-Drenthe"]),
            Column("pct", numbers: [55, 5.8, 6.0, 4.1, nil, 60, 14, 5]),
        ])
    }

    @Test func nearTiesAreJoinedAndOwnIsRankOne() throws {
        let ranks = try Self.workShares().orientationRanks(
            origin: "woon", destination: "werk", value: "pct", ranks: [2, 3], tolerance: 0.5, excludeOwn: true)
        #expect(ranks.columnNames == ["woon", "rang_2", "rang_3"])
        #expect(try ranks.column("rang_2").values == .texts(["Emmen/Meppel", "Groningen"]))
        #expect(try ranks.column("rang_3").values == .texts(["Zwolle", "Midden-Drenthe"]))
    }

    @Test func withoutToleranceOrOwnExclusion() throws {
        let ranks = try Self.workShares().orientationRanks(
            origin: "woon", destination: "werk", value: "pct", ranks: [1, 2, 4], tolerance: 0, excludeOwn: false)
        #expect(try ranks.column("rang_1").values == .texts(["Hoogeveen", "Assen"]))
        #expect(try ranks.column("rang_2").values == .texts(["Emmen", "Groningen"]))
        #expect(try ranks.column("rang_4").values == .texts(["Zwolle", nil]))
        #expect(throws: TableError.self) {
            try Self.workShares().orientationRanks(origin: "woon", destination: "werk", value: "pct", ranks: [1], excludeOwn: true)
        }
    }

    @Test func tieGroupsDoNotChain() throws {
        let table = try Table(columns: [
            Column("o", texts: ["X", "X", "X"]), Column("d", texts: ["A", "B", "C"]), Column("v", numbers: [10, 9.6, 9.2]),
        ])
        let ranks = try table.orientationRanks(origin: "o", destination: "d", value: "v", ranks: [1, 2], tolerance: 0.5, excludeOwn: false)
        #expect(ranks[0, "rang_1"] == .text("A/B"))
        #expect(ranks[0, "rang_2"] == .text("C"))  // 9.2 is within 0.5 of B but not of A
    }
}

@Suite struct CompositeTests {
    @Test func elementsNormalisedByMaximumThenAveraged() throws {
        let table = try Table(columns: [
            Column("paar", texts: ["a", "b", "c"]),
            Column("werk", numbers: [200, 100, 0]),
            Column("verhuizing", numbers: [10, 40, nil]),
        ])
        let scored = try table.compositeScore(of: ["werk", "verhuizing"], into: "score")
        // a: (100 + 25) / 2; b: (50 + 100) / 2; c: only werk, 0.
        #expect(try scored.column("score").values == .numbers([62.5, 75, 0]))
    }

    @Test func allMissingZeroMaximumAndNegatives() throws {
        let table = try Table(columns: [Column("x", numbers: [nil, 0]), Column("y", numbers: [nil, 0])])
        #expect(try table.compositeScore(of: ["x", "y"], into: "s").column("s").values == .numbers([nil, 0]))
        let negative = try Table(columns: [Column("x", numbers: [-1, 2])])
        #expect(throws: TableError.self) { try negative.compositeScore(of: ["x"], into: "s") }
        #expect(throws: TableError.self) { try negative.compositeScore(of: [], into: "s") }
    }
}
