import Foundation
import Testing
import StreekCore
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import StreekNotebook

@Suite("streek chart")
struct ChartTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private func chart(_ settings: String, pipeline: String = "t = load \"migratie/verhuismutaties.csv\"") -> String {
        "# Grafiek\n\n```streek chart\n\(pipeline)\n\(settings)\n```\n"
    }

    private func block(_ output: NotebookRenderer.Output) throws -> ChartBlock {
        for case .chart(let chart)? in output.evaluated.document.blocks.map(\.content) { return chart }
        throw TableError.unknownColumn("no chart", suggestion: nil)
    }

    @Test func markdownLinksTheFigureFileAndHTMLHasItInline() throws {
        let output = try project.render(chart("x gemeente\ny vestiging\nseries jaar\ncaption \"Vestiging\""))
        #expect(output.files.map(\.path) == ["test.md", "test.html", "test/t.svg", "test.json"])
        let svg = String(decoding: output.files[2].contents, as: UTF8.self)
        #expect(output.markdown.contains("![Staafdiagram van vestiging per gemeente voor 2011 en 2016. Hoogste waarde: Emmen, 2016 (3.057); laagste: Midden-Drenthe, 2011 (1.092).](test/t.svg)"))
        #expect(output.html.contains(svg))
        #expect(output.html.contains("<summary>Cijfers bij de figuur</summary>"))
        #expect(output.html.contains("<td class=\"num\">3.057</td>"))
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("<desc id=\"t-beschrijving\">Staafdiagram"))
    }

    @Test func rendersTheSameBytesTwice() throws {
        let notebook = chart("type line\nx jaar\nseries gemeente\nindex 2011")
        #expect(try project.render(notebook).files == project.render(notebook).files)
    }

    @Test func indexDividesEverySeriesByItsBasePeriod() throws {
        let chart = try block(project.render(chart("type line\nx jaar\ny vestiging\nseries gemeente\nindex 2011")))
        #expect(chart.indexBase == .number(2011))
        let hoogeveen = try #require(chart.series.firstIndex { NumberFormat().text($0) == "Hoogeveen" })
        #expect(chart.panels[0].values[hoogeveen] == [.number(100), .number(1993.0 / 1304 * 100)])
    }

    @Test func percentStacksAddUpToAHundred() throws {
        let chart = try block(project.render(chart("y vestiging, vertrek\nstack percent", pipeline: "t = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016")))
        #expect(chart.valueStyle.percent)
        for category in chart.categories.indices {
            let sum = chart.panels[0].values.compactMap { $0[category].number }.reduce(0, +)
            #expect(abs(sum - 100) < 1e-9)
        }
    }

    @Test func facetsMakeOnePanelPerValueWithSharedCategories() throws {
        let chart = try block(project.render(chart("x jaar\ny vestiging\nfacet gemeente")))
        #expect(chart.panels.count == 3)
        #expect(chart.categories == [.number(2011), .number(2016)])
        #expect(chart.orientation == .vertical)
    }

    @Test func aMissingValueStaysMissing() throws {
        try project.write("gemeente,jaar,waarde\nAssen,2016,5\nEmmen,2016,\n", to: "Data/gaten.csv")
        let output = try project.render(chart("", pipeline: "t = load \"gaten.csv\""))
        #expect(try block(output).panels[0].values == [[.number(5), .missing]])
        #expect(String(decoding: output.files[2].contents, as: UTF8.self).contains(">n.n.b.</text>"))
    }

    @Test func authorsAltTextWins() throws {
        let output = try project.render(chart("alt \"Emmen [groot] trekt het meest\"", pipeline: "t = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016"))
        #expect(output.markdown.contains("![Emmen \\[groot\\] trekt het meest](test/t.svg)"))
    }

    @Test func errorsPointAtTheSetting() {
        let error = { (body: String) in project.englishError(body) ?? "(no error)" }
        #expect(error(chart("y gemeente")) == "Notebooks/test.md:5:3: error: column 'gemeente' holds text, not numbers; a chart's y must be numeric; did you mean 'vestiging'?")
        #expect(error(chart("y vestigingen")) == "Notebooks/test.md:5:3: error: unknown column 'vestigingen'; did you mean 'vestiging'?")
        #expect(error(chart("x gemeente\nseries jaar\nformat saldo signed")).hasPrefix("Notebooks/test.md:7:8: error: unknown column 'saldo'"))
        #expect(error(chart("type taart")) == "Notebooks/test.md:5:6: error: unknown chart type 'taart'; use bar, line, dot")
        #expect(error(chart("type lijn")) == "Notebooks/test.md:5:6: error: unknown chart type 'lijn'; use bar, line, dot; did you mean 'line'?")
        #expect(error(chart("x gemeente", pipeline: "t = load \"migratie/verhuismutaties.csv\" | filter jaar == 1999"))
                == "Notebooks/test.md:5:1: error: the chart's table has no rows; filter less, or say what to show instead with empty \"…\"")
        #expect(error(chart("type line\nx jaar\nseries gemeente\nindex 2010"))
                == "Notebooks/test.md:8:7: error: index 2010: the base period is not among the chart's jaar values; did you mean '2011'?")
        #expect(error(chart("x gemeente\ny vestiging", pipeline: "t = load \"migratie/verhuismutaties.csv\""))
                .hasPrefix("Notebooks/test.md:5:3: error: two rows for gemeente 'Hoogeveen'"))
    }

    @Test func aSeriesWithoutItsBasePeriodIsAnError() throws {
        try project.write("gemeente,jaar,waarde\nAssen,2011,5\nAssen,2016,6\nEmmen,2016,7\n", to: "Data/basis.csv")
        #expect(project.englishError(chart("type line\nx jaar\nseries gemeente\nindex 2011", pipeline: "t = load \"basis.csv\""))
                == "Notebooks/test.md:8:7: error: index 2011: the series 'Emmen' has no value (or zero) in the base period 2011; filter it out or choose another base")
    }

    @Test func anEmptyTableWithAnEmptyMessageShowsTheMessage() throws {
        let output = try project.render(chart("empty \"Geen cijfers voor 1999.\"", pipeline: "t = load \"migratie/verhuismutaties.csv\" | filter jaar == 1999"))
        #expect(output.files.map(\.path) == ["test.md", "test.html", "test.json"])  // no figure file
        #expect(output.markdown.contains("*Geen cijfers voor 1999.*"))
    }

    /// Every golden figure file is well-formed XML with an accessible name and description.
    @Test func goldenFigureFilesParseAsXML() throws {
        let golden = GoldenFileTests.folder
        let files = FileManager.default.enumerator(atPath: golden.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".svg") } ?? []
        #expect(files.count >= 9)
        for file in files {
            let data = try Data(contentsOf: golden.appendingPathComponent(file))
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(file) is not well-formed XML")
            let text = String(decoding: data, as: UTF8.self)
            #expect(text.contains("role=\"img\"") && text.contains("<title id=") && text.contains("<desc id="), "\(file)")
        }
    }

    @Test func chartAnchorsAreFileSafeAndUnique() throws {
        let notebook = "```streek chart\nGrafiek_A = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016\n```\n\n"
            + "```streek chart\ngrafiek_a = load \"migratie/verhuismutaties.csv\" | filter jaar == 2011\n```\n"
        let output = try project.render(notebook)
        #expect(output.files.map(\.path).filter { $0.hasSuffix(".svg") }.suffix(2) == ["test/grafiek-a.svg", "test/grafiek-a-2.svg"])
    }

    /// The handleiding shows every chart setting in a live `streek chart` block.
    @Test func handleidingUsesEveryChartSetting() throws {
        let source = try String(contentsOf: HandleidingTests.notebookURL, encoding: .utf8)
        let notebook = try NotebookParser.parse(SourceText(source), path: "Notebooks/handleiding.md")
        let lines = notebook.directives.filter { $0.kind == .chart }.flatMap { $0.lines.map(\.text) }
        for word in ChartSettings.words + DirectiveParser.chartSettings {
            #expect(lines.contains { $0.hasPrefix(word + " ") }, "no live chart block uses '\(word)'")
        }
        for form in ["type bar", "type line", "type dot", "orientation vertical", "stack percent"] {
            #expect(lines.contains(form), "no live chart block uses '\(form)'")
        }
    }

    @Test func aChartSurvivesAJSONRoundTripOfTheDocument() throws {
        let document = try project.render(chart("type line\nx jaar\nseries gemeente\nindex 2011")).evaluated.document
        let decoded = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(document))
        #expect(decoded == document)
        #expect(HTMLRenderer.render(decoded) == HTMLRenderer.render(document))
    }

    @Test func rowsWithoutAnXValueAreLeftOutAndAllMissingIsAnError() throws {
        try project.write("gemeente,jaar,waarde\nAssen,2016,5\n,2016,7\n", to: "Data/zonder.csv")
        let shown = try block(project.render(chart("", pipeline: "t = load \"zonder.csv\"")))
        #expect(shown.categories == [.text("Assen")])
        try project.write("gemeente,jaar,waarde\n,2016,5\n", to: "Data/leeg.csv")
        #expect(project.englishError(chart("x gemeente", pipeline: "t = load \"leeg.csv\""))
                == "Notebooks/test.md:5:3: error: every value of x column 'gemeente' is missing; choose another x")
    }
}
