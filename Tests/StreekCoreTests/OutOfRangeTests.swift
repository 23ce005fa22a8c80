import Testing
@testable import StreekCore

/// Figures beyond a Double's range in data (issue 16): missing, never infinity, and no trap downstream.
@Suite("Out-of-range figures in data")
struct OutOfRangeTests {
    @Test func aFigureBeyondDoubleRangeIsMissing() throws {
        let table = try CSVReader.parse("gemeente,banen\nAssen,1e309\nEmmen,-1e400\nBeilen,12\n", origin: "t.csv")
        #expect(try table.column("banen").isNumeric)
        #expect(table[0, "banen"] == .missing)
        #expect(table[1, "banen"] == .missing)
        #expect(table[2, "banen"] == .number(12))
    }

    @Test func percentagesOfATotalTooLargeToHoldAreAnError() throws {
        let table = try CSVReader.parse("gemeente,banen\nAssen,1e308\nEmmen,1e308\n", origin: "t.csv")
        #expect(throws: TableError.self) { try table.percentages(of: "banen", into: "aandeel") }
    }

    @Test func aMergerYearOutOfRangeIsAnError() throws {
        let municipalities = try CSVReader.parse("code,naam,provincie,ring\nGM0001,A,Drenthe,stad\n", origin: "g.csv")
        let mergers = try CSVReader.parse("jaar,oude_code,oude_naam,nieuwe_code,nieuwe_naam\n1e300,GM0001,A,GM0002,B\n", origin: "h.csv")
        #expect(throws: GeographyError.self) { try Geography.load(municipalities: municipalities, mergers: mergers) }
    }
}
