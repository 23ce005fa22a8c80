import Foundation
import Testing
@testable import StreekDiff

/// The end-to-end entry point the CLI calls: files on disk in, report and outcome out.
@Suite struct RenderedDiffTests {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("streekdiff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func equalFilesHaveNoDifferences() throws {
        let text = renderedText(migrationTable(["| Hoogeveen | 1.304 | 1.993 | −434 |"]))
        let outcome = try RenderedDiff.run(
            oldPath: try write("a.md", text), newPath: try write("b.md", text), format: .text, useColor: false)
        #expect(!outcome.hasDifferences)
    }

    @Test func differentFilesHaveDifferencesInEveryFormat() throws {
        let old = try write("2011.md", renderedText(migrationTable(["| Hoogeveen | 1.304 | 1.993 | −434 |"]), params: "year=2011"))
        let new = try write("2016.md", renderedText(migrationTable(["| Hoogeveen | 1.993 | 1.993 | −434 |"])))
        for format in ReportFormat.allCases {
            let outcome = try RenderedDiff.run(oldPath: old, newPath: new, format: format, useColor: false)
            #expect(outcome.hasDifferences)
            #expect(outcome.report.contains("1.304"), "\(format)")
            #expect(outcome.report.contains("+689"), "\(format)")
        }
    }

    @Test func reportIsDeterministic() throws {
        let old = try write("o.md", renderedText("A is 1. B is 2.\n\n" + migrationTable(["| X | 1 | 2 | 3 |", "| Y | 4 | 5 | 6 |"])))
        let new = try write("n.md", renderedText("A is 3. B is 2.\n\n" + migrationTable(["| Y | 4 | 9 | 6 |", "| Z | 1 | 1 | 1 |"])))
        let first = try RenderedDiff.run(oldPath: old, newPath: new, format: .html, useColor: false)
        let second = try RenderedDiff.run(oldPath: old, newPath: new, format: .html, useColor: false)
        #expect(first == second)
    }

    @Test func missingFileIsNamedInTheError() throws {
        let existing = try write("a.md", renderedText("Tekst.\n"))
        let missing = directory.appendingPathComponent("nope.md").path
        #expect(throws: RenderedDocumentError.unreadable(file: missing, reason: .noSuchFile)) {
            try RenderedDiff.run(oldPath: existing, newPath: missing, format: .text, useColor: false)
        }
    }

    @Test func nonRenderedFileIsNamedInTheError() throws {
        let plain = try write("notes.md", "# Notes\n")
        let existing = try write("a.md", renderedText("Tekst.\n"))
        let error = try #require(throws: RenderedDocumentError.self) {
            try RenderedDiff.run(oldPath: plain, newPath: existing, format: .text, useColor: false)
        }
        #expect(error == .notRendered(file: plain))
        #expect(error.description.contains(plain))
        #expect(error.description.contains("is geen render van streek"))
        #expect(error.message(in: .en).contains("is not a streek-rendered file"))
    }
}
