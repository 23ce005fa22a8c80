import Foundation
import StreekDiff
import StreekDocument
import Testing

/// The reports in both languages, output exact: Dutch by default, English with `--lang en` or when both
/// renders are English; every number in the report's number format.
@Suite("diff report languages")
struct ReportLanguageTests {
    let fixture: RenderFixture

    init() throws { fixture = try RenderFixture() }

    private func notebook(numbers: String) -> String {
        """
        ```streek setup
        param jaar = 2019
        numbers \(numbers)
        ```

        # Bevolking in `= $jaar`

        Assen had `= t.inwoners[Assen]` inwoners.

        ```streek table
        t = load "bevolking.csv" | filter jaar == $jaar | select gemeente, inwoners, aandeel
        caption "Bevolking {$jaar}"
        columns gemeente "Gemeente", inwoners "Inwoners {$jaar}", aandeel "Aandeel"
        format aandeel percent
        ```
        """
    }

    private let oldData = "gemeente,jaar,inwoners,aandeel\nAssen,2019,68000,57\nEmmen,2019,107000,61.5\nHoogeveen,2019,55000,40\n"
    private var newData: String { oldData + "Assen,2020,68500,60.5\nEmmen,2020,107000,61.5\nMeppel,2020,33500,38\n" }

    /// 2019 → 2020 with a corrected data file: a setting, an input, a caption and a label, a row removed
    /// and one added, a count and a percentage changed, two live figures.
    private func yearDiff(numbers: String = "nl") throws -> SidecarDiff {
        let old = try fixture.sidecar(notebook: notebook(numbers: numbers), data: ["bevolking.csv": oldData], parameters: ["jaar": "2019"])
        let new = try fixture.sidecar(notebook: notebook(numbers: numbers), data: ["bevolking.csv": newData], parameters: ["jaar": "2020"])
        return RenderFixture.diff(old, new)
    }

    /// The style sheet is the same in both languages; the rest of the page is compared exactly.
    private func withoutStyle(_ html: String) -> String {
        html.replacingOccurrences(of: "<style>[^<]*</style>", with: "<style>…</style>", options: .regularExpression)
    }

    @Test func dutchIsTheDefault() throws {
        let diff = try yearDiff()
        #expect(diff.defaultLanguage == .nl)
        #expect(RenderedDiff.report(diff, format: .text) == ExpectedReports.nlText)
        #expect(RenderedDiff.report(diff, format: .md) == ExpectedReports.nlMarkdown)
        #expect(withoutStyle(RenderedDiff.report(diff, format: .html)) == ExpectedReports.nlHTML)
    }

    @Test func englishWhenAsked() throws {
        let diff = try yearDiff()
        #expect(RenderedDiff.report(diff, format: .text, language: .en) == ExpectedReports.enText)
        #expect(RenderedDiff.report(diff, format: .md, language: .en) == ExpectedReports.enMarkdown)
        #expect(withoutStyle(RenderedDiff.report(diff, format: .html, language: .en)) == ExpectedReports.enHTML)
    }

    @Test func theHTMLPageSaysItsLanguage() throws {
        let diff = try yearDiff()
        #expect(RenderedDiff.report(diff, format: .html).contains("<html lang=\"nl\">\n"))
        #expect(RenderedDiff.report(diff, format: .html, language: .en).contains("<html lang=\"en\">\n"))
        #expect(RenderedDiff.report(diff, format: .html).contains("<style>body{"))
    }

