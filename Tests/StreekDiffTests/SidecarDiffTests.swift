import Foundation
import StreekDiff
import StreekDocument
import Testing

/// `streek diff` on sidecars: identities from the render (binding names, key columns, column ids,
/// figure expressions), never from positions, ranks, captions or labels.
@Suite("diff on sidecars")
struct SidecarDiffTests {
    let fixture: RenderFixture

    init() throws { fixture = try RenderFixture() }

    private func cells(_ diff: SidecarDiff) -> [String] {
        diff.blockChanges.flatMap { change -> [String] in
            guard case .changed(let block) = change else { return [] }
            return block.cellChanges.map { "\($0.row)/\($0.column): \($0.change.summary(NumberFormat(diff.defaultLanguage)))" }
        }
    }

    private func blockDiffs(_ diff: SidecarDiff) -> [BlockDiff] {
        diff.blockChanges.compactMap { if case .changed(let block) = $0 { return block } else { return nil } }
    }

    // A table ranked by population: the rank is its first column, and the order changes between the years.
    private let rankedNotebook = """
        # Grootste gemeenten

        ```streek table
        grootste = load "bevolking.csv" | sort bevolking desc | rank bevolking desc as rang | select rang, gemeente, bevolking
        caption "Grootste gemeenten"
        ```
        """

    @Test func aRankFirstTableIsComparedByMunicipalityNotByRank() throws {
        let old = try fixture.sidecar(notebook: rankedNotebook, data: ["bevolking.csv": "gemeente,bevolking\nAssen,68000\nEmmen,107000\nMeppel,23900\n"])
        let new = try fixture.sidecar(notebook: rankedNotebook, data: ["bevolking.csv": "gemeente,bevolking\nAssen,69000\nEmmen,107900\nMeppel,108000\n"])
        let diff = RenderFixture.diff(old, new)
        let block = try #require(blockDiffs(diff).first)
        #expect(block.keyColumns == ["gemeente"])
        #expect(block.rowsAdded.isEmpty && block.rowsRemoved.isEmpty)
        #expect(cells(diff).contains("Meppel/bevolking: 23.900 → 108.000 (+84.100)"))
        #expect(cells(diff).contains("Meppel/rang: 3 → 1 (−2)"))
        #expect(!cells(diff).contains { $0.hasPrefix("3/") || $0.contains("23.900 → 107.900") })
    }

    // The data year is in a column label, in the caption and in a heading.
    private let yearNotebook = """
        ```streek setup
        param jaar = 2019
        ```

        # Bevolking in `= $jaar`

        Assen had `= bevolking.inwoners[Assen]` inwoners. Emmen had er `= bevolking.inwoners[Emmen]`.

        ```streek table
        bevolking = load "bevolking.csv" | filter jaar == $jaar | select gemeente, inwoners
        caption "Bevolking {$jaar}"
        columns gemeente "Gemeente", inwoners "Bevolking {$jaar}"
        ```
        """

    private let years = ["bevolking.csv": "gemeente,jaar,inwoners\nAssen,2019,68000\nAssen,2020,68500\nEmmen,2019,107000\nEmmen,2020,107000\n"]

    @Test func aYearInAColumnLabelAndAHeadingStillComparesValues() throws {
        let old = try fixture.sidecar(notebook: yearNotebook, data: years, parameters: ["jaar": "2019"])
        let new = try fixture.sidecar(notebook: yearNotebook, data: years, parameters: ["jaar": "2020"])
        let diff = RenderFixture.diff(old, new)
        let block = try #require(blockDiffs(diff).first)
        #expect(block.columnsAdded.isEmpty && block.columnsRemoved.isEmpty)
        #expect(cells(diff) == ["Assen/inwoners: 68.000 → 68.500 (+500)"])
        #expect(block.textChanges.map(\.what) == [.caption, .columnLabel("inwoners")])
        // The heading's figure is the year; the sentences under it are not removed and added again.
        let figures = diff.figureChanges.map { ($0.figure.expression, $0.kind) }
        #expect(figures.count == 2)
        #expect(diff.figureChanges.allSatisfy { if case .changed = $0.kind { true } else { false } })
        #expect(diff.figureChanges.last?.figure.sentence == "Assen had 68.500 inwoners.")
        #expect(diff.figureChanges.last?.figure.section == "Bevolking in 2020")
        #expect(diff.settingChanges.map(\.setting) == [.parameter("jaar")])
    }

