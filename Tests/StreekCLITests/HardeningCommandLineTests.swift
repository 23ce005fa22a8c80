import Foundation
import Testing

/// The command line under attack (issue 16): outputs stay in their folder, sources are never overwritten,
/// a stopped render leaves no temporary files.
@Suite("Hardening: streek command line", .serialized)
struct HardeningCommandLineTests {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("streek-cli-hard-\(UUID().uuidString)")
        try write("gemeente,jaar,vestiging\nHoogeveen,2011,1304\nHoogeveen,2016,1993\n", to: "Data/m.csv")
        try write(notebook, to: "Notebooks/n.md")
    }

    private let notebook = "# N\n\n```streek table\nt = load \"m.csv\"\n```\n"

    private func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func streek(_ arguments: String...) throws -> (status: Int32, out: String, err: String) {
        try StreekProcess.run(arguments, in: root)
    }

    /// The folder's files, without the render cache's own entry.
    private func files(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? [])
            .filter { $0 != ".streek-cache" }.sorted()
    }

    @Test func anOutputFolderThatHoldsSourcesIsRefused() throws {
        for folder in ["Notebooks", "Data", "Data/sub", "./Notebooks/"] {
            let result = try streek("render", "--out", folder)
            #expect(result.status != 0, "\(folder)")
            #expect(result.err.contains("dat bronnen bevat; kies een andere map voor --out"), "\(folder): \(result.err)")
        }
        #expect(try String(contentsOf: root.appendingPathComponent("Notebooks/n.md"), encoding: .utf8) == notebook)
        #expect(files(in: "Notebooks") == ["n.md"])
        #expect(files(in: "Data") == ["m.csv"])
    }

    @Test func aDataYearCannotNameAFileOutsideTheOutputFolder() throws {
        let escape = "/tmp/streek-escape-\(UUID().uuidString)"
        try write("```streek setup\nparam naam = \"a\"\nyears naam: \"a\", \"/../../../..\(escape)\"\n```\n\nTekst.\n", to: "Notebooks/n.md")
        let result = try streek("render", "--all-years", "--out", "uit")
        #expect(result.status == 0, "\(result.err)")
        #expect(!FileManager.default.fileExists(atPath: escape + ".md"))
        #expect(files(in: "uit").allSatisfy { $0.hasPrefix("n-") && !$0.contains("/") })
        #expect(files(in: "uit").count == 6) // .md, .html and the .json sidecar per year
    }

    @Test func nanAsAParameterIsRefused() throws {
        try write("```streek setup\nparam jaar = 2016\n```\n\n```streek table\nt = load \"m.csv\" | filter jaar == $jaar\n```\n", to: "Notebooks/n.md")
        let result = try streek("render", "--param", "jaar=nan")
        #expect(result.status != 0)
        #expect(result.err.contains("Notebooks/n.md:2:1: fout: --param jaar=nan: 'jaar' is een getal"))
        #expect(files(in: "Rendered").isEmpty)
    }

    @Test func anOutputFolderThatIsAFileGetsAPlainMessage() throws {
        try write("bestand", to: "bezet")
        let result = try streek("render", "--out", "bezet")
        #expect(result.status != 0)
        #expect(result.err.contains("bezet: een deel van dit pad is een bestand, geen map"), "\(result.err)")
        #expect(!result.err.contains("NSCocoaErrorDomain"))
    }

    @Test func aStoppedRenderLeavesNoTemporaryFiles() throws {
        // Hold the lock on the output folder, so the render stages its temporary files and then waits;
        // stop it there with SIGTERM or SIGINT: its temporary files must go, and nothing replaces the set.
        let folder = root.appendingPathComponent("uit")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for stop in [SIGTERM, SIGINT] {
            let lock = open(folder.path, O_RDONLY | O_DIRECTORY)
            #expect(flock(lock, LOCK_EX) == 0)
            let (process, _, _) = StreekProcess.process(["render", "--out", "uit"], in: root)
            try process.run()
            var waited = 0
            while files(in: "uit").filter({ $0.contains("streek-") }).count < 3, waited < 600 { usleep(50_000); waited += 1 }
            #expect(files(in: "uit").filter { $0.contains("streek-") }.count == 3, "the render staged its files")
            kill(process.processIdentifier, stop)
            var grace = 0
            while process.isRunning, grace < 200 { usleep(50_000); grace += 1 }
            if process.isRunning {
                Issue.record("signal \(stop) did not stop the render")
                kill(process.processIdentifier, SIGKILL)
            }
            process.waitUntilExit()
            close(lock)
            #expect(process.terminationReason == .uncaughtSignal && process.terminationStatus == stop)
            #expect(files(in: "uit").isEmpty, "signal \(stop): \(files(in: "uit"))")
        }
        // Without the lock held, the same render completes.
        #expect(try streek("render", "--out", "uit").status == 0)
        #expect(files(in: "uit") == ["n.html", "n.json", "n.md"])
    }
}
