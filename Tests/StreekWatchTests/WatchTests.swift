import Foundation
import StreekCore
import StreekNotebook
import StreekTestSupport
import Testing
@testable import StreekWatch

/// `streek watch` in process: a real server on an ephemeral loopback port, real files changed on disk,
/// every wait bounded.
@Suite("streek watch", .serialized)
struct WatchTests {
    let project: ScratchProject

    init() throws {
        project = try ScratchProject.twoNotebooks(prefix: "streek-watch")
    }

    private func start(_ names: [String] = ["mutaties", "stromen"], write: Bool = true) async throws -> (WatchSession, UInt16) {
        let session = WatchSession(.init(
            projectRoot: project.root, outputFolder: write ? project.root.appendingPathComponent("Rendered") : nil,
            version: "test", jobs: names.map { PreviewJob(notebook: project.root.appendingPathComponent("Notebooks/\($0).md"), baseName: $0) },
            ports: [0], pollInterval: .milliseconds(10)))
        let url = try await session.start()
        #expect(url.host == "127.0.0.1")
        return (session, UInt16(try #require(url.port)))
    }

    @Test func servesThePageAndReloadsItWhenADataFileChanges() async throws {
        let (session, port) = try await start()
        let page = try await LoopbackClient.get("/mutaties.html", port: port)
        #expect(page.status == 200)
        #expect(page.body.contains("<span class=\"figure\">1.993</span>"))
        #expect(page.body.contains("new EventSource(\"/_streek/events\")"))

        let events = try await EventLog.open(port: port)
        try project.replace("Hoogeveen,2016,1993", with: "Hoogeveen,2016,1994", in: "Data/verhuismutaties.csv")
        #expect(try await events.nextReload(after: 0, within: .seconds(5)) == "mutaties")
        let reloaded = try await LoopbackClient.get("/mutaties.html", port: port)
        #expect(reloaded.body.contains("<span class=\"figure\">1.994</span>"))
        #expect(project.read("Rendered/mutaties.md")?.contains("1.994") == true)

        // Only the notebook that read the file was rendered again.
        try await Task.sleep(for: .milliseconds(200))
        #expect(events.events.filter { $0.name == "reload" }.map(\.data) == ["mutaties"])
        await session.stop()
    }

    @Test func savingTheSameBytesDoesNotReload() async throws {
        let (session, port) = try await start(["mutaties"])
        let events = try await EventLog.open(port: port)
        let text = try #require(project.read("Data/verhuismutaties.csv"))
        try project.write(text, to: "Data/verhuismutaties.csv")
        try await Task.sleep(for: .milliseconds(300))
        #expect(events.reloadCount == 0)
        try project.replace("Emmen,2016,3057", with: "Emmen,2016,3058", in: "Data/verhuismutaties.csv")
        #expect(try await events.nextReload(after: 0, within: .seconds(5)) == "mutaties")
        try await Task.sleep(for: .milliseconds(200))
        #expect(events.reloadCount == 1)
        await session.stop()
    }

    @Test func aBrokenNotebookShowsItsErrorOverTheLastGoodRenderAndRecovers() async throws {
        let (session, port) = try await start(["mutaties"])
        let events = try await EventLog.open(port: port)
        let good = try #require(project.read("Notebooks/mutaties.md"))

        try project.replace("t = load \"verhuismutaties.csv\"", with: "t = load \"verhuismutaties.csv\" | fliter jaar == 2016", in: "Notebooks/mutaties.md")
        #expect(try await events.nextReload(after: 0, within: .seconds(5)) == "mutaties")
        let broken = try await LoopbackClient.get("/mutaties.html", port: port).body
        #expect(broken.contains("Renderfout"))
        #expect(broken.contains("Notebooks/mutaties.md:6:34: fout: onbekend werkwoord &#39;fliter&#39;; bedoelt u &#39;filter&#39;?"))
        #expect(broken.contains("    6 | t = load &quot;verhuismutaties.csv&quot; | fliter jaar == 2016"))
        #expect(broken.contains("<span class=\"figure\">1.993</span>"), "the last good render stays visible")
        #expect(project.read("Rendered/mutaties.md")?.contains("1.993") == true, "a failed render writes nothing")

        try project.write(good.replacingOccurrences(of: "Hoogeveen:", with: "In Hoogeveen:"), to: "Notebooks/mutaties.md")
        #expect(try await events.nextReload(after: 1, within: .seconds(5)) == "mutaties")
        let fixed = try await LoopbackClient.get("/mutaties.html", port: port).body
        #expect(!fixed.contains("Renderfout"))
        #expect(fixed.contains("In Hoogeveen:"))
        await session.stop()
    }

    @Test func aNotebookWaitingForAMissingFileRendersWhenItAppears() async throws {
        try project.write("# Nieuw\n\n```streek table\nn = load \"nieuw.csv\"\n```\n", to: "Notebooks/nieuw.md")
        let (session, port) = try await start(["nieuw"], write: false)
        let first = try await LoopbackClient.get("/nieuw.html", port: port).body
        #expect(first.contains("Nog geen geslaagde render"))
        #expect(first.contains("gegevensbestand &#39;nieuw.csv&#39; niet gevonden in Data/"))

        let events = try await EventLog.open(port: port)
        try project.write("# source: proef\ngemeente,aantal\nEmmen,1\n", to: "Data/nieuw.csv")
        #expect(try await events.nextReload(after: 0, within: .seconds(5)) == "nieuw")
        #expect(try await LoopbackClient.get("/nieuw.html", port: port).body.contains("<td>Emmen</td>"))
        #expect(!project.exists("Rendered"), "--no-write keeps renders in memory")
        await session.stop()
    }

    @Test func anotherHostNameIsRefused() async throws {
        let (session, port) = try await start(["mutaties"])
        #expect(try await LoopbackClient.get("/mutaties.html", port: port, host: "rebind.example:\(port)").status == 403)
        #expect(try await LoopbackClient.get("/mutaties.html", port: port, host: "localhost:\(port)").status == 200)
        #expect(try await LoopbackClient.get("/bestaat-niet.svg", port: port).status == 404)
        // Pages come from memory only: no path reaches the file system.
        #expect(try await LoopbackClient.get("/../Data/verhuismutaties.csv", port: port).status == 404)
        #expect(try await LoopbackClient.get("/%2e%2e/Notebooks/mutaties.md", port: port).status == 404)
        #expect(try await LoopbackClient.get("/mutaties.md", port: port).body.contains("Hoogeveen: 1.993."))
        await session.stop()
    }

    @Test func stoppingEndsTheEventStreams() async throws {
        let (session, port) = try await start(["mutaties"])
        let events = try await EventLog.open(port: port)
        await session.stop()
        #expect(try await events.wait(within: .seconds(5)) { _ in events.hasEnded })
    }

    /// Columns count bytes, as cmark does; the caret must stand under the character all the same.
    @Test func theErrorExcerptPointsAtTheColumn() throws {
        try project.write("# Titel\n\nÉén `= fout`\n", to: "Notebooks/x.md")
        let error = NotebookError(file: "Notebooks/x.md", position: SourcePosition(line: 3, column: 10), message: Message(nl: "oeps", en: "oops"))
        #expect(RenderProblem(error, projectRoot: project.root).text == """
            Notebooks/x.md:3:10: fout: oeps
                3 | Één `= fout`
                  |        ^
            """)
        #expect(RenderProblem(error, projectRoot: project.root, language: .en).message == "Notebooks/x.md:3:10: error: oops")
        #expect(RenderProblem(CocoaError(.fileNoSuchFile), projectRoot: project.root).excerpt == nil)
    }
}
