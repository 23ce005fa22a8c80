import Foundation
import Testing

/// Runs the `streek` executable the way an author or CI does.
@Suite("streek command line", .serialized)
struct CommandLineTests {
    let project: CLIProject
    var root: URL { project.root }

    init() throws {
        project = try CLIProject()
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

    private func write(_ text: String, to path: String) throws { try project.write(text, to: path) }
    private func read(_ path: String) -> String? { project.read(path) }
    private func exists(_ path: String) -> Bool { project.exists(path) }
    private func streek(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try streek(in: root, arguments)
    }

    /// Runs streek in `folder`.
    private func streek(in folder: URL, _ arguments: [String]) throws -> (status: Int32, out: String, err: String) {
        let run = try ProgramRun.run(ProgramRun.streek, arguments, in: folder)
        return (run.status, run.out, run.err)
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
        #expect(result.err.contains("Notebooks/kapot.md:5:5: fout: onbekend werkwoord 'fliter'; bedoelt u 'filter'?"))
        #expect(!exists("Rendered/kapot.md") && !exists("Rendered/kapot.html"))
        #expect(exists("Rendered/goed.md") && exists("Rendered/goed.html"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Rendered").path)
        #expect(leftovers.filter { $0 != ".streek-cache" }.sorted() == ["goed.html", "goed.json", "goed.md"])
    }

    @Test func aFailedRenderKeepsThePreviousOutputIntact() throws {
        _ = try streek("render")
        let before = read("Rendered/goed.md")
        try write(goodNotebook + "Fout: `= t.vestiging[Hogeveen]`.\n", to: "Notebooks/goed.md")
        let result = try streek("render")
        #expect(result.status != 0)
        #expect(result.err.contains("bedoelt u 'Hoogeveen'?"))
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
        #expect(result.err.contains("verouderd: Rendered/goed.md (voer uit: streek render Notebooks/goed.md)"))
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
        #expect(stale.status != 0 && stale.err.contains("verouderd: Rendered/grafiek/s.svg"))
        try FileManager.default.removeItem(at: root.appendingPathComponent("Rendered"))
        try write("# Grafiek\n\n```streek chart\ns = load \"verhuismutaties.csv\"\ny gemeente\n```\n", to: "Notebooks/grafiek.md")
        let broken = try streek("render", "Notebooks/grafiek.md")
        #expect(broken.status != 0)
        #expect(broken.err.contains("Notebooks/grafiek.md:5:3: fout: kolom 'gemeente' bevat tekst, geen getallen"))
        #expect(!exists("Rendered/grafiek.md") && !exists("Rendered/grafiek"))
    }

    /// A map writes its SVG beside the Markdown; a renamed map leaves no old file behind (check names one
    /// that is left over); a map error writes nothing.
    @Test func mapFilesFollowTheNotebook() throws {
        let project = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for file in ["gemeentegrenzen_2023_rd.csv", "gemeenten.csv", "herindelingen.csv"] {
            try write(try String(contentsOf: project.appendingPathComponent("Data/geografie/" + file), encoding: .utf8),
                      to: "Data/geografie/" + file)
        }
        let map = { (name: String, value: String) in
            "# Kaart\n\n```streek map\n\(name) = load \"verhuismutaties.csv\" | filter jaar == 2016\nvalue \(value)\nextent gegevens\n```\n"
        }
        try write(map("a", "vestiging"), to: "Notebooks/kaart.md")
        #expect(try streek("render", "Notebooks/kaart.md").status == 0)
        #expect(read("Rendered/kaart/kaart-a.svg")?.contains("role=\"img\"") == true)
        try write(map("b", "vestiging"), to: "Notebooks/kaart.md")
        let check = try streek("check", "Notebooks/kaart.md")
        #expect(check.status != 0 && check.err.contains("overgebleven: Rendered/kaart/kaart-a.svg"))
        #expect(try streek("render", "Notebooks/kaart.md").status == 0)
        #expect(exists("Rendered/kaart/kaart-b.svg") && !exists("Rendered/kaart/kaart-a.svg"))
        #expect(try streek("check", "Notebooks/kaart.md").status == 0)
        try write(map("c", "gemeente"), to: "Notebooks/kaart.md")
        let broken = try streek("render", "Notebooks/kaart.md")
        #expect(broken.status != 0 && broken.err.contains("Notebooks/kaart.md:5:7: fout: de waardekolom 'gemeente' bevat geen getallen"))
        #expect(!exists("Rendered/kaart/kaart-c.svg") && exists("Rendered/kaart/kaart-b.svg"))
    }

    @Test func allYearsRendersOneFilePerYear() throws {
        let result = try streek("render", "--all-years", "--out", "jaren")
        #expect(result.status == 0)
        #expect(read("jaren/goed-2011.md")?.contains("Hoogeveen: 1.304.") == true)
        #expect(read("jaren/goed-2016.md")?.contains("Hoogeveen: 1.993.") == true)
    }

    private let profileNotebook = """
        # Profiel van `= $stad`

        ```streek setup
        param jaar = 2016
        param stad = "Hoogeveen"
        years jaar: 2011, 2016
        variants stad: "Hoogeveen", "Emmen", "../Emmen/x"
        ```

        Vestiging: `= t.vestiging[$stad]`.

        ```streek
        t = load "verhuismutaties.csv" | filter jaar == $jaar
        ```

        """

    @Test func allRendersEveryCombinationOfYearsAndVariants() throws {
        try write(profileNotebook.replacingOccurrences(of: ", \"../Emmen/x\"", with: ""), to: "Notebooks/profiel.md")
        let result = try streek("render", "Notebooks/profiel.md", "--all", "--out", "alle")
        #expect(result.status == 0)
        #expect(read("alle/profiel-2011-hoogeveen.md")?.contains("Vestiging: 1.304.") == true)
        #expect(read("alle/profiel-2011-emmen.md")?.contains("Vestiging: 2.478.") == true)
        #expect(read("alle/profiel-2016-emmen.md")?.contains("# Profiel van Emmen") == true)
        #expect(exists("alle/profiel-2016-hoogeveen.html"))
        let years = try streek("render", "Notebooks/profiel.md", "--all-years", "--param", "stad=Emmen", "--out", "jaren")
        #expect(years.status == 0)
        #expect(read("jaren/profiel-2011.md")?.contains("Vestiging: 2.478.") == true)
    }

    @Test func variantsAreCheckedAndFileNamesConfined() throws {
        try write(profileNotebook.replacingOccurrences(of: ", \"../Emmen/x\"", with: ""), to: "Notebooks/profiel.md")
        let clash = try streek("render", "Notebooks/profiel.md", "--all", "--param", "stad=Emmen")
        #expect(clash.status != 0)
        #expect(clash.err.contains("--param stad=… gaat niet samen met --all, dat elke stad rendert (Hoogeveen, Emmen); laat een van de twee weg"))
        let outside = try streek("render", "Notebooks/profiel.md", "--param", "stad=Emen")
        #expect(outside.status != 0)
        #expect(outside.err.contains("Notebooks/profiel.md:7:1: fout: --param stad=Emen is geen van de varianten die het notebook noemt (Hoogeveen, Emmen); bedoelt u 'Emmen'?"))
        try write(profileNotebook, to: "Notebooks/profiel.md")
        let strange = try streek("render", "Notebooks/profiel.md", "--all", "--out", "vreemd")
        // The odd value renders to a confined name (and fails on its row key); nothing lands outside vreemd/.
        #expect(strange.status != 0)
        #expect(strange.err.contains("parameter $stad = '../Emmen/x' komt niet voor in kolom 'gemeente'"))
        #expect(!exists("Emmen") && exists("vreemd/profiel-2016-emmen.md"))
        let written = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("vreemd").path)
        #expect(written.filter { $0 != ".streek-cache" }.allSatisfy { $0.hasPrefix("profiel-20") })
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
        #expect(result.err.contains("--param verwacht naam=waarde"))
    }

