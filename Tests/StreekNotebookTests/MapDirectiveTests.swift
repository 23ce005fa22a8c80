import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import StreekDocument
@testable import StreekNotebook

/// `streek map`: output files, alignment of older divisions, missing values, classes and bad input.
@Suite("Map directive")
struct MapDirectiveTests {
    let project: TestProject

    init() throws {
        var data = TestProject.standardData
        let root = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        data["geografie/gemeentegrenzen_2023_rd.csv"] = try String(
            contentsOf: root.appendingPathComponent("Data/geografie/gemeentegrenzen_2023_rd.csv"), encoding: .utf8)
        data["geografie/gemeenten.csv"] = """
            # source: CBS, Gemeentelijke indeling op 1 januari 2016
            code,naam,provincie,ring
            GM0118,Hoogeveen,Drenthe,stad
            GM0114,Emmen,Drenthe,stad
            GM0106,Assen,Drenthe,stad
            GM1690,De Wolden,Drenthe,drenthe
            GM1731,Midden-Drenthe,Drenthe,drenthe
            GM0018,Hoogezand-Sappemeer,Groningen,ruime_regio
            GM1987,Menterwolde,Groningen,ruime_regio
            GM0040,Slochteren,Groningen,ruime_regio

            """
        data["geografie/herindelingen.csv"] = """
            # source: CBS, Gemeentelijke herindelingen
            jaar,oude_code,oude_naam,nieuwe_code,nieuwe_naam
            2018,GM0018,Hoogezand-Sappemeer,GM1952,Midden-Groningen
            2018,GM1987,Menterwolde,GM1952,Midden-Groningen
            2018,GM0040,Slochteren,GM1952,Midden-Groningen

            """
        data["test/waarden.csv"] = """
            # source: testgegevens
            gemeente,stad,waarde,tekst
            Hoogeveen,Assen,40,a
            Emmen,Assen,1500,b
            Hoogezand-Sappemeer,Assen,120,c
            De Wolden,Emmen,-30,d
            Midden-Drenthe,Emmen,250,e

            """
        project = try TestProject(data: data)
    }

    func map(_ settings: String, pipeline: String = "w = load \"test/waarden.csv\"") -> String {
        "# Kaart\n\n```streek map\n\(pipeline)\n\(settings)\n```\n"
    }

    func error(_ notebook: String) -> String { project.englishError(notebook) ?? "(no error)" }

    func svg(_ output: NotebookRenderer.Output) -> String {
        String(decoding: output.files.first { $0.path.hasSuffix(".svg") }?.contents ?? [], as: UTF8.self)
    }

    @Test func writesAnSVGFileReferencedFromMarkdownAndInlineInHTML() throws {
        let output = try project.render(map("value waarde\nextent ring stad\ncaption \"Waarden\""))
        #expect(output.files.map(\.path) == ["test.md", "test.html", "test/kaart-w.svg", "test.json"])
        #expect(output.markdown.contains("**Figuur 1. Waarden**\n\n![Kaart van 3 gemeenten, gekleurd naar waarde in 5 klassen"))
        #expect(output.markdown.contains("](test/kaart-w.svg)"))
        #expect(output.markdown.contains("<details><summary>Cijfers bij de kaart</summary>"))
        let image = svg(output)
        #expect(output.html.contains(image))
        #expect(output.html.contains("<details class=\"data\">"))
        #expect(image.contains("role=\"img\"") && image.contains("<title id=\"kaart-w-title\">Waarden</title>"))
        #expect(XMLParser(data: Data(image.utf8)).parse())
        #expect(try project.render(map("value waarde\nextent ring stad\ncaption \"Waarden\"")).files == output.files)
    }

    @Test func olderMunicipalitiesAreDrawnAsTheirSuccessorWithANote() throws {
        let output = try project.render(map("value waarde\nextent gegevens"))
        #expect(svg(output).contains("<title>Midden-Groningen: 120</title>"))
        #expect(output.markdown.contains("*Noot: Kaart in de gemeentelijke indeling van 2023; samengevoegd: Midden-Groningen (2018: Hoogezand-Sappemeer, Menterwolde en Slochteren).*"))
    }

    @Test func missingValuesAreHatchedAndNamedInTheLegend() throws {
        let image = svg(try project.render(map("value waarde\nextent ring stad, drenthe", pipeline: "w = load \"test/waarden.csv\" | filter stad == \"Emmen\"")))
        #expect(image.contains("<title>Assen: geen gegevens</title>"))
        #expect(image.contains("fill=\"url(#kaart-w-geen)\"") && image.contains(">geen gegevens</text>"))
    }

    @Test func explicitBreaksAndDutchLegend() throws {
        let image = svg(try project.render(map("value waarde\nclasses breaks 100, 250, 1000\nextent gegevens")))
        for label in ["minder dan 100", "100 tot 250", "250 tot 1.000", "1.000 of meer"] {
            #expect(image.contains(">\(label)</text>"), "legend \(label)")
        }
        #expect(image.contains("<title>Emmen: 1.500</title>"))
    }

