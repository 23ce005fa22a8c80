import Foundation
import Testing

/// Runs the `streek` executable the way an author or CI does.
@Suite("streek command line", .serialized)
struct CommandLineTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("streek-cli-\(UUID().uuidString)")
        try write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Verhuismutaties, §3.1
            # grain: finest
            # title: Vestiging en vertrek
            gemeente,jaar,vestiging,vertrek
            Hoogeveen,2011,1304,1463
            Hoogeveen,2016,1993,2427
            Emmen,2011,2478,2833
            Emmen,2016,3057,3001

            """, to: "Data/verhuismutaties.csv")
        try write(goodNotebook, to: "Notebooks/goed.md")
    }

    private let goodNotebook = """
        # Goed

        ```streek setup
        param jaar = 2016
        years jaar: 2011, 2016
        ```

        Hoogeveen: `= t.vestiging[Hoogeveen]`.

        ```streek table
        t = load "verhuismutaties.csv" | filter jaar == $jaar
        caption "Vestiging {$jaar}"
        ```

        """

    private func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    private func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Runs streek in the project folder; returns exit status, standard output and standard error.
    private func streek(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try StreekProcess.run(arguments, in: root)
    }

    @Test func renderWritesMarkdownAndHTML() throws {
        let result = try streek("render")
        #expect(result.status == 0)
        #expect(read("Rendered/goed.md")?.contains("Hoogeveen: 1.993.") == true)
        #expect(read("Rendered/goed.html")?.hasPrefix("<!DOCTYPE html>") == true)
    }

    @Test func aBrokenNotebookFailsAloneAndLeavesNoOutput() throws {
        try write("# Kapot\n\n```streek\nt = load \"verhuismutaties.csv\"\n  | fliter jaar == 2016\n```\n", to: "Notebooks/kapot.md")
        let result = try streek("render")
        #expect(result.status != 0)
        #expect(result.err.contains("Notebooks/kapot.md:5:5: error: unknown verb 'fliter'; did you mean 'filter'?"))
        #expect(!exists("Rendered/kapot.md") && !exists("Rendered/kapot.html"))
        #expect(exists("Rendered/goed.md") && exists("Rendered/goed.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Rendered").path)
        #expect(leftovers.sorted() == ["goed.html", "goed.md"])
    }

    @Test func aFailedRenderKeepsThePreviousOutputIntact() throws {
        _ = try streek("render")
        let before = read("Rendered/goed.md")
        try write(goodNotebook + "Fout: `= t.vestiging[Hogeveen]`.\n", to: "Notebooks/goed.md")
        let result = try streek("render")
        #expect(result.status != 0)
        #expect(result.err.contains("did you mean 'Hoogeveen'?"))
        #expect(read("Rendered/goed.md") == before)
    }

    @Test func renderingTwiceGivesIdenticalFiles() throws {
        _ = try streek("render")
        let first = (read("Rendered/goed.md"), read("Rendered/goed.html"))
        _ = try streek("render")
        #expect(read("Rendered/goed.md") == first.0)
        #expect(read("Rendered/goed.html") == first.1)
    }

    @Test func checkNamesStaleFiles() throws {
        #expect(try streek("check").status != 0)
        _ = try streek("render")
        #expect(try streek("check").status == 0)
        try write("veranderd\n", to: "Rendered/goed.md")
        let result = try streek("check")
        #expect(result.status != 0)
        #expect(result.err.contains("stale: Rendered/goed.md"))
    }

    /// A chart writes its SVG beside the Markdown; `check` covers that file too; a chart error writes nothing.
    @Test func chartFilesAreWrittenCheckedAndNeverHalfWritten() throws {
        try write("# Grafiek\n\n```streek chart\ns = load \"verhuismutaties.csv\" | filter jaar == 2016\n```\n", to: "Notebooks/grafiek.md")
        #expect(try streek("render").status == 0)
        let svg = try #require(read("Rendered/grafiek/s.svg"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(read("Rendered/grafiek.md")?.contains("](grafiek/s.svg)") == true)
        #expect(try streek("check").status == 0)
        try write("<svg/>\n", to: "Rendered/grafiek/s.svg")
        let stale = try streek("check")
        #expect(stale.status != 0 && stale.err.contains("stale: Rendered/grafiek/s.svg"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("Rendered"))
        try write("# Grafiek\n\n```streek chart\ns = load \"verhuismutaties.csv\"\ny gemeente\n```\n", to: "Notebooks/grafiek.md")
        let broken = try streek("render", "Notebooks/grafiek.md")
        #expect(broken.status != 0)
        #expect(broken.err.contains("Notebooks/grafiek.md:5:3: error: column 'gemeente' holds text, not numbers"))
        #expect(!exists("Rendered/grafiek.md") && !exists("Rendered/grafiek"))
    }

    @Test func allYearsRendersOneFilePerYear() throws {
        let result = try streek("render", "--all-years", "--out", "jaren")
        #expect(result.status == 0)
        #expect(read("jaren/goed-2011.md")?.contains("Hoogeveen: 1.304.") == true)
        #expect(read("jaren/goed-2016.md")?.contains("Hoogeveen: 1.993.") == true)
    }

    @Test func diffExitStatusFollowsDiff() throws {
        _ = try streek("render", "--param", "jaar=2011", "--out", "oud")
        _ = try streek("render", "--param", "jaar=2016", "--out", "nieuw")
        let same = try streek("diff", "oud/goed.md", "oud/goed.md")
        #expect(same.status == 0)
        let changed = try streek("diff", "oud/goed.md", "nieuw/goed.md", "--color", "never")
        #expect(changed.status == 1)
        #expect(changed.out.contains("1.304 → 1.993 (+689)"))
        #expect(try streek("diff", "oud/goed.md", "bestaat-niet.md").status == 2)
        #expect(try streek("diff", "oud/goed.md", "nieuw/goed.md", "--format", "pdf").status == 2)
    }

    @Test func badParameterSyntaxIsAUsageError() throws {
        let result = try streek("render", "--param", "jaar")
        #expect(result.status != 0)
        #expect(result.err.contains("--param expects name=value"))
    }

    /// Issue 5's acceptance check on the real quick scan: 2011 against 2016.
    @Test func quickScanDiffBetweenDataYears() throws {
        let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let notebook = repository.appendingPathComponent("Notebooks/verzorgingsgebieden.md").path
        for year in ["2011", "2016"] {
            let render = try streek("render", notebook, "--project", repository.path, "--param", "jaar=\(year)", "--out", "scan-\(year)")
            #expect(render.status == 0, "\(render.err)")
        }
        let changed = try streek("diff", "scan-2011/verzorgingsgebieden.md", "scan-2016/verzorgingsgebieden.md", "--color", "never")
        #expect(changed.status == 1)
        #expect(changed.out.contains("Hoogeveen, Vestiging: 1.304 → 1.993 (+689)"))
        #expect(try streek("diff", "scan-2016/verzorgingsgebieden.md", "scan-2016/verzorgingsgebieden.md").status == 0)
    }
}

