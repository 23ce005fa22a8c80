import Foundation
import StreekTestSupport
import Testing

/// `streek render` skips what has not changed and `--force` renders anyway; `streek check` still
/// renders everything; `streek watch` starts, serves and stops on Ctrl-C.
@Suite("incremental render and watch on the command line", .serialized)
struct IncrementalRenderTests {
    let project: ScratchProject

    init() throws {
        project = try ScratchProject.twoNotebooks(prefix: "streek-cli")
    }

    private func lines(_ output: String, starting prefix: String) -> [String] {
        output.split(separator: "\n").map(String.init).filter { $0.hasPrefix(prefix) }
    }

    @Test func aSecondRenderSkipsEverythingAndForceRendersAnyway() throws {
        #expect(lines(try project.streek("render").out, starting: "gerenderd:").count == 2)
        let again = try project.streek("render")
        #expect(again.status == 0)
        #expect(lines(again.out, starting: "ongewijzigd:").count == 2)
        #expect(lines(again.out, starting: "gerenderd:").isEmpty)
        let forced = try project.streek("render", "--force")
        #expect(lines(forced.out, starting: "gerenderd:").count == 2)
        #expect(try project.streek("check").status == 0)
    }

    @Test func changingOneDataValueRerendersExactlyTheNotebooksThatReadIt() throws {
        _ = try project.streek("render")
        let before = project.read("Rendered/stromen.md")
        try project.replace("De Wolden,Hoogeveen,2011-2016,966", with: "De Wolden,Hoogeveen,2011-2016,967", in: "Data/verhuisstromen.csv")
        let result = try project.streek("render")
        #expect(result.status == 0)
        #expect(lines(result.out, starting: "gerenderd:") == ["gerenderd: Notebooks/stromen.md → Rendered/stromen.{md,html,json}"])
        #expect(lines(result.out, starting: "ongewijzigd:") == ["ongewijzigd: Notebooks/mutaties.md → Rendered/mutaties.{md,html,json}"])
        #expect(project.read("Rendered/stromen.md") != before)
        #expect(project.read("Rendered/stromen.md")?.contains("967") == true)
        #expect(try project.streek("check").status == 0)
    }

    @Test func checkStillRendersEverythingAndIgnoresTheKeys() throws {
        _ = try project.streek("render")
        try project.replace("Emmen,2016,3057,3001", with: "Emmen,2016,3058,3001", in: "Data/verhuismutaties.csv")
        let check = try project.streek("check")
        #expect(check.status != 0)
        #expect(check.err.contains("verouderd: Rendered/mutaties.md"))
        #expect(!check.err.contains("stromen"))
    }

    @Test func parametersAreAnotherRender() throws {
        try project.write("""
            ```streek setup
            param jaar = 2016
            ```

            Jaar `= $jaar`.

            """, to: "Notebooks/jaar.md")
        _ = try project.streek("render", "Notebooks/jaar.md")
        let other = try project.streek("render", "Notebooks/jaar.md", "--param", "jaar=2011")
        #expect(lines(other.out, starting: "gerenderd:").count == 1)
        #expect(project.read("Rendered/jaar.md")?.contains("Jaar 2011") == true)
        let same = try project.streek("render", "Notebooks/jaar.md", "--param", "jaar=2011")
        #expect(lines(same.out, starting: "ongewijzigd:").count == 1)
    }

    /// A skipped notebook is reported in its own language (kept in its key file), or in --lang's.
    @Test func aSkippedNotebookIsReportedInItsLanguage() throws {
        try project.write("""
            ```streek setup
            numbers en
            ```

            Hoogeveen `= 1993`.

            """, to: "Notebooks/engels.md")
        #expect(lines(try project.streek("render", "Notebooks/engels.md").out, starting: "rendered").count == 1)
        #expect(lines(try project.streek("render", "Notebooks/engels.md").out, starting: "unchanged Notebooks/engels.md").count == 1)
        #expect(lines(try project.streek("render", "Notebooks/engels.md", "--lang", "nl").out, starting: "ongewijzigd: Notebooks/engels.md").count == 1)
    }

    @Test func watchServesTheReportAndStopsCleanlyOnCtrlC() async throws {
        let watch = try project.start("watch", "--port", "0")
        defer { watch.terminateIfRunning() }
        let line = try #require(try await watch.line(containing: "http://127.0.0.1:", within: .seconds(60)))
        let address = try #require(line.split(separator: " ").first { $0.hasPrefix("http://") })
        let page = try await LoopbackGet.fetch(String(address) + "mutaties.html")
        #expect(page.contains("Hoogeveen: <span class=\"figure\">1.993</span>."))
        #expect(page.contains("new EventSource"))
        watch.interrupt()
        #expect(try await watch.exitStatus(within: .seconds(10)) == 0)
        #expect(watch.output.contains("Voorbeeld op http://127.0.0.1:") && watch.output.contains("gestopt"))
        #expect(project.read("Rendered/mutaties.md")?.contains("Hoogeveen: 1.993.") == true)
        // streek-preview recorded the render keys with the same build identity as streek: nothing to redo.
        let render = try project.streek("render")
        #expect(lines(render.out, starting: "ongewijzigd:").count == 2, "\(render.out)")
    }

    @Test func aPortInUseIsAClearError() async throws {
        let first = try project.start("watch", "--port", "0", "--no-write")
        defer { first.terminateIfRunning() }
        let line = try #require(try await first.line(containing: "http://127.0.0.1:", within: .seconds(60)))
        let port = try #require(line.split(separator: ":").last.map { $0.prefix { $0.isNumber } })
        let second = try project.streek("watch", "--port", String(port), "--no-write")
        #expect(second.status != 0)
        #expect(second.err.contains("kan de voorbeeldserver op 127.0.0.1:\(port) niet starten"))
        first.interrupt()
        #expect(try await first.exitStatus(within: .seconds(10)) == 0)
    }
}
