import Foundation
import Testing
@testable import StreekCore

@Suite struct FlowMatrixTests {
    static func matrix(_ csv: String, period: String? = "jaar") throws -> FlowMatrix {
        try FlowMatrix.parse(Data(csv.utf8), origin: "herkomst", destination: "bestemming",
                             period: period, count: "personen", name: "flows.csv")
    }

    /// The Table path's answer to "top n partners of every place in every period".
    static func genericTopPartners(_ table: Table, n: Int, period: String?) throws -> Table {
        let balances = try table.placeBalances(origin: "herkomst", destination: "bestemming", count: "personen", period: period)
        var result: Table?
        for row in 0..<balances.rowCount {
            let place = balances[row, "place"]!.text!
            var rows = table
            var periodColumn: [Column] = []
            if let period {
                let periodValue = balances[row, period]!
                let periods = try table.column(period)
                rows = table.filtered { periods[$0] == periodValue }
                periodColumn = [periods.picking([Int]()).named(period)]
            }
            let top = try rows.partnerFlows(of: place, origin: "herkomst", destination: "bestemming", count: "personen").top(n)
            var labelled = try Table(columns: [Column("place", texts: Array(repeating: place, count: top.rowCount))])
            if let period {
                labelled = try labelled.setting(Column(period, values: Array(repeating: balances[row, period]!, count: top.rowCount))
                    .keepingType(of: periodColumn[0]))
            }
            for column in top.columns { labelled = try labelled.setting(column) }
            result = try result.map { try $0.appending(labelled) } ?? labelled
        }
        return result!
    }

    static func expectSameAnswers(_ csv: String, n: Int, period: String? = "jaar") throws {
        let table = try CSVReader.parse(csv, origin: "flows.csv")
        let matrix = try matrix(csv, period: period)
        let generic = try table.placeBalances(origin: "herkomst", destination: "bestemming", count: "personen", period: period)
        #expect(matrix.balances().columns == generic.columns)
        #expect(try matrix.topPartners(n).columns == genericTopPartners(table, n: n, period: period).columns)
        #expect(matrix.metadata == table.metadata)
    }

    static let tricky = """
    \u{FEFF}# source: test
    # grain: finest
    # title: Kleine stroomtabel
    herkomst,bestemming,jaar,personen\r
    A,B,2016,5\r
    B,A,2016,3\r
    A,C,2016,\r
    C,A,2016,\r
    A,A,2016,100\r
    "D, Ltd",A,2016,2\r
    B,C,2011,7\r
    ,C,2011,9\r
    C,B,2011,7\r
    A,B,2016,1\r
    E,E,2011,50\r

    """

    @Test func sameAnswersAsTheTablePathOnEdgeCases() throws {
        try Self.expectSameAnswers(Self.tricky, n: 2)
        try Self.expectSameAnswers(Self.tricky, n: 10)
    }

    @Test func handChecked() throws {
        let matrix = try Self.matrix(Self.tricky)
        #expect(matrix.places == ["A", "B", "C", "D, Ltd"])  // E only moves within itself
        #expect(matrix.periods == ["2016", "2011"])
        let balances = matrix.balances()
        #expect(try balances.column("instroom").values == .numbers([5, 6, 7, nil, 7, nil]))
        #expect(balances[0, "uitstroom"] == .number(6))  // A→B 5+1; A→C missing
        #expect(balances[0, "saldo"] == .number(-1))
        let top = matrix.topPartners(1)
        #expect(top[0, "partner"] == .text("B"))
        #expect(top[0, "totaal"] == .number(9))
    }

    @Test func withoutPeriodAndWithTextPeriods() throws {
        try Self.expectSameAnswers(Self.tricky.replacingOccurrences(of: ",2016,", with: ",2011-2016,"), n: 3)
        let noPeriod = "herkomst,bestemming,personen\nA,B,1\nB,A,4\nB,C,2\n"
        try Self.expectSameAnswers(noPeriod, n: 5, period: nil)
    }

    @Test func hoogeveenTop15MatchesTheSeed() throws {
        var csv = "herkomst,bestemming,jaar,personen\n"
        for flow in SeedFixtures.hoogeveenPartners {
            csv += "\(flow.partner),Hoogeveen,2011-2016,\(Int(flow.toHoogeveen))\nHoogeveen,\(flow.partner),2011-2016,\(Int(flow.fromHoogeveen))\n"
        }
        let top = try Self.matrix(csv).topPartners(15)
        let hoogeveen = top.filtered { top[$0, "place"] == .text("Hoogeveen") }
        #expect(try hoogeveen.column("partner").texts == SeedFixtures.hoogeveenPartners.map(\.partner))
        #expect(hoogeveen[0, "totaal"] == .number(2104))
        #expect(hoogeveen.value("saldo", where: "partner", is: "Vlagtwedde") == .number(257))
        try Self.expectSameAnswers(csv, n: 15)
    }

    @Test func sameAnswersOnPseudoRandomTables() throws {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<5 {
            var csv = "herkomst,bestemming,jaar,personen\n"
            for _ in 0..<300 {
                let count = next(10) == 0 ? "" : String(next(40))  // some missing, some repeated pairs
                csv += "P\(next(12)),P\(next(12)),\(2010 + next(3)),\(count)\n"
            }
            try Self.expectSameAnswers(csv, n: 4)
        }
    }

    @Test func sameAnswersWhenTheMatrixGrowsPastItsFirstSize() throws {
        // 150 places (the accumulator starts with room for 64) and periods appearing late.
        var csv = "herkomst,bestemming,jaar,personen\n"
        for place in 0..<150 {
            csv += "Q\(place),Q\((place * 7 + 3) % 150),\(2000 + place % 6),\(place)\n"
            csv += "Q\((place * 11 + 5) % 150),Q\(place),\(2000 + place % 5),\(place % 9)\n"
        }
        try Self.expectSameAnswers(csv, n: 3)
    }

    @Test func errorsPointAtLineAndColumn() throws {
        let ragged = "herkomst,bestemming,jaar,personen\nA,B,1,2\nA,B,1\n"
        #expect(throws: CSVError(origin: "flows.csv", line: 3, column: 6, message: "expected 4 fields, found 3")) {
            try Self.matrix(ragged)
        }
        #expect(throws: CSVError(origin: "flows.csv", line: 3, column: 6, message: "expected 4 fields, found 3")) {
            try CSVReader.parse(ragged, origin: "flows.csv")  // both readers point at the same place
        }
        #expect(throws: CSVError(origin: "flows.csv", line: 2, column: 3, message: "unterminated quoted field")) {
            try Self.matrix("herkomst,bestemming,jaar,personen\nA,\"B,1,2\n")
        }
        #expect(throws: CSVError(origin: "flows.csv", line: 2, column: 7, message: "'x2' is not a number")) {
            try Self.matrix("herkomst,bestemming,jaar,personen\nA,B,1,x2\n")
        }
        #expect(throws: CSVError(origin: "flows.csv", line: 2, column: 5, message: "empty period")) {
            try Self.matrix("herkomst,bestemming,jaar,personen\nA,B,,2\n")
        }
        #expect(throws: TableError.unknownColumn("personen", suggestion: "persoonen")) {
            try Self.matrix("herkomst,bestemming,jaar,persoonen\nA,B,1,2\n")
        }
    }

    @Test func decimalCountsFallBackToTheGeneralParser() throws {
        let matrix = try Self.matrix("herkomst,bestemming,jaar,personen\nA,B,1,2.5\nA,B,1,-1e1\n")
        #expect(matrix.balances()[0, "uitstroom"] == .number(-7.5))
    }
}
