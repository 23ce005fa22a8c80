import Foundation
import Testing
@testable import StreekNotebook

/// The render cache: a render is skipped only when the notebook, every data file it read, the parameters
/// and the streek version are what they were, and its output is still what it wrote.
@Suite("render cache")
struct RenderCacheTests {
    let project: TestProject
    let output: URL

    init() throws {
        project = try TestProject()
        output = project.root.appendingPathComponent("Rendered")
    }

    private let notebook = """
        # Vestiging

        ```streek setup
        param jaar = 2016
        ```

        Hoogeveen: `= t.vestiging[Hoogeveen]`.

        ```streek table
        t = load "migratie/verhuismutaties.csv" | filter jaar == $jaar | select gemeente, vestiging
        ```

        """

    private func cache(version: String = "1.0") -> RenderCache {
        RenderCache(outputFolder: output, projectRoot: project.root, version: version)
    }

    private func job(_ parameters: [String: String] = [:]) -> RenderCache.Job {
        RenderCache.Job(notebook: "Notebooks/test.md", baseName: "test", parameters: parameters)
    }

    /// Renders, writes and records, as `streek render` does.
    private func renderAndRecord(_ parameters: [String: String] = [:], version: String = "1.0") throws {
        let rendered = try project.render(notebook, parameters: parameters)
        try OutputWriter.write(rendered.files, into: output)
        try cache(version: version).record(rendered, for: job(parameters))
    }

    private func changeData(_ from: String, _ to: String, in path: String = "Data/migratie/verhuismutaties.csv") throws {
        let url = project.root.appendingPathComponent(path)
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(text.contains(from))
        try project.write(text.replacingOccurrences(of: from, with: to), to: path)
    }

