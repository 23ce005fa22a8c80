import Foundation
import Testing
@testable import StreekNotebook

/// Safe writes (issue 16, item 4): confined paths, exclusive temporary files, all-or-nothing sets.
@Suite("Hardening: the output writer", .serialized)
struct OutputWriterTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("streek-out-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    private func files(_ tag: String, size: Int = 10) -> [OutputFile] {
        [OutputFile(path: "x.md", text: tag + String(repeating: "m", count: size)),
         OutputFile(path: "x.html", text: tag + String(repeating: "h", count: size)),
         OutputFile(path: "x/figuur-1.svg", text: tag)]
    }

    private func read(_ path: String) -> String? {
        try? String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    private func entries(_ path: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(path).path)) ?? []).sorted()
    }

    @Test func leftoverFiguresAreTheSVGFilesARenderNoLongerMakes() throws {
        #expect(OutputWriter.leftoverFigures(in: folder, baseName: "x", keeping: files("a")).isEmpty, "no figure folder yet")
        try OutputWriter.write(files("a") + [OutputFile(path: "x/oud.svg", text: "<svg/>"), OutputFile(path: "x/noot.txt", text: "n")], into: folder)
        #expect(OutputWriter.leftoverFigures(in: folder, baseName: "x", keeping: files("a")).map(\.lastPathComponent) == ["oud.svg"])
        #expect(OutputWriter.leftoverFigures(in: folder, baseName: "y", keeping: files("a")).isEmpty)
    }

    @Test func writesEveryFileOfASetIncludingSubfolders() throws {
        try OutputWriter.write(files("a"), into: folder)
        #expect(read("x.md") == "a" + String(repeating: "m", count: 10))
        #expect(read("x/figuur-1.svg") == "a")
        #expect(entries() == ["x", "x.html", "x.md"])
    }

    @Test func pathsThatLeaveTheFolderAreRefused() throws {
        for path in ["../x.md", "/tmp/x.md", "a/../../x.md", "", "a\u{0}b.md"] {
            #expect(throws: FileSystemError.self, "\(path)") { try OutputWriter.write([OutputFile(path: path, text: "x")], into: folder) }
        }
        // A subfolder that is a symbolic link out of the folder.
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("streek-outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("x"), withDestinationURL: outside)
        #expect(throws: FileSystemError.self) { try OutputWriter.write(files("a"), into: folder) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(read("x.md") == nil)
    }

    @Test func aPlantedLinkAtTheOldTemporaryNameIsNotFollowed() throws {
        let victim = FileManager.default.temporaryDirectory.appendingPathComponent("streek-victim-\(UUID().uuidString)")
        try Data("heel".utf8).write(to: victim)
        let predictable = ".x.md.streek-\(ProcessInfo.processInfo.processIdentifier).tmp"
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent(predictable), withDestinationURL: victim)
        try OutputWriter.write(files("a"), into: folder)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "heel")
    }

    @Test func sourcesAreProtected() throws {
        let notebooks = folder.appendingPathComponent("Notebooks")
        try FileManager.default.createDirectory(at: notebooks, withIntermediateDirectories: true)
        let notebook = notebooks.appendingPathComponent("x.md")
        try Data("bron".utf8).write(to: notebook)
        #expect(throws: FileSystemError.self) {
            try OutputWriter.write(files("a"), into: notebooks, protecting: [notebooks, notebook])
        }
        #expect(throws: FileSystemError.self) {
            try OutputWriter.write(files("a"), into: notebooks.appendingPathComponent("sub"), protecting: [notebooks])
        }
        // An output file that is the notebook itself, even outside a protected folder.
        #expect(throws: FileSystemError.self) { try OutputWriter.write(files("a"), into: notebooks, protecting: [notebook]) }
        #expect(try String(contentsOf: notebook, encoding: .utf8) == "bron")
    }

    @Test func aFailedReplaceLeavesThePreviousCompleteSetAndNoTemporaries() throws {
        try OutputWriter.write(files("old"), into: folder)
        // x.html cannot be replaced by a file once it is a non-empty folder: the second rename fails.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("x.html"))
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.html/blok"), withIntermediateDirectories: true)
        #expect(throws: FileSystemError.self) { try OutputWriter.write(files("new"), into: folder) }
        #expect(read("x.md") == "old" + String(repeating: "m", count: 10))
        #expect(read("x/figuur-1.svg") == "old")
        #expect(!entries().contains { $0.contains("streek-") })
        #expect(!entries("x").contains { $0.contains("streek-") })
    }

    @Test func concurrentRendersNeverMixTheirSets() async throws {
        // As in the reliability test: pairs of renders into one folder at once; after each pair, every
        // file must come from the same render.
        let folder = self.folder
        for round in 0..<40 {
            let writers = (0..<2).map { writer in
                Task.detached {
                    let tag = "r\(round)w\(writer)|"
                    try OutputWriter.write([OutputFile(path: "x.md", text: tag + String(repeating: "m", count: 100_000)),
                                            OutputFile(path: "x.html", text: tag + String(repeating: "h", count: 100_000))],
                                           into: folder)
                }
            }
            for writer in writers { try await writer.value }
            let markdown = read("x.md") ?? "", html = read("x.html") ?? ""
            #expect(markdown.prefix { $0 != "|" } == html.prefix { $0 != "|" }, "round \(round)")
        }
        #expect(!entries().contains { $0.contains("streek-") })
    }
}
