import ArgumentParser
import Foundation
import StreekNotebook

/// Options shared by `render` and `check`: which notebooks, which parameters, which years.
struct RenderOptions: ParsableArguments {
    @Argument(help: "Notebooks to render (default: every Notebooks/*.md).")
    var notebooks: [String] = []

    @Option(name: .customLong("param"), help: ArgumentHelp("Override a notebook parameter.", valueName: "name=value"))
    var parameters: [String] = []

    @Flag(help: "Render every data year the notebook declares (years …) into <name>-<year>.md/.html.")
    var allYears = false

    @Option(help: "Project folder with Notebooks/ and Data/ (default: the current folder).")
    var project: String = "."

    var projectRoot: URL { URL(fileURLWithPath: project, isDirectory: true).standardizedFileURL }

    /// What a render must never write over: the project's Notebooks/ and Data/ and the notebooks rendered.
    func protectedSources() throws -> [URL] {
        [projectRoot.appendingPathComponent("Notebooks"), projectRoot.appendingPathComponent("Data")] + (try notebookURLs())
    }

    /// `--out` if given, else Rendered/ in the project.
    func outputFolder(_ out: String?) -> URL {
        out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? projectRoot.appendingPathComponent("Rendered")
    }

    func parsedParameters() throws -> [String: String] {
        var result: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw ValidationError("--param expects name=value, got '\(parameter)'")
            }
            result[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        return result
    }

    func notebookURLs() throws -> [URL] {
        if !notebooks.isEmpty {
            return notebooks.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
        }
        let folder = projectRoot.appendingPathComponent("Notebooks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let found = names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        if found.isEmpty { throw ValidationError("no notebooks found in \(folder.path)") }
        return found
    }

    /// Every rendering this invocation asks for: one per notebook, or one per notebook and data year.
    func jobs(renderer: NotebookRenderer) throws -> [RenderJob] {
        let parameters = try parsedParameters()
        var jobs: [RenderJob] = []
        for url in try notebookURLs() {
            let name = url.deletingPathExtension().lastPathComponent
            guard allYears else {
                jobs.append(RenderJob(notebook: url, baseName: name, parameters: parameters))
                continue
            }
            guard let years = try renderer.dataYears(of: url) else {
                jobs.append(RenderJob(notebook: url, baseName: name, parameters: parameters))
                continue
            }
            var names = Set<String>()
            for year in years.years {
                guard let baseName = OutputName.variant(of: name, value: year), names.insert(baseName).inserted else {
                    throw ValidationError("\(renderer.displayPath(of: url)): the data year '\(year)' does not give a file name of its own (use letters and digits)")
                }
                jobs.append(RenderJob(notebook: url, baseName: baseName,
                                      parameters: parameters.merging([years.parameter: year]) { $1 }))
            }
        }
        return jobs
    }
}

/// One notebook rendered with one set of parameters into `<baseName>.md`, `<baseName>.html`, ….
struct RenderJob {
    var notebook: URL
    var baseName: String
    var parameters: [String: String]
}

func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
