import Testing
@testable import StreekCore

@Suite struct GeographyTests {
    /// A few real CBS municipality codes, and the 2018 merger of Vlagtwedde and Bellingwedde
    /// into Westerwolde.
    static func registry() throws -> Geography {
        let municipalities = try CSVReader.parse("""
        code,naam,provincie,ring
        GM0106,Assen,Drenthe,stad
        GM0118,Hoogeveen,Drenthe,stad
        GM1690,De Wolden,Drenthe,overig_drenthe
        GM0014,Groningen,Groningen,ruime_regio
        GM0007,Bellingwedde,Groningen,ruime_regio
        GM0047,Vlagtwedde,Groningen,ruime_regio
        GM1950,Westerwolde,Groningen,ruime_regio
        GM0363,Amsterdam,Noord-Holland,elders
        """, origin: "gemeenten.csv")
        let mergers = try CSVReader.parse("""
        jaar,van_code,naar_code,naar_naam
        2018,GM0007,GM1950,Westerwolde
        2018,GM0047,GM1950,Westerwolde
        """, origin: "herindelingen.csv")
        return try Geography.load(municipalities: municipalities, mergers: mergers)
    }

    @Test func exactNameAndCodeLookup() throws {
        let geography = try Self.registry()
        #expect(try geography.municipality(named: "Hoogeveen").code == "GM0118")
        #expect(geography.municipality(code: "GM1690")?.name == "De Wolden")
        #expect(geography.municipality(code: "GM9999") == nil)
        #expect(try geography.municipality(named: "De Wolden").ring == .restOfDrenthe)
        #expect(geography.mergers == [Merger(year: 2018, fromCodes: ["GM0007", "GM0047"], toCode: "GM1950", toName: "Westerwolde")])
    }

    @Test func unknownNameSuggestsClosest() throws {
        let geography = try Self.registry()
        #expect(throws: GeographyError.unknownMunicipality("Hoogeven", suggestion: "Hoogeveen")) {
            try geography.municipality(named: "Hoogeven")
        }
        #expect(GeographyError.unknownMunicipality("Hoogeven", suggestion: "Hoogeveen").description
                == "unknown municipality 'Hoogeven'; did you mean 'Hoogeveen'?")
        #expect(throws: GeographyError.unknownMunicipality("hoogeveen", suggestion: "Hoogeveen")) {
            try geography.municipality(named: "hoogeveen")  // exact: case matters
        }
    }

    @Test func successorFollowsMergersByYear() throws {
        let geography = try Self.registry()
        #expect(geography.successor(ofCode: "GM0047", asOf: 2017) == "GM0047")
        #expect(geography.successor(ofCode: "GM0047", asOf: 2018) == "GM1950")
        #expect(geography.successor(ofCode: "GM0118", asOf: 2018) == "GM0118")
    }

    @Test func alignedRenamesAndSumsMergedRows() throws {
        let geography = try Self.registry()
        let flows = try Table(columns: [
            Column("partner", texts: ["Vlagtwedde", "Bellingwedde", "De Wolden", "Vlagtwedde"]),
            Column("jaar", numbers: [2016, 2016, 2016, 2015]),
            Column("personen", numbers: [294, 6, 966, nil]),
        ])
        let (aligned, notes) = try geography.aligned(flows, column: "partner", toYear: 2018)
        #expect(aligned.columnNames == ["partner", "jaar", "personen"])
        #expect(try aligned.column("partner").values == .texts(["Westerwolde", "De Wolden", "Westerwolde"]))
        #expect(try aligned.column("jaar").values == .numbers([2016, 2016, 2015]))
        #expect(try aligned.column("personen").values == .numbers([300, 966, nil]))
        #expect(notes == ["Vlagtwedde en Bellingwedde opgeteld bij Westerwolde (herindeling 2018)"])

        let (unchanged, none) = try geography.aligned(flows, column: "partner", toYear: 2017)
        #expect(unchanged == flows)
        #expect(none.isEmpty)
    }

    @Test func alignedKeepsCodesAsCodes() throws {
        let geography = try Self.registry()
        let table = try Table(columns: [Column("code", texts: ["GM0047", "GM0007"]), Column("n", numbers: [1, 2])])
        let (aligned, _) = try geography.aligned(table, column: "code", toYear: 2020)
        #expect(try aligned.column("code").values == .texts(["GM1950"]))
        #expect(try aligned.column("n").values == .numbers([3]))
    }

    @Test func annotatedAddsCodeProvinceAndRing() throws {
        let geography = try Self.registry()
        let table = try Table(columns: [Column("gemeente", texts: ["Assen", nil, "Amsterdam"])])
        let annotated = try geography.annotated(table, column: "gemeente")
        #expect(try annotated.column("gemeente_code").values == .texts(["GM0106", nil, "GM0363"]))
        #expect(try annotated.column("gemeente_provincie").values == .texts(["Drenthe", nil, "Noord-Holland"]))
        #expect(try annotated.column("gemeente_ring").values == .texts(["stad", nil, "elders"]))
        let typo = try Table(columns: [Column("gemeente", texts: ["Asen"])])
        #expect(throws: GeographyError.unknownMunicipality("Asen", suggestion: "Assen")) {
            try geography.annotated(typo, column: "gemeente")
        }
    }

    @Test func invalidRegistriesAreRejected() throws {
        let duplicate = [Municipality(code: "GM1", name: "A", province: "P", ring: .city),
                         Municipality(code: "GM1", name: "B", province: "P", ring: .city)]
        #expect(throws: GeographyError.self) { try Geography(municipalities: duplicate, mergers: []) }
        let dangling = [Merger(year: 2018, fromCodes: ["GM2"], toCode: "GM1", toName: "A")]
        #expect(throws: GeographyError.self) { try Geography(municipalities: [duplicate[0]], mergers: dangling) }
        let badRing = try CSVReader.parse("code,naam,provincie,ring\nGM1,A,P,centrum\n", origin: "g.csv")
        let noMergers = try Table(columns: [Column("jaar", numbers: []), Column("van_code", texts: []),
                                            Column("naar_code", texts: []), Column("naar_naam", texts: [])])
        #expect(throws: GeographyError.self) { try Geography.load(municipalities: badRing, mergers: noMergers) }
        #expect(Ring(label: "restOfDrenthe") == .restOfDrenthe)
    }
}
