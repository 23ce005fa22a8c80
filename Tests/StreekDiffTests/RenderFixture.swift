import Foundation
import StreekDiff
import StreekDocument
import StreekNotebook
import Testing

/// A throwaway project: write data and a notebook, render it in memory and read its sidecar back as
/// `streek diff` would, or write the render to a folder.
struct RenderFixture {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("streek-diff-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Notebooks"), withIntermediateDirectories: true)
    }

    func write(_ contents: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    /// Writes the data file and the notebook, renders, and returns the render.
    func render(notebook: String, data: [String: String], parameters: [String: String] = [:]) throws -> NotebookRenderer.Output {
        for (path, contents) in data { try write(contents, to: "Data/" + path) }
        try write(notebook, to: "Notebooks/test.md")
        return try NotebookRenderer(projectRoot: root).render(root.appendingPathComponent("Notebooks/test.md"), parameters: parameters)
    }

    func sidecar(notebook: String, data: [String: String], parameters: [String: String] = [:]) throws -> Sidecar {
        let output = try render(notebook: notebook, data: data, parameters: parameters)
        let file = try #require(output.files.first { $0.path == "test.json" })
        return try Sidecar.decode(Data(file.contents))
    }

    /// Renders into `folder` (relative to the project) and returns the Markdown file's path.
    func renderFiles(notebook: String, data: [String: String], into folder: String, parameters: [String: String] = [:]) throws -> String {
        let output = try render(notebook: notebook, data: data, parameters: parameters)
        let url = root.appendingPathComponent(folder)
        try OutputWriter.write(output.files, into: url)
        return url.appendingPathComponent("test.md").path
    }

    /// Diffs two sidecars the way `streek diff` does.
    static func diff(_ old: Sidecar, _ new: Sidecar) -> SidecarDiff {
        SidecarDiff(old: old, oldName: "old.md", new: new, newName: "new.md")
    }
}