    @Test func theOutputNamesEveryFileTheRenderReadWithTheDigestOfItsBytes() throws {
        let rendered = try project.render(notebook)
        let data = try Data(contentsOf: project.root.appendingPathComponent("Data/migratie/verhuismutaties.csv"))
        #expect(rendered.inputs == [
            RenderInput(path: "Notebooks/test.md", digest: ContentDigest(of: Array(notebook.utf8))),
            RenderInput(path: "Data/migratie/verhuismutaties.csv", digest: ContentDigest(of: data)),
        ])
    }

    @Test func anOptionalFileThatWasAbsentIsAnInputToo() throws {
        let rendered = try project.render("""
            ```streek table
            t = load "migratie/verhuisstromen.csv" | geo herkomst
            ```

            """)
        let paths = rendered.inputs.map(\.path)
        #expect(paths.contains("Data/geografie/gemeenten.csv"))
        #expect(rendered.inputs.contains(RenderInput(path: "Data/geografie/gemeentenamen_alias.csv", digest: nil)))
    }

    @Test func sha256IsTheKnownDigest() {
        #expect(ContentDigest(of: Array("abc".utf8)).hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(ContentDigest(combining: ["ab", "c"]) != ContentDigest(combining: ["a", "bc"]))
    }

    @Test func nothingChangedMeansCurrent() throws {
        try renderAndRecord()
        #expect(cache().isCurrent(job()))
    }

    @Test func noKeyMeansNotCurrent() throws {
        _ = try project.render(notebook)
        #expect(!cache().isCurrent(job()))
    }

    @Test func oneChangedDataValueMeansNotCurrent() throws {
        try renderAndRecord()
        try changeData("Hoogeveen,2016,1993,2427", "Hoogeveen,2016,1994,2427")
        #expect(!cache().isCurrent(job()))
    }

    @Test func aDataFileTheNotebookDidNotReadDoesNotMatter() throws {
        try renderAndRecord()
        try changeData("Emmen,Hoogeveen,2011-2016,502", "Emmen,Hoogeveen,2011-2016,503", in: "Data/migratie/verhuisstromen.csv")
        #expect(cache().isCurrent(job()))
    }

    @Test func savingTheSameBytesAgainKeepsTheRender() throws {
        try renderAndRecord()
        let url = project.root.appendingPathComponent("Data/migratie/verhuismutaties.csv")
        let bytes = try Data(contentsOf: url)
        try FileManager.default.removeItem(at: url)
        try bytes.write(to: url)
        #expect(cache().isCurrent(job()))
    }

    @Test func aChangedNotebookMeansNotCurrent() throws {
        try renderAndRecord()
        try project.write(notebook + "Een zin erbij.\n", to: "Notebooks/test.md")
        #expect(!cache().isCurrent(job()))
    }

    @Test func otherParametersAreAnotherRender() throws {
        try renderAndRecord(["jaar": "2011"])
        #expect(cache().isCurrent(job(["jaar": "2011"])))
        #expect(!cache().isCurrent(job(["jaar": "2016"])))
        #expect(!cache().isCurrent(job()))
    }

    @Test func aNewStreekVersionRendersAgain() throws {
        try renderAndRecord(version: "1.0")
        #expect(cache(version: "1.0").isCurrent(job()))
        #expect(!cache(version: "1.1").isCurrent(job()))
    }

    @Test func anEditedOrMissingOutputRendersAgain() throws {
        try renderAndRecord()
        try project.write("met de hand bewerkt\n", to: "Rendered/test.md")
        #expect(!cache().isCurrent(job()))
        try renderAndRecord()
        try FileManager.default.removeItem(at: output.appendingPathComponent("test.html"))
        #expect(!cache().isCurrent(job()))
    }

    @Test func anOptionalFileThatAppearsRendersAgain() throws {
        let geoNotebook = "```streek table\nt = load \"migratie/verhuisstromen.csv\" | geo herkomst\n```\n"
        let rendered = try project.render(geoNotebook)
        try OutputWriter.write(rendered.files, into: output)
        try cache().record(rendered, for: job())
        #expect(cache().isCurrent(job()))
        try project.write("alias,naam\n", to: "Data/geografie/gemeentenamen_alias.csv")
        #expect(!cache().isCurrent(job()))
    }

    @Test func variantRendersKeepAKeyEach() throws {
        for year in ["2011", "2016"] {
            let rendered = try project.render(notebook, parameters: ["jaar": year])
            let files = rendered.files.map { OutputFile(path: $0.path.replacingOccurrences(of: "test", with: "test-\(year)"), contents: $0.contents) }
            try OutputWriter.write(files, into: output)
            var renamed = rendered
            renamed.files = files
            try cache().record(renamed, for: RenderCache.Job(notebook: "Notebooks/test.md", baseName: "test-\(year)", parameters: ["jaar": year]))
        }
        for year in ["2011", "2016"] {
            #expect(cache().isCurrent(RenderCache.Job(notebook: "Notebooks/test.md", baseName: "test-\(year)", parameters: ["jaar": year])))
        }
    }

    @Test func theKeysIgnoreThemselvesInGit() throws {
        try renderAndRecord()
        let ignore = try String(contentsOf: output.appendingPathComponent(".streek-cache/.gitignore"), encoding: .utf8)
        #expect(ignore.split(separator: "\n").contains("*"))
    }

    @Test func aDamagedKeyFileMeansRenderAgain() throws {
        try renderAndRecord()
        try project.write("{ kapot", to: "Rendered/.streek-cache/test.json")
        #expect(!cache().isCurrent(job()))
    }

    /// A key file that is consistent in itself but names a file outside the project is not trusted.
    @Test func aKeyFileNamingFilesOutsideTheProjectIsNotTrusted() throws {
        try renderAndRecord()
        let outside = project.root.deletingLastPathComponent().appendingPathComponent("buiten-\(UUID().uuidString).csv")
        try Data("a,b\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let url = output.appendingPathComponent(".streek-cache/test.json")
        var entry = try JSONDecoder().decode(RenderCache.Entry.self, from: Data(contentsOf: url))
        entry.inputs.append(RenderInput(path: "../" + outside.lastPathComponent, digest: ContentDigest(ofFileAt: outside)))
        entry.key = cache().key(for: job(), inputs: entry.inputs)
        try JSONEncoder().encode(entry).write(to: url)
        #expect(!cache().isCurrent(job()))
        entry.inputs.removeLast()
        entry.key = cache().key(for: job(), inputs: entry.inputs)
        try JSONEncoder().encode(entry).write(to: url)
        #expect(cache().isCurrent(job()), "the same key file without the outside path is trusted")
    }

    /// A skipped notebook is reported in its own language without parsing it again: the key file keeps it.
    @Test func theKeyFileRemembersTheNotebooksLanguage() throws {
        try renderAndRecord()
        #expect(cache().currentRender(job())?.language == .nl)
        let english = notebook.replacingOccurrences(of: "param jaar = 2016", with: "param jaar = 2016\nnumbers en")
        let rendered = try project.render(english)
        try OutputWriter.write(rendered.files, into: output)
        try cache().record(rendered, for: job())
        #expect(cache().currentRender(job())?.language == .en)
    }

    /// The key file is written by hand; it must read back as the entry it was written from, with any
    /// parameter names and values, and with an input that was absent.
    @Test func aKeyFileReadsBackAsItsEntry() throws {
        let parameters = ["jaar": "2016", "stad": "\"'s-Hertogenbosch\\\n\u{1}€", "Ä": "", "a": "é"]
        let entry = RenderCache.Entry(
            schema: RenderCache.Entry.currentSchema, streek: "1.0 (executables 1 bytes, 2.5)", notebook: "Notebooks/test.md",
            baseName: "test-2016", parameters: parameters, language: "en",
            inputs: [RenderInput(path: "Data/a.csv", digest: ContentDigest(of: Array("a".utf8))), RenderInput(path: "Data/b.csv", digest: nil)],
            outputs: [RenderInput(path: "test-2016.md", digest: ContentDigest(of: Array("x".utf8)))],
            key: ContentDigest(combining: ["k"]))
        let text = entry.json()
        #expect(try JSONDecoder().decode(RenderCache.Entry.self, from: Data(text)) == entry)
        #expect(text.last == UInt8(ascii: "\n"))
    }

    /// `streek watch` keeps one renderer and tells it which data files changed.
    @Test func aRendererReadsAgainOnlyWhatItIsToldToForget() throws {
        try project.write(notebook, to: "Notebooks/test.md")
        let renderer = NotebookRenderer(projectRoot: project.root)
        let url = project.root.appendingPathComponent("Notebooks/test.md")
        #expect(try renderer.render(url).markdown.contains("Hoogeveen: 1.993."))
        try changeData("Hoogeveen,2016,1993,2427", "Hoogeveen,2016,1994,2427")
        #expect(try renderer.render(url).markdown.contains("Hoogeveen: 1.993."), "each file is read once per renderer")
        renderer.forgetData(at: [project.root.appendingPathComponent("Data/migratie/verhuismutaties.csv")])
        let again = try renderer.render(url)
        #expect(again.markdown.contains("Hoogeveen: 1.994."))
        let data = try Data(contentsOf: project.root.appendingPathComponent("Data/migratie/verhuismutaties.csv"))
        #expect(again.inputs.contains(RenderInput(path: "Data/migratie/verhuismutaties.csv", digest: ContentDigest(of: data))))
    }
}