    /// Both renders English (`numbers en`): the report is English unless asked for Dutch, and a Dutch report
    /// writes the English renders' numbers the Dutch way, sentences excepted (they are quoted).
    @Test func englishRendersGiveAnEnglishReportByDefault() throws {
        let diff = try yearDiff(numbers: "en")
        #expect(diff.defaultLanguage == .en)
        let english = RenderedDiff.report(diff, format: .text)
        #expect(english.contains("\nBlocks changed: 1; rows added: 1, removed: 1; values changed: 2; figures changed: 2.\n"))
        #expect(english.contains("\n  ~ Assen, Inwoners 2020: 68,000 → 68,500 (+500)\n"))
        #expect(english.contains("\n  ~ `= t.inwoners[Assen]` (line 8): Assen had 68,500 inwoners.\n      68,000 → 68,500 (+500)\n"))
        let dutch = RenderedDiff.report(diff, format: .text, language: .nl)
        #expect(dutch.contains("\n  - rij Hoogeveen: Inwoners 2019: 55.000; Aandeel: 40%\n"))
        #expect(dutch.contains("\n  ~ Assen, Aandeel: 57% → 60,5% (+3,5 procentpunt)\n"))
        #expect(dutch.contains("\n  ~ `= t.inwoners[Assen]` (regel 8): Assen had 68,500 inwoners.\n      68.000 → 68.500 (+500)\n"))
        let page = RenderedDiff.report(diff, format: .html, language: .nl)
        #expect(page.contains("<tr class=\"same\"><td class=\"cell\">Emmen</td><td class=\"cell number\">107.000</td><td class=\"cell number\">61,5%</td></tr>"))
    }

    /// One render Dutch and one English: Dutch, with both sides' numbers in Dutch and the setting named.
    @Test func mixedRendersGiveADutchReport() throws {
        let old = try fixture.sidecar(notebook: notebook(numbers: "en"), data: ["bevolking.csv": oldData], parameters: ["jaar": "2019"])
        let new = try fixture.sidecar(notebook: notebook(numbers: "nl"), data: ["bevolking.csv": newData], parameters: ["jaar": "2020"])
        let diff = RenderFixture.diff(old, new)
        #expect(diff.defaultLanguage == .nl)
        let report = RenderedDiff.report(diff, format: .text)
        #expect(report.contains("\n  ~ getalnotatie: en → nl\n"))
        #expect(report.contains("\n  ~ Assen, Inwoners 2020: 68.000 → 68.500 (+500)\n"))
        #expect(RenderedDiff.report(diff, format: .text, language: .en).contains("\n  ~ numbers: en → nl\n"))
    }

    @Test func theThresholdNoteAndFoldedRowsInBothLanguages() throws {
        let notebook = "```streek table\nt = load \"reeks.csv\"\n```\n"
        let rows = (1...9).map { "G\($0),\($0 * 1000)" }
        let old = try fixture.sidecar(notebook: notebook, data: ["reeks.csv": "gemeente,inwoners\n" + rows.joined(separator: "\n") + "\n"])
        let changed = rows.map { $0 == "G9,9000" ? "G9,9001" : $0 == "G1,1000" ? "G1,2000" : $0 }
        let new = try fixture.sidecar(notebook: notebook, data: ["reeks.csv": "gemeente,inwoners\n" + changed.joined(separator: "\n") + "\n"])
        let diff = RenderFixture.diff(old, new).filtered(by: Threshold(parsing: "1%")!)
        #expect(RenderedDiff.report(diff, format: .text).contains("\nVeranderingen onder de drempel, niet getoond: 1.\n"))
        #expect(RenderedDiff.report(diff, format: .text, language: .en).contains("\nChanges below the threshold, not shown: 1.\n"))
        // G2 … G9 are unchanged after the threshold: two shown, five folded, the last shown.
        #expect(RenderedDiff.report(diff, format: .html).contains("<td colspan=\"2\">… 5 ongewijzigde rijen …</td>"))
        #expect(RenderedDiff.report(diff, format: .html, language: .en).contains("<td colspan=\"2\">… 5 unchanged rows …</td>"))
    }

    @Test func blocksOnOneSideOnlyInBothLanguages() throws {
        let old = try fixture.sidecar(notebook: "Tekst.\n", data: [:])
        let new = try fixture.sidecar(notebook: "```streek table\nt = load \"a.csv\"\ncaption \"Nieuw\"\n```\n", data: ["a.csv": "gemeente,n\nAssen,1304\n"])
        let diff = RenderFixture.diff(old, new)
        #expect(RenderedDiff.report(diff, format: .text).contains("\nAlleen in de nieuwe render: Tabel “Nieuw” (t)\n  + blok: 1 rij; kolommen: gemeente | n\n"))
        #expect(RenderedDiff.report(diff, format: .text, language: .en).contains("\nOnly in the new render: Table “Nieuw” (t)\n  + block: 1 row; columns: gemeente | n\n"))
    }

