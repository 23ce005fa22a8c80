import Foundation
import Testing
@testable import StreekNotebook

/// Each folder under Golden/ is a small project (Notebooks/, Data/) with the expected Rendered/ output.
/// Run with STREEK_UPDATE_GOLDEN=1 to rewrite the expected files after an intended change, then review
/// the diff in git.
@Suite("Golden files")
struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test(arguments: cases)
    func renderedOutputMatches(_ name: String) throws {
        let project = Self.folder.appendingPathComponent(name)
        let renderer = NotebookRenderer(projectRoot: project)
        let notebooks = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("Notebooks").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(!notebooks.isEmpty)
        for notebook in notebooks {
            let output = try renderer.render(project.appendingPathComponent("Notebooks/\(notebook)"))
            let rendered = project.appendingPathComponent("Rendered")
            if ProcessInfo.processInfo.environment["STREEK_UPDATE_GOLDEN"] == "1" {
                try OutputWriter.write(output.files, into: rendered)
            }
            for file in output.files {
                let expected = try Data(contentsOf: rendered.appendingPathComponent(file.path))
                #expect(Data(file.contents) == expected, "\(name)/\(file.path) differs from the golden file")
            }
        }
    }
}
