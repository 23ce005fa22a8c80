import Foundation
import Testing
@testable import StreekCore

@Suite struct GeographyTests {
    /// A few rows in the layout of Data/geografie (CBS codes of 2016; Vlagtwedde and
    /// Bellingwedde merged into Westerwolde in 2018, Haren into Groningen in 2019).
    static func registry() throws -> Geography {
        let municipalities = try CSVReader.parse("""
        code,naam,provincie,ring,in_quickscan
        GM0106,Assen,Drenthe,stad,ja
        GM0118,Hoogeveen,Drenthe,stad,ja
        GM1690,De Wolden,Drenthe,drenthe,ja
        GM0014,Groningen,Groningen,ruime_regio,ja
        GM0017,Haren,Groningen,ruime_regio,ja
        GM0007,Bellingwedde,Groningen,ruime_regio,nee
        GM0048,Vlagtwedde,Groningen,ruime_regio,ja
        GM0018,Hoogezand-Sappemeer,Groningen,ruime_regio,ja
        GM0363,Amsterdam,Noord-Holland,overig,ja
        """, origin: "gemeenten.csv")
        let mergers = try CSVReader.parse("""
        jaar,oude_code,oude_naam,nieuwe_code,nieuwe_naam
        2018,GM0048,Vlagtwedde,GM1950,Westerwolde
        2018,GM0007,Bellingwedde,GM1950,Westerwolde
        2019,GM0014,Groningen,GM0014,Groningen
        2019,GM0017,Haren,GM0014,Groningen
        """, origin: "herindelingen.csv")
        let aliases = try CSVReader.parse("alias,naam\nHoogezand,Hoogezand-Sappemeer\n", origin: "alias.csv")
        return try Geography.load(municipalities: municipalities, mergers: mergers, aliases: aliases)
    }

    @Test func exactNameAndCodeLookup() throws {
        let geography = try Self.registry()
        #expect(try geography.municipality(named: "Hoogeveen").code == "GM0118")
        #expect(geography.municipality(code: "GM1690")?.name == "De Wolden")
        #expect(geography.municipality(code: "GM9999") == nil)
        #expect(try geography.municipality(named: "De Wolden").ring == .restOfDrenthe)
        #expect(geography.mergers.first == Merger(year: 2018, fromCodes: ["GM0048", "GM0007"], toCode: "GM1950", toName: "Westerwolde"))
        // Westerwolde is not in the 2016 registry: the merger adds it, in Vlagtwedde's province and ring.
        #expect(geography.municipality(code: "GM1950") == Municipality(code: "GM1950", name: "Westerwolde", province: "Groningen", ring: .widerNorth))
        #expect(try geography.municipality(named: "Hoogezand").code == "GM0018")  // alias
    }

    @Test func unknownNameSuggestsClosest() throws {
        let geography = try Self.registry()
        #expect(throws: GeographyError.unknownMunicipality("Hoogeven", suggestion: "Hoogeveen")) {
            try geography.municipality(named: "Hoogeven")
        }
        #expect(GeographyError.unknownMunicipality("Hoogeven", suggestion: "Hoogeveen").description(in: .en)
                == "unknown municipality 'Hoogeven'; did you mean 'Hoogeveen'?")
        #expect(GeographyError.unknownMunicipality("Hoogeven", suggestion: "Hoogeveen").description
                == "onbekende gemeente 'Hoogeven'; bedoelt u 'Hoogeveen'?")
        #expect(throws: GeographyError.unknownMunicipality("hoogeveen", suggestion: "Hoogeveen")) {
            try geography.municipality(named: "hoogeveen")  // exact: case matters
        }
    }

    @Test func successorFollowsMergersByYear() throws {
        let geography = try Self.registry()
        #expect(geography.successor(ofCode: "GM0048", asOf: 2017) == "GM0048")
        #expect(geography.successor(ofCode: "GM0048", asOf: 2018) == "GM1950")
        #expect(geography.successor(ofCode: "GM0118", asOf: 2018) == "GM0118")
        #expect(geography.successor(ofCode: "GM0017", asOf: 2019) == "GM0014")
        #expect(geography.successor(ofCode: "GM0014", asOf: 2019) == "GM0014")  // absorbs, keeps its code
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

        let partners = try Table(columns: [Column("p", texts: ["Groningen", "Haren", "Assen"]), Column("n", numbers: [618, 20, 377])])
        let (in2019, notes2019) = try geography.aligned(partners, column: "p", toYear: 2019)
        #expect(try in2019.column("p").values == .texts(["Groningen", "Assen"]))
        #expect(try in2019.column("n").values == .numbers([638, 377]))
        #expect(notes2019 == ["Haren opgeteld bij Groningen (herindeling 2019)"])

        let (unchanged, none) = try geography.aligned(flows, column: "partner", toYear: 2017)
        #expect(unchanged == flows)
        #expect(none.isEmpty)
    }

    @Test func alignedKeepsCodesAsCodes() throws {
        let geography = try Self.registry()
        let table = try Table(columns: [Column("code", texts: ["GM0048", "GM0007"]), Column("n", numbers: [1, 2])])
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
        #expect(try annotated.column("gemeente_ring").values == .texts(["stad", nil, "overig"]))
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
        let noMergers = try Table(columns: [Column("jaar", numbers: []), Column("oude_code", texts: []),
                                            Column("nieuwe_code", texts: []), Column("nieuwe_naam", texts: [])])
        #expect(throws: GeographyError.self) { try Geography.load(municipalities: badRing, mergers: noMergers) }
        #expect(Ring(label: "restOfDrenthe") == .restOfDrenthe)
    }

    /// The project's own registry, when the test runs inside the repository.
    static let dataFolder = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data/geografie")

    @Test(.enabled(if: FileManager.default.fileExists(atPath: dataFolder.appendingPathComponent("herindelingen.csv").path)))
    func projectRegistryLoads() throws {
        let folder = Self.dataFolder
        let geography = try Geography.load(
            municipalities: CSVReader.read(contentsOf: folder.appendingPathComponent("gemeenten.csv")),
            mergers: CSVReader.read(contentsOf: folder.appendingPathComponent("herindelingen.csv")),
            aliases: CSVReader.read(contentsOf: folder.appendingPathComponent("gemeentenamen_alias.csv")))
        #expect(try geography.municipality(named: "Hoogeveen").ring == .city)
        #expect(geography.successor(ofCode: try geography.municipality(named: "Vlagtwedde").code, asOf: 2018) == "GM1950")
    }
}
