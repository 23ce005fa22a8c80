import Testing
@testable import StreekCore

@Suite struct TotalsTests {
    @Test func totalsRowSumsSeedVestiging() throws {
        let migration = try SeedFixtures.migration()
        let years = try migration.numbers("jaar")
        let year2011 = migration.filtered { years[$0] == 2011 }
        let withTotal = try year2011.withTotalsRow(label: "Drenthe totaal", columns: ["vestiging", "vertrek"])
        #expect(withTotal.rowCount == 13)
        #expect(withTotal[12, "gemeente"] == .text("Drenthe totaal"))
        #expect(withTotal[12, "vestiging"] == .number(15761))
        #expect(withTotal[12, "vertrek"] == .number(16600))
        #expect(withTotal[12, "jaar"] == .missing)  // not asked for: summing years means nothing
    }

    @Test func totalsIgnoreMissingAndAllMissingStaysMissing() throws {
        let table = try Table(columns: [
            Column("naam", texts: ["a", "b"]),
            Column("x", numbers: [1, nil]),
            Column("y", numbers: [nil, nil]),
            Column("z", numbers: [0, 0]),
        ])
        let total = try table.withTotalsRow(label: "totaal")
        #expect(total[2, "x"] == .number(1))
        #expect(total[2, "y"] == .missing)
        #expect(total[2, "z"] == .number(0))
    }

    @Test func totalsNeedATextLabelColumn() throws {
        let numbersOnly = try Table(columns: [Column("x", numbers: [1])])
        #expect(throws: TableError.self) { try numbersOnly.withTotalsRow(label: "t") }
        #expect(throws: TableError.self) { try numbersOnly.withTotalsRow(label: "t", labelColumn: "x") }
    }
}

@Suite struct PercentagesTests {
    @Test func largestRemainderAddsUpWhereNaiveRoundingDoesNot() throws {
        // 1/3 each: naive rounding gives 33+33+33 = 99; largest remainder gives the spare
        // point to the earliest of the tied rows.
        let table = try Table(columns: [Column("n", numbers: [1, 1, 1])])
        let shares = try table.percentages(of: "n", into: "pct")
        #expect(try shares.column("pct").values == .numbers([34, 33, 33]))
    }

    @Test func largestRemainderGoesToTheLargestFraction() throws {
        // 2/7, 2/7, 3/7 = 28.571…, 28.571…, 42.857…: floors 28 + 28 + 42 = 98; the two
        // spare points go to the largest remainders, .857 (row 3) then .571 (row 1, the
        // earlier of the tie). Naive rounding would give 29 + 29 + 43 = 101.
        let table = try Table(columns: [Column("n", numbers: [2, 2, 3])])
        let shares = try table.percentages(of: "n", into: "pct")
        #expect(try shares.column("pct").values == .numbers([29, 28, 43]))
        let naive = [2.0, 2, 3].map { ($0 / 7 * 100).rounded() }.reduce(0, +)
        #expect(naive == 101)  // why the rule is needed
    }

    @Test func decimalsAndMissing() throws {
        let table = try Table(columns: [Column("n", numbers: [1, nil, 1, 1])])
        let shares = try table.percentages(of: "n", into: "pct", decimals: 1)
        #expect(try shares.column("pct").values == .numbers([33.4, nil, 33.3, 33.3]))
    }

    @Test func zeroTotalAndNegativeValues() throws {
        let zeros = try Table(columns: [Column("n", numbers: [0, 0])])
        #expect(try zeros.percentages(of: "n", into: "p").column("p").values == .numbers([nil, nil]))
        let negative = try Table(columns: [Column("n", numbers: [5, -1])])
        #expect(throws: TableError.self) { try negative.percentages(of: "n", into: "p") }
    }
}
