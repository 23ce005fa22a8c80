import Foundation
import StreekCore
import Testing
@testable import StreekNotebook

/// Inputs from the reliability test (issue 16) that crashed the renderer, ran away or gave a silently
/// wrong report. Each now gives a clear error at its place, or the right result.
@Suite("Hardening: strange notebook input")
struct HardeningInputTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private func error(_ body: String, parameters: [String: String] = [:]) -> String {
        project.englishError(body, parameters: parameters) ?? "(no error)"
    }

    private let load = "x = load \"migratie/verhuismutaties.csv\""

    // MARK: Crashes

    @Test func aNumberWithTwoDecimalPointsIsAnError() {
        #expect(error("Een `= 1.2.3` figuur.\n") == "Notebooks/test.md:1:11: error: unexpected '.' in the live figure")
    }

    @Test func aNumberTooLargeForADoubleIsAnError() {
        let digits = String(repeating: "9", count: 400)
        #expect(error("Een `= \(digits)` figuur.\n").contains("1:8: error: number 99999999999999999999… is too large"))
    }

    @Test func decimalsBeyondTheRepresentableAreRefused() {
        for decimals in ["99999999999999999999", "300000000", "11"] {
            let message = error("```streek table\n\(load)\nformat vestiging decimals \(decimals)\n```\n")
            #expect(message.hasPrefix("Notebooks/test.md:3:27: error: the number of decimals may be at most 10"), "\(decimals): \(message)")
        }
        #expect(error("```streek table\n\(load) | percent vestiging as aandeel decimals 300000000\n```\n")
            .contains("the number of decimals may be at most 10"))
    }

    @Test func nanAsAParameterIsRefusedAtItsDeclaration() {
        let notebook = "```streek setup\nparam jaar = 2016\n```\n\n```streek table\n\(load) | filter jaar == $jaar | align gemeente to $jaar\n```\n"
        for value in ["nan", "inf", "-infinity", "1e309"] {
            #expect(error(notebook, parameters: ["jaar": value])
                    == "Notebooks/test.md:2:1: error: --param jaar=\(value): 'jaar' is a number (default 2016)")
        }
    }

    @Test func aFigureBeyondDoubleRangeInDataIsMissingNotACrash() throws {
        try project.write("gemeente,banen\nAssen,1e309\nEmmen,100\n", to: "Data/groot.csv")
        let output = try project.render("```streek table\nx = load \"groot.csv\" | percent banen as aandeel\n```\n")
        #expect(output.markdown.contains("| Assen | n.n.b. | n.n.b. |"))
        #expect(output.markdown.contains("| Emmen | 100 | 100 |"))
    }

    @Test func sevenThousandNestedBracketsAreAnError() {
        let nested = String(repeating: "(", count: 7_000) + "1" + String(repeating: ")", count: 7_000)
        #expect(error("Een `= \(nested)` figuur.\n").contains("error: expression is nested too deeply (more than 64 levels"))
        let negations = String(repeating: "not ", count: 5_000) + "1"
        #expect(error("Een `= \(negations)` figuur.\n").contains("expression is nested too deeply"))
    }

    @Test func thirtyThousandChainedAdditionsAreAnError() {
        let chain = Array(repeating: "1", count: 30_000).joined(separator: "+")
        #expect(error("Een `= \(chain)` figuur.\n").contains("error: expression is too long (more than 1000 parts)"))
        let ok = Array(repeating: "1", count: 400).joined(separator: "+")
        #expect(project.englishError("Een `= \(ok)` figuur.\n") == nil)
    }

    @Test func aHundredThousandNestedQuotesRender() throws {
        let output = try project.render(String(repeating: ">", count: 100_000) + " diep\n")
        #expect(output.markdown.contains("diep"))
        #expect(output.html.contains("diep"))
    }

    @Test func backtickRunsRenderInLinearTime() throws {
        // Runs of every length 1…1500 and back: the old scanner searched to the end for each (quadratic).
        var text = ""
        for length in 1...1_500 { text += String(repeating: "`", count: length) + "a" }
        let spans = CodeSpanScanner.spans(in: Array(text.utf8), range: 0..<text.utf8.count)
        #expect(spans.isEmpty)
        let matched = "`= 1` en ``= 2`` en `` ` `` en \\`x`"
        #expect(CodeSpanScanner.spans(in: Array(matched.utf8), range: 0..<matched.utf8.count).map(\.range)
                == [0..<5, 9..<16, 20..<27])
    }

    // MARK: Silent wrong results

    @Test func aNulByteIsAnErrorAtItsPlace() {
        #expect(error("# Kop\n\nTekst `= x\u{0}.y` hier.\n")
                == "Notebooks/test.md:3:11: error: the notebook contains a NUL byte (character 0) here; remove it")
    }

    @Test func aLiveFigureSplitOverLinesInAListOrQuoteIsEvaluated() throws {
        let output = try project.render("""
            - Lijst: `= x.vestiging[Emmen,
              2016]` hier.

            > Quote: `= x.vertrek[Emmen,
            > 2016]` daar.

            ```streek
            \(load) | key gemeente, jaar
            ```

            """)
        #expect(output.markdown.contains("- Lijst: 3.057 hier."))
        #expect(output.markdown.contains("> Quote: 3.001 daar."))
    }

    @Test func aCRLFInsideACSVCellStaysInItsTableRow() throws {
        try project.write("gemeente,toelichting\r\nAssen,\"regel een\r\nregel twee\"\r\n", to: "Data/crlf.csv")
        let output = try project.render("```streek table\nx = load \"crlf.csv\"\n```\n")
        #expect(output.markdown.contains("| Assen | regel een regel twee |"))
    }

    @Test func orderingANumberAgainstTextIsAnError() {
        #expect(error("```streek table\n\(load) | filter vestiging < \"2\"\n```\n")
                == "Notebooks/test.md:2:60: error: '<' compares a number with the text \"2\"; write the number without quotes")
        #expect(project.englishError("```streek table\n\(load) | filter jaar == \"2016\"\n```\n") == nil)
    }

    @Test func aParameterDeclaredTwiceIsAnError() {
        #expect(error("```streek setup\nparam jaar = 2016\nparam jaar = 2011\n```\n")
                == "Notebooks/test.md:3:1: error: parameter 'jaar' is declared twice; keep one 'param jaar = …'")
    }

    @Test func aLiveFigureFromAnEmptyTableIsAnError() {
        #expect(error("Zie `= x.vestiging[Emmen]`.\n\n```streek\n\(load) | filter jaar == 1900\n```\n")
                == "Notebooks/test.md:1:8: error: no row [Emmen]: the table has no rows (filtered away, or no data for this year)")
    }

    @Test func anAuthorsPipeTableInProseIsATableInTheHTML() throws {
        let output = try project.render("Vooraf.\n\n| gemeente | aantal |\n| :-- | --: |\n| Assen | `= 1 + 1` |\n| Emmen |\n")
        #expect(output.html.contains("<th scope=\"col\">gemeente</th><th scope=\"col\" class=\"num\">aantal</th>"))
        #expect(output.html.contains("<tr><td>Assen</td><td class=\"num\"><span class=\"figure\">2</span></td></tr>"))
        #expect(output.html.contains("<tr><td>Emmen</td><td class=\"num\"></td></tr>"))
        #expect(!output.html.contains("| gemeente |"))
        #expect(output.markdown.contains("| Assen | 2 |"))
    }

    // MARK: Messages

    @Test func anEmptyDirectiveIsReportedAtItsFence() {
        #expect(error("# Kop\n\nTekst.\n\n```streek table\n```\n").hasPrefix("Notebooks/test.md:5:1: error: a 'streek table' block needs a table"))
        #expect(error("# Kop\n\n```streek text\n\n```\n").hasPrefix("Notebooks/test.md:3:1: error: a 'streek text' block needs"))
    }

    @Test func invalidUTF8IsReportedAtItsPlace() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Notebooks"), withIntermediateDirectories: true)
        let url = project.root.appendingPathComponent("Notebooks/bytes.md")
        try Data(Array("# Kop\n\nTékst ".utf8) + [0xFF] + Array(" hier\n".utf8)).write(to: url)
        #expect(throws: NotebookError.self) { try NotebookRenderer(projectRoot: project.root).render(url) }
        do { _ = try NotebookRenderer(projectRoot: project.root).render(url) } catch {
            #expect(error.text(in: .en) == "Notebooks/bytes.md:3:7: error: the notebook is not valid UTF-8 here")
        }
    }

    @Test func invalidUTF8InADataFileIsReportedAtItsPlace() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Data"), withIntermediateDirectories: true)
        // UTF-8 elsewhere in the file (Één), so the bad byte is an error, not a Windows-1252 file.
        try Data(Array("gemeente,n\nÉén,1\nEm".utf8) + [0xC3, 0x28] + Array(",2\n".utf8)).write(to: project.root.appendingPathComponent("Data/kapot.csv"))
        #expect(error("```streek table\nx = load \"kapot.csv\"\n```\n")
                .hasPrefix("Notebooks/test.md:2:1: error: cannot read data file: Data/kapot.csv:3:3: byte 0xC3 is not valid UTF-8; the file mixes UTF-8 with other bytes"))
    }

    @Test func aWindows1252DataFileLoadsWithAWarning() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Data"), withIntermediateDirectories: true)
        // "Súdwest-Fryslân" in Windows-1252: ú = 0xFA, â = 0xE2.
        let name = Array("S".utf8) + [0xFA] + Array("dwest-Frysl".utf8) + [0xE2] + Array("n".utf8)
        try Data(Array("# source: test\ngemeente,n\n".utf8) + name + Array(",1\n".utf8)).write(to: project.root.appendingPathComponent("Data/w1252.csv"))
        let output = try project.render("```streek table\nx = load \"w1252.csv\"\n```\n")
        #expect(output.markdown.contains("| Súdwest-Fryslân | 1 |"))
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(error("Één café: `= onbekend.x[y]`.\n").hasPrefix("Notebooks/test.md:1:14: error: unknown name 'onbekend'"))
        #expect(error("```streek table\n\(load) | filter gemeente == \"Één\" | sorteer jaar\n```\n")
            .hasPrefix("Notebooks/test.md:2:70: error: unknown verb 'sorteer'")) // 72 in bytes
    }

    @Test func fileSystemFailuresAreWordedPlainly() throws {
        try FileManager.default.createDirectory(at: project.root.appendingPathComponent("Data/map.csv"), withIntermediateDirectories: true)
        #expect(error("```streek table\nx = load \"map.csv\"\n```\n")
                == "Notebooks/test.md:2:1: error: cannot read data file Data/map.csv: is a folder, not a file")
        let missing = project.root.appendingPathComponent("Notebooks/bestaat-niet.md")
        do {
            _ = try NotebookRenderer(projectRoot: project.root).render(missing)
            Issue.record("rendered a missing notebook")
        } catch {
            #expect(error.text(in: .en) == "Notebooks/bestaat-niet.md:1:1: error: cannot read the notebook: Notebooks/bestaat-niet.md: not found")
            #expect(String(describing: error) == "Notebooks/bestaat-niet.md:1:1: fout: kan het notebook niet lezen: Notebooks/bestaat-niet.md: niet gevonden")
        }
    }
}