    /// git's diff driver on a sidecar that is new: Dutch, or English for an English render or when asked.
    @Test func theGitDriverNamesANewSidecarInTheLanguage() throws {
        let dutch = try fixture.renderFiles(notebook: notebook(numbers: "nl"), data: ["bevolking.csv": oldData], into: "nl")
        let english = try fixture.renderFiles(notebook: notebook(numbers: "en"), data: ["bevolking.csv": oldData], into: "en")
        let json = { (markdown: String) in markdown.replacingOccurrences(of: ".md", with: ".json") }
        let added = try RenderedDiff.gitDriver(path: "Rendered/x.json", oldFile: "/dev/null", newFile: json(dutch), options: .init())
        #expect(added.report == "Rendered/x.json: zijbestand toegevoegd\n" && added.hasDifferences)
        let deleted = try RenderedDiff.gitDriver(path: "Rendered/x.json", oldFile: json(english), newFile: "/dev/null", options: .init())
        #expect(deleted.report == "Rendered/x.json: sidecar deleted\n")
        let asked = try RenderedDiff.gitDriver(path: "Rendered/x.json", oldFile: json(english), newFile: "/dev/null", options: .init(language: .nl))
        #expect(asked.report == "Rendered/x.json: zijbestand verwijderd\n")
    }

    /// A value shown by an English render, written by a Dutch report and back.
    @Test func shownValuesAreRewrittenOnlyAcrossLanguages() {
        let english = NumberFormat(.en), dutch = NumberFormat(.nl)
        let count = ShownValue(value: .number(1304.5), text: "1,304.5", style: NumberStyle(decimals: 1), language: .en)
        #expect(count.text(in: english) == "1,304.5")
        #expect(count.text(in: dutch) == "1.304,5")
        let missing = ShownValue(value: .missing, text: "n/a", style: .automatic, language: .en)
        #expect(missing.text(in: dutch) == "n.n.b.")
        let flagged = ShownValue(value: .missing, text: "N.V.T.", style: .automatic, language: .en)
        #expect(flagged.text(in: dutch) == "N.V.T.", "a flag's own text is kept")
        let key = ShownValue(value: .number(2016), text: "2016", style: nil, language: .nl)
        #expect(key.text(in: english) == "2016")
        let name = ShownValue(value: .text("Hoogeveen"), text: "Hoogeveen", style: nil, language: .nl)
        #expect(name.text(in: english) == "Hoogeveen")
    }

    @Test func errorsInBothLanguages() {
        let missing = RenderedDocumentError.unreadable(file: "x.md", reason: .noSuchFile)
        #expect(missing.description == "kan 'x.md' niet lezen: bestand bestaat niet")
        #expect(missing.message(in: .en) == "cannot read 'x.md': no such file")
        let revision = RenderedDocumentError.unreadable(file: "x.md", reason: .notARevision("-x"))
        #expect(revision.message(in: .nl) == "kan 'x.md' niet lezen: '-x' is geen git-revisie")
        #expect(revision.message(in: .en) == "cannot read 'x.md': '-x' is not a git revision")
        let version = RenderedDocumentError.unreadable(file: "x.json", reason: .sidecar(.unsupportedVersion(99)))
        #expect(version.message(in: .nl).hasPrefix("kan 'x.json' niet lezen: zijbestand met schemaversie 99 wordt niet ondersteund"))
        #expect(version.message(in: .en).hasPrefix("cannot read 'x.json': sidecar schema version 99 is not supported"))
        #expect(RenderedDocumentError.notRendered(file: "y.md").message(in: .nl).hasPrefix("'y.md' is geen render van streek: regel 1 moet"))
    }
}