    private let listNotebook = """
        ```streek table
        lijst = load "bevolking.csv" | select gemeente, inwoners
        ```
        """

    @Test func aRowThatMovesIsNotAChange() throws {
        let old = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1\nEmmen,2\nMeppel,3\n"])
        let new = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nMeppel,3\nAssen,1\nEmmen,2\n"])
        let diff = RenderFixture.diff(old, new)
        #expect(diff.blockChanges.isEmpty && diff.figureChanges.isEmpty)
        // Only the data file's bytes differ.
        #expect(diff.inputChanges.map(\.path) == ["Data/bevolking.csv"])
    }

    @Test func rowsAddedAndRemovedAreReportedWithTheirCells() throws {
        let old = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1\nEmmen,2\nHoogeveen,4\n"])
        let new = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1\nMeppel,3\nEmmen,2\n"])
        let diff = RenderFixture.diff(old, new)
        let block = try #require(blockDiffs(diff).first)
        #expect(block.rowsAdded.map(block.newKey) == ["Meppel"])
        #expect(block.rowsRemoved.map(block.oldKey) == ["Hoogeveen"])
        #expect(block.cellChanges.isEmpty)
        let report = RenderedDiff.report(diff, format: .text)
        #expect(report.contains("+ rij Meppel: inwoners: 3"))
        #expect(report.contains("- rij Hoogeveen: inwoners: 4"))
        #expect(report.contains("rijen toegevoegd: 1, verwijderd: 1"))
    }

    @Test func aFigureWhoseSentenceChangedIsMatchedByItsExpression() throws {
        let data = ["bevolking.csv": "gemeente,inwoners\nAssen,68000\nEmmen,107000\n"]
        let old = try fixture.sidecar(notebook: "# Inwoners\n\nAssen telde `= t.inwoners[Assen]` inwoners.\n\n```streek table\nt = load \"bevolking.csv\"\n```\n", data: data)
        let newData = ["bevolking.csv": "gemeente,inwoners\nAssen,69000\nEmmen,107000\n"]
        let new = try fixture.sidecar(notebook: "# Inwoners\n\nIn Assen woonden toen `= t.inwoners[Assen]` mensen.\n\n```streek table\nt = load \"bevolking.csv\"\n```\n", data: newData)
        let diff = RenderFixture.diff(old, new)
        let figure = try #require(diff.figureChanges.first)
        #expect(diff.figureChanges.count == 1)
        #expect(figure.figure.sentence == "In Assen woonden toen 69.000 mensen.")
        #expect(figure.oldSentence == "Assen telde 68.000 inwoners." && figure.reworded)
        let report = RenderedDiff.report(diff, format: .text)
        #expect(report.contains("68.000 → 69.000 (+1.000)"))
        #expect(report.contains("was: Assen telde 68.000 inwoners."))
    }

    /// Two figures in one sentence both change: the old side shows the old render's own sentence.
    @Test func theOldSentenceIsTheOldRendersOwn() throws {
        let notebook = "Assen telde `= t.inwoners[Assen]` en Emmen `= t.inwoners[Emmen]` inwoners.\n\n```streek table\nt = load \"b.csv\"\n```\n"
        let old = try fixture.sidecar(notebook: notebook, data: ["b.csv": "gemeente,inwoners\nAssen,68000\nEmmen,107000\n"])
        let new = try fixture.sidecar(notebook: notebook, data: ["b.csv": "gemeente,inwoners\nAssen,69000\nEmmen,108000\n"])
        let html = RenderedDiff.report(RenderFixture.diff(old, new), format: .html)
        #expect(html.contains("<td class=\"old\">Assen telde 68.000 en Emmen <del>107.000</del> inwoners.</td>"))
        #expect(html.contains("<td class=\"new\">Assen telde 69.000 en Emmen <ins>108.000</ins> inwoners.</td>"))
        #expect(!RenderedDiff.report(RenderFixture.diff(old, new), format: .text).contains("was:"), "not reworded")
    }

    @Test func percentagesDifferInPercentagePointsAndSignsAreKept() throws {
        let notebook = "```streek table\nt = load \"aandeel.csv\"\nformat aandeel percent\nformat saldo signed\n```\n"
        let old = try fixture.sidecar(notebook: notebook, data: ["aandeel.csv": "gemeente,aandeel,saldo\nAssen,57,-434\n"])
        let new = try fixture.sidecar(notebook: notebook, data: ["aandeel.csv": "gemeente,aandeel,saldo\nAssen,61,120\n"])
        let diff = RenderFixture.diff(old, new)
        #expect(cells(diff) == ["Assen/aandeel: 57% → 61% (+4 procentpunt)", "Assen/saldo: −434 → +120 (+554)"])
    }

