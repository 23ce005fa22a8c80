import FuzzSupport
import Foundation
import StreekNotebook

/// One input = one notebook, rendered to Markdown and HTML against a small project held in memory (a few
/// real files from Data/, read once). An input whose first line is `P:name=value` also passes that
/// `--param`. Any `NotebookError` is fine; a trap, a hang or a runaway allocation is a finding.
func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    var bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var parameters: [String: String] = [:]
    if bytes.starts(with: Array("P:".utf8)) {
        let end = bytes.firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        let setting = String(decoding: bytes[2..<end], as: UTF8.self)
        if let equals = setting.firstIndex(of: "=") {
            parameters[String(setting[..<equals])] = String(setting[setting.index(after: equals)...])
        }
        bytes = Array(bytes[min(end + 1, bytes.count)...])
    }
    _ = try? FuzzProject.renderer.render(bytes: bytes, path: "Notebooks/fuzz.md", parameters: parameters, baseName: "fuzz")
    return 0
}

enum FuzzProject {
    /// Small, real data files: enough for load, the verbs, geography and flows.
    static let files = [
        "geografie/gemeenten.csv", "geografie/herindelingen.csv", "geografie/gemeentenamen_alias.csv",
        "migratie/verhuismutaties.csv", "migratie/verhuisstromen.csv", "binding/binding_steden.csv",
        "onderwijs/vo_leerlingen.csv",
    ]

    nonisolated(unsafe) static let renderer: NotebookRenderer = {
        let dataFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../../Data").standardizedFileURL
        var contents: [String: [UInt8]] = [:]
        for file in files {
            guard let data = FileManager.default.contents(atPath: dataFolder.appendingPathComponent(file).path) else {
                fatalError("fuzz project: cannot read Data/\(file)")
            }
            contents[file] = Array(data)
        }
        return NotebookRenderer(projectRoot: URL(fileURLWithPath: "/fuzz-project"), data: InMemoryData(contents))
    }()
}

@main
enum FuzzNotebookMain {
    static func main() { runFuzzer { fuzzNotebook($0, $1) } }
}
