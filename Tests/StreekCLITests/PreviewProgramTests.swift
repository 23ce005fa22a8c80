import Foundation
import StreekTestSupport
import Testing

/// `streek watch` lives in its own program, `streek-preview`, so that `streek` itself loads no network
/// libraries; `streek watch` finds that program next to itself or says what to do.
@Suite("streek and streek-preview")
struct PreviewProgramTests {
    private var preview: URL { ProgramRun.streek.deletingLastPathComponent().appendingPathComponent("streek-preview") }

    #if os(Linux)
    /// The shared libraries the dynamic loader maps for `program`, as `ldd` lists them.
    private func sharedLibraries(of program: URL) throws -> [String]? {
        guard let ldd = ProgramRun.installed("ldd") else { return nil }
        let run = try ProgramRun.run(ldd, [program.path], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0, "\(run.err)")
        return run.out.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    private func isNetworking(_ library: String) -> Bool {
        library.contains("FoundationNetworking") || library.contains("libcurl")
    }

    @Test func streekLoadsNoNetworkLibrariesAndThePreviewDoes() throws {
        guard let streek = try sharedLibraries(of: ProgramRun.streek),
              let preview = try sharedLibraries(of: preview) else { return }
        #expect(!streek.isEmpty)
        #expect(streek.filter(isNetworking).isEmpty, "streek links \(streek.filter(isNetworking))")
        // The same test on the preview program shows that it would notice those libraries.
        #expect(!preview.filter(isNetworking).isEmpty)
    }
    #endif

    @Test func watchWithoutThePreviewProgramSaysWhatToDo() throws {
        let project = try ScratchProject.twoNotebooks(prefix: "streek-cli")
        let lonely = project.root.appendingPathComponent("bin/streek")
        try FileManager.default.createDirectory(at: lonely.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: ProgramRun.streek, to: lonely)
        let run = try ProgramRun.run(lonely, ["watch", "--port", "0"], in: project.root)
        #expect(run.status == 1)
        #expect(run.err.contains("streek watch heeft het programma streek-preview nodig"))
        #expect(run.err.contains("(gezocht: \(lonely.deletingLastPathComponent().path)/streek-preview)"))
        #expect(run.err.contains("kopieer beide bestanden, streek en streek-preview, naar dezelfde map"))
        #expect(!project.exists("Rendered"), "nothing rendered")
        let english = try ProgramRun.run(lonely, ["watch", "--lang", "en"], in: project.root)
        #expect(english.status == 1)
        #expect(english.err.contains("streek watch needs the program streek-preview, which is not next to streek"))
    }

    @Test func aBadWatchOptionIsReportedByStreekItself() throws {
        let project = try ScratchProject.twoNotebooks(prefix: "streek-cli")
        let run = try ProgramRun.run(ProgramRun.streek, ["watch", "--port", "banaan"], in: project.root)
        #expect(run.status != 0)
        #expect(run.err.contains("--port"))
        #expect(run.err.contains("Usage: streek watch"))
    }

    @Test func thePreviewProgramDescribesItselfAsStreekWatch() throws {
        let run = try ProgramRun.run(preview, ["--help"], in: FileManager.default.temporaryDirectory)
        #expect(run.status == 0)
        #expect(run.out.contains("USAGE: streek watch [<notebooks> ...]"))
        #expect(run.out.contains("--no-write"))
    }
}