    @Test func theThresholdHidesSmallChangesAndTheSummaryRanksTheLargest() throws {
        let old = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1000\nEmmen,2000\nMeppel,3000\n"])
        let new = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1010\nEmmen,3000\nMeppel,3003\n"])
        let full = RenderFixture.diff(old, new)
        let summary = RenderedDiff.report(full, format: .text)
        let largest = try #require(summary.range(of: "Grootste relatieve veranderingen:"))
        #expect(summary[largest.upperBound...].hasPrefix("\n  Emmen, inwoners (lijst): 2.000 → 3.000 (+1.000; +50,0%)"))
        let relative = full.filtered(by: Threshold(parsing: "5%")!)
        #expect(cells(relative) == ["Emmen/inwoners: 2.000 → 3.000 (+1.000)"])
        #expect(relative.hiddenChanges == 2)
        let absolute = full.filtered(by: Threshold(parsing: "5")!)
        #expect(cells(absolute) == ["Assen/inwoners: 1.000 → 1.010 (+10)", "Emmen/inwoners: 2.000 → 3.000 (+1.000)"])
        #expect(Threshold(parsing: "-1") == nil && Threshold(parsing: "veel") == nil)
    }

    @Test func theHTMLReportShowsEachChangedTableInItsOwnLayout() throws {
        let old = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1304\nEmmen,2000\n"])
        let new = try fixture.sidecar(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1993\nEmmen,2000\nMeppel,5\n"])
        let html = RenderedDiff.report(RenderFixture.diff(old, new), format: .html)
        #expect(html.contains("<table class=\"layout\">"))
        #expect(html.contains("<tr class=\"changed\"><td class=\"cell\">Assen</td><td class=\"cell cell-changed number\"><del>1.304</del> → <ins>1.993</ins> <small>(+689)</small></td></tr>"))
        #expect(html.contains("<tr class=\"same\"><td class=\"cell\">Emmen</td>"))
        #expect(html.contains("<tr class=\"added\"><td class=\"cell\">Meppel</td>"))
        #expect(html.contains("<h2>Samenvatting</h2>"))
    }

    @Test func aRenderWithoutSidecarIsReadFromItsMarkdown() throws {
        let data = ["bevolking.csv": "gemeente,inwoners\nAssen,1304\n"]
        let old = try fixture.renderFiles(notebook: listNotebook, data: data, into: "oud")
        let new = try fixture.renderFiles(notebook: listNotebook, data: ["bevolking.csv": "gemeente,inwoners\nAssen,1993\n"], into: "nieuw")
        let typed = try RenderedDiff.run(oldPath: old, newPath: new, options: .init())
        #expect(typed.usedSidecars && typed.hasDifferences)
        // The same renders given as their sidecars.
        let direct = try RenderedDiff.run(oldPath: old.replacingOccurrences(of: ".md", with: ".json"),
                                          newPath: new.replacingOccurrences(of: ".md", with: ".json"), options: .init())
        #expect(direct.usedSidecars && direct.report == typed.report.replacingOccurrences(of: ".md", with: ".json"))
        try FileManager.default.removeItem(atPath: old.replacingOccurrences(of: ".md", with: ".json"))
        let frozen = try RenderedDiff.run(oldPath: old, newPath: new, options: .init())
        #expect(!frozen.usedSidecars && frozen.hasDifferences)
        #expect(frozen.report.contains("Assen, inwoners: 1.304 → 1.993 (+689)"))
    }

    @Test func aBrokenSidecarIsAnErrorNamingTheFile() throws {
        try fixture.write("{\"schema\": \"streek-sidecar\", \"schemaVersion\": 99}", to: "x.json")
        try fixture.write("{\"schema\": \"streek-sidecar\", \"schemaVersion\": 1, \"blocks\": 3}", to: "y.json")
        let path = { (name: String) in fixture.root.appendingPathComponent(name).path }
        #expect(throws: RenderedDocumentError.self) { try RenderedDiff.run(oldPath: path("x.json"), newPath: path("x.json"), options: .init()) }
        do {
            _ = try RenderedDiff.run(oldPath: path("y.json"), newPath: path("y.json"), options: .init())
            Issue.record("a malformed sidecar was accepted")
        } catch {
            #expect(String(describing: error).contains("y.json"))
        }
    }
}