    @Test func initThenRenderInAnEmptyFolder() throws {
        let project = root.appendingPathComponent("nieuw")
        try FileManager.default.createDirectory(at: project, withIntermediateDirectories: true)
        let initialised = try streek(in: project, ["init"])
        #expect(initialised.status == 0, "\(initialised.err)")
        for path in ["Notebooks/eerste-rapport.md", "Data/README.md", "Data/verhuismutaties.csv", ".gitignore"] {
            #expect(exists("nieuw/" + path), "\(path)")
        }
        let rendered = try streek(in: project, ["render"])
        #expect(rendered.status == 0, "\(rendered.err)")
        let markdown = read("nieuw/Rendered/eerste-rapport.md") ?? ""
        #expect(markdown.contains("| Hoogeveen | 1.993 | 2.427 | −434 |"))
        #expect(markdown.contains("het saldo was +218"))
        #expect(exists("nieuw/Rendered/eerste-rapport.html"))
        #expect(try streek(in: project, ["check"]).status == 0)
        #expect(try streek(in: project, ["render", "--all-years"]).status == 0)
        #expect(read("nieuw/Rendered/eerste-rapport-2011.md")?.contains("| Hoogeveen | 1.304 | 1.463 | −159 |") == true)
    }

    @Test func initCreatesAMissingFolder() throws {
        let result = try streek("init", "diep/nieuw")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.contains("cd diep/nieuw && streek render"))
        #expect(try streek("render", "--project", "diep/nieuw").status == 0)
        #expect(exists("diep/nieuw/Rendered/eerste-rapport.html"))
    }

    @Test func initRefusesToOverwriteAndWritesNothing() throws {
        // The test project already has Notebooks/ and Data/.
        let before = try FileManager.default.contentsOfDirectory(atPath: root.path).sorted()
        let result = try streek("init")
        #expect(result.status != 0)
        #expect(result.err.contains("bevat al Notebooks, Data"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == before)
        #expect(!exists(".gitignore") && !exists("Notebooks/eerste-rapport.md"))

        try write("mijn eigen regels\n", to: "ander/.gitignore")
        let clash = try streek("init", "ander")
        #expect(clash.status != 0)
        #expect(read("ander/.gitignore") == "mijn eigen regels\n")
        #expect(!exists("ander/Notebooks"))

        try write("geen map\n", to: "bestand")
        #expect(try streek("init", "bestand").status != 0)
    }

    /// The example data of `streek init` are real published figures: every row is in the project's data.
    @Test func initExampleDataMatchesThePublishedFigures() throws {
        #expect(try streek("init", "voorbeeld").status == 0)
        let example = read("voorbeeld/Data/verhuismutaties.csv") ?? ""
        let published = try String(contentsOf: ProgramRun.repository.appendingPathComponent("Data/migratie/verhuismutaties.csv"), encoding: .utf8)
        let publishedLines = published.split(separator: "\n")
        #expect(example.split(separator: "\n").first == publishedLines.first)
        var rows = 0
        for line in example.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("gemeente") {
            let fields = line.split(separator: ",")
            // gemeente,jaar,vestiging,vertrek against gemeente,jaar,jaar_werkelijk,vestiging,vertrek
            let match = "\(fields[0]),\(fields[1]),\(fields[1]),\(fields[2]),\(fields[3])"
            #expect(publishedLines.contains(Substring(match)), "\(line)")
            rows += 1
        }
        #expect(rows == 10)
    }

    /// Issue 5's acceptance check on the real quick scan: 2011 against 2016.
    @Test func quickScanDiffBetweenDataYears() throws {
        let repository = ProgramRun.repository
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

    /// `--rev` reads the old render from a commit without checking it out; `--threshold` hides small changes.
    @Test func diffAgainstAGitRevisionAndWithAThreshold() throws {
        #expect(try streek("render").status == 0)
        for arguments in [["init", "-q"], ["add", "."], ["-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "2016"]] {
            let git = Process()
            git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            git.arguments = ["git"] + arguments
            git.currentDirectoryURL = root
            try git.run()
            git.waitUntilExit()
            #expect(git.terminationStatus == 0)
        }
        #expect(try streek("diff", "--rev", "HEAD", "Rendered/goed.md").status == 0)
        let data = try #require(read("Data/verhuismutaties.csv"))
        try write(data.replacingOccurrences(of: "Hoogeveen,2016,1993", with: "Hoogeveen,2016,2001"), to: "Data/verhuismutaties.csv")
        #expect(try streek("render").status == 0)
        let changed = try streek("diff", "--rev", "HEAD", "Rendered/goed.md", "--color", "never")
        #expect(changed.status == 1)
        #expect(changed.out.contains("--- HEAD:Rendered/goed.md"))
        #expect(changed.out.contains("1.993 → 2.001 (+8)"))
        #expect(changed.out.contains("Data/verhuismutaties.csv: sha256 "))
        // Below the threshold (the table cell and the live figure) only the input file's change is left; still a difference.
        let quiet = try streek("diff", "--rev", "HEAD", "Rendered/goed.md", "--threshold", "1%", "--color", "never")
        #expect(quiet.status == 1 && !quiet.out.contains("1.993 → 2.001") && quiet.out.contains("onder de drempel, niet getoond: 2"))
        // The documented git diff driver: `git diff` on the sidecar shows the semantic diff.
        try write("Rendered/*.json diff=streek\n", to: ".gitattributes")
        let git = Process(), out = Pipe()
        git.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        git.arguments = ["git", "-c", "diff.streek.command=\(ProgramRun.streek.path) diff --color never --git-driver", "diff", "Rendered/goed.json"]
        git.currentDirectoryURL = root
        git.standardOutput = out
        try git.run()
        let driven = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        git.waitUntilExit()
        #expect(git.terminationStatus == 0)
        #expect(driven.contains("--- a/Rendered/goed.json") && driven.contains("1.993 → 2.001 (+8)"))
        #expect(try streek("diff", "--rev", "geen-revisie", "Rendered/goed.md").status == 2)
        #expect(try streek("diff", "--rev", "--upload-pack=x", "Rendered/goed.md").status == 2)
        #expect(try streek("diff", "Rendered/goed.md").status == 2)
        #expect(try streek("diff", "Rendered/goed.md", "Rendered/goed.md", "--threshold", "veel").status == 2)
    }

    @Test func dataShowsHowAStatLineFileIsRead() throws {
        let repository = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let result = try streek("data", repository.appendingPathComponent("Data/cbs/verhuismutaties_statline.csv").path,
                                "--project", repository.path, "--rows", "2")
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Data/cbs/verhuismutaties_statline.csv\n"))
        #expect(result.out.contains("scheidingsteken  \";\", ook aan het eind van elke regel"))
        #expect(result.out.contains("codering         utf-8 (met BOM)"))
        #expect(result.out.contains("titelregel       Verhuismutaties; vestiging en vertrek per Drentse gemeente, 2011 en 2016"))
        #expect(result.out.contains("ontbrekend 12 (. 12)"))
        #expect(result.out.contains("Perioden"))
        #expect(result.out.contains("periodecodes → jaar"))
        #expect(result.out.contains("  GM0118 | Hoogeveen | 2011JJ00 | 2011 | 1304 | 1463 | .\n"))
        #expect(result.out.hasSuffix("load-regel:\n  tabel = load \"cbs/verhuismutaties_statline.csv\" separator \";\" decimal \",\"\n"))
    }

    @Test func dataReportsABadFileAtItsPlace() throws {
        try write("gemeente,n\nHoogeveen,1\nEmmen,2\nAssen,N.B.\n", to: "Data/stray.csv")
        let result = try streek("data", "Data/stray.csv")
        #expect(result.status == 1)
        #expect(result.err == "fout: Data/stray.csv:4:7: kolom 'n' bevat getallen, maar in deze cel staat 'N.B.' (1 cel van 3 geen getal); betekent dat ontbrekend, zet dan missing \"N.B.\" in de load-regel; is de kolom tekst, zet dan text n erin\n")
    }
}