    @Test func divergingMapAroundZero() throws {
        let image = svg(try project.render(map("value waarde\npalette diverging\nclasses breaks -100, 0, 100\nextent gegevens")))
        #expect(image.contains("<g fill=\"#f4a582\"><path") && image.contains("<g fill=\"#0571b0\"><path"))
        #expect(image.contains(">0 tot 100</text>") && image.contains(">−100 tot 0</text>"))
    }

    @Test func smallMultiplesOnePanelPerValue() throws {
        let image = svg(try project.render(map("value waarde\nfacet stad\nextent gegevens\noutline Assen, Emmen\nnames ring stad")))
        #expect(image.components(separatedBy: "<svg x=").count - 1 == 2)
        #expect(image.contains(">Assen</text>") && image.contains(">Emmen</text>"))
    }

    @Test func referenceMapWithoutValues() throws {
        let output = try project.render(map("extent ring stad\nnames ring stad", pipeline: "g = load \"geografie/gemeenten.csv\""))
        #expect(!svg(output).contains("geen gegevens"))
        #expect(output.markdown.contains("![Kaart van 3 gemeenten met hun grenzen.]"))
    }

    @Test func englishNumbersAndWords() throws {
        let output = try project.render("```streek setup\nnumbers en\n```\n\n" + map("value waarde\nclasses breaks 100, 1000\nextent ring stad, drenthe"))
        let image = svg(output)
        #expect(image.contains(">less than 100</text>") && image.contains(">1,000 or more</text>") && image.contains(">no data</text>"))
        #expect(output.markdown.contains("<details><summary>Data behind the map</summary>"))
        #expect(output.markdown.contains("*Note: Map in the municipal division of 2023; merged: Midden-Groningen (2018: Hoogezand-Sappemeer, Menterwolde and Slochteren).*"))
    }

    @Test func aMapSurvivesAJSONRoundTripOfTheDocument() throws {
        let document = try project.render(map("value waarde\nfacet stad\nextent gegevens\npalette diverging")).evaluated.document
        let decoded = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(document))
        #expect(decoded == document)
        #expect(HTMLRenderer.render(decoded) == HTMLRenderer.render(document))
    }

    @Test func unknownMunicipalitySuggestsTheName() throws {
        try project.write("# source: x\ngemeente,waarde\nHogeveen,3\n", to: "Data/test/typo.csv")
        #expect(error(map("value waarde\narea gemeente", pipeline: "t = load \"test/typo.csv\""))
                == "Notebooks/test.md:6:6: error: unknown municipality 'Hogeveen'; did you mean 'Hoogeveen'?")
    }

    @Test func aCodeOutsideTheDivision() throws {
        try project.write("# source: x\ncode,waarde\nGM0118,3\nGM9999,4\n", to: "Data/test/codes.csv")
        #expect(error(map("value waarde", pipeline: "t = load \"test/codes.csv\""))
            .hasPrefix("Notebooks/test.md:5:1: error: code 'GM9999' is not a municipality of the map's division (CBS 2023)"))
    }

    @Test func aTextValueColumn() {
        #expect(error(map("value tekst"))
                == "Notebooks/test.md:5:7: error: the value column 'tekst' is not numeric (row 1 has 'a'); a map colours municipalities by a number")
    }

    @Test func twoRowsForOneMunicipality() throws {
        try project.write("# source: x\ngemeente,waarde\nEmmen,3\nAssen,1\nEmmen,4\n", to: "Data/test/dubbel.csv")
        #expect(error(map("value waarde", pipeline: "t = load \"test/dubbel.csv\""))
                == "Notebooks/test.md:5:1: error: two rows for Emmen (rows 1 and 3); keep one row per municipality")
        try project.write("# source: x\ngemeente,waarde\nHoogezand-Sappemeer,3\nSlochteren,4\n", to: "Data/test/samen.csv")
        #expect(error(map("value waarde\narea gemeente", pipeline: "t = load \"test/samen.csv\""))
            .contains("'Hoogezand-Sappemeer' (row 1) and 'Slochteren' (row 2) are both part of Midden-Groningen in the division of 2023; add them up first with '| align gemeente to 2023'"))
    }

    @Test func badSettings() {
        #expect(error(map("value waarde\nclasses quantiles 9")).hasPrefix("Notebooks/test.md:6:19: error: a map has 2 to 7 classes"))
        #expect(error(map("value waarde\npalette divergent")).contains("did you mean 'diverging'?"))
        #expect(error(map("value waarde\nextent provincie Drente")).contains("did you mean 'Drenthe'?"))
        #expect(error(map("value waarde\nlegend labels \"a\", \"b\"\nclasses breaks 100")) == "(no error)")
        #expect(error(map("value waarde\nlegend labels \"a\"\nclasses breaks 100")).contains("1 labels for 2 classes"))
        #expect(error(map("extent gegevens\nclasses breaks 100")) == "Notebooks/test.md:6:1: error: classes and legend labels colour a map by its values; add value KOLOM, or leave them out for a map without values")
    }
}
