import Foundation
import Testing
@testable import StreekNotebook

/// The README shows a notebook and what it renders to; both must be the real thing.
@Suite("README example")
struct ReadmeExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The contents of the first fenced block in `text` that starts with `fence`.
    private func block(after fence: String, in text: String) throws -> String {
        let start = try #require(text.range(of: "\n" + fence + "\n"))
        let closing = String(fence.prefix { $0 == "`" })
        let end = try #require(text.range(of: "\n" + closing + "\n", range: start.upperBound..<text.endIndex))
        return String(text[start.upperBound..<end.lowerBound]) + "\n"
    }

    @Test func readmeShowsTheRealNotebookAndItsRealOutput() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let notebookURL = Self.root.appendingPathComponent("Notebooks/voorbeeld.md")
        let notebook = try String(contentsOf: notebookURL, encoding: .utf8)
        #expect(try block(after: "````markdown", in: readme) == notebook)
        let rendered = try NotebookRenderer(projectRoot: Self.root).render(notebookURL)
        #expect(try block(after: "```markdown", in: readme) == rendered.markdown)
        #expect(notebook.split(separator: "\n", omittingEmptySubsequences: false).count - 1 == 10, "the README promises ten lines")
    }

    /// The README says what the example becomes as a chart; that line must be what a render writes.
    @Test func readmeShowsTheRealChartLine() throws {
        let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
        let line = try #require(readme.split(separator: "\n").first { $0.hasPrefix("![") })
        let notebook = try String(contentsOf: Self.root.appendingPathComponent("Notebooks/voorbeeld.md"), encoding: .utf8)
        let chartNotebook = notebook.replacingOccurrences(of: "```streek table", with: "```streek chart")
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("voorbeeld-\(UUID().uuidString).md")
        try Data(chartNotebook.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let chart = try NotebookRenderer(projectRoot: Self.root).render(url, baseName: "voorbeeld")
        #expect(chart.markdown.contains(String(line)))
        #expect(chart.files.map(\.path).contains("voorbeeld/saldi.svg"))
    }
}
