import ArgumentParser
import Foundation
import StreekNotebook

/// Options shared by `render`, `check` and `watch`: which notebooks, which parameters, which years.
public struct RenderOptions: ParsableArguments {
    public init() {}

    @Argument(help: "Notebooks to render (default: every Notebooks/*.md).")
    public var notebooks: [String] = []

    @Option(name: .customLong("param"), help: ArgumentHelp("Override a notebook parameter.", valueName: "name=value"))
    public var parameters: [String] = []

    @Flag(help: "Render every data year the notebook declares (years …) into <name>-<year>.md/.html.")
    public var allYears = false

    @Flag(help: "Render every combination of the notebook's years and variants into <name>-<value>-….md/.html.")
    public var all = false

    @Option(help: "Project folder with Notebooks/ and Data/ (default: the current folder).")
    public var project: String = "."

    public var projectRoot: URL { URL(fileURLWithPath: project, isDirectory: true).standardizedFileURL }

    /// What a render must never write over: the project's Notebooks/ and Data/ and the notebooks rendered.
    public func protectedSources() throws -> [URL] {
        [projectRoot.appendingPathComponent("Notebooks"), projectRoot.appendingPathComponent("Data")] + (try notebookURLs())
    }

    /// `--out` if given, else Rendered/ in the project.
    public func outputFolder(_ out: String?) -> URL {
        out.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? projectRoot.appendingPathComponent("Rendered")
    }

    public func parsedParameters() throws -> [String: String] {
        var result: [String: String] = [:]
        for parameter in parameters {
            guard let equals = parameter.firstIndex(of: "="), equals != parameter.startIndex else {
                throw ValidationError("--param expects name=value, got '\(parameter)'")
            }
            result[String(parameter[..<equals])] = String(parameter[parameter.index(after: equals)...])
        }
        return result
    }

    public func notebookURLs() throws -> [URL] {
        if !notebooks.isEmpty {
            return notebooks.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
        }
        let folder = projectRoot.appendingPathComponent("Notebooks")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let found = names.filter { $0.hasSuffix(".md") }.sorted().map { folder.appendingPathComponent($0) }
        if found.isEmpty { throw ValidationError("no notebooks found in \(folder.path)") }
        return found
    }

    /// Every rendering this invocation asks for: one per notebook, or one per notebook and combination of
    /// its data years (`--all-years`) or of all its axes (`--all`).
    public func jobs(renderer: NotebookRenderer) throws -> [RenderJob] {
        try jobs(renderer: renderer, all: all, allYears: allYears)
    }

    /// The jobs for `--all` or `--all-years` as given here rather than on the command line.
    func jobs(renderer: NotebookRenderer, all: Bool, allYears: Bool) throws -> [RenderJob] {
        let parameters = try parsedParameters()
        var jobs: [RenderJob] = []
        for url in try notebookURLs() {
            let name = url.deletingPathExtension().lastPathComponent
            let axes = all || allYears ? try renderer.variantAxes(of: url).filter { all || $0.isDataYear } : []
            if let clash = axes.first(where: { parameters[$0.parameter] != nil }) {
                throw ValidationError("--param \(clash.parameter)=… cannot be combined with \(all ? "--all" : "--all-years"), which renders every \(clash.parameter) (\(clash.values.joined(separator: ", "))); leave out one of the two")
            }
            var names: [String: String] = [:]
            for combination in VariantAxis.combinations(axes) {
                var baseName = name
                for (parameter, value) in combination {
                    guard let component = VariantAxis.fileComponent(value) else {
                        throw ValidationError("\(name): the \(parameter) value '\(value)' has no letters or digits to name a file after")
                    }
                    baseName += "-" + component
                }
                let values = combination.map(\.value).joined(separator: ", ")
                if let earlier = names[baseName] {
                    throw ValidationError("\(name): the variants \(earlier) and \(values) would both be written to \(baseName).md; make the values differ in letters or digits")
                }
                names[baseName] = values
                jobs.append(RenderJob(notebook: url, baseName: baseName,
                                      parameters: parameters.merging(combination.map { ($0.parameter, $0.value) }) { $1 }))
            }
        }
        return jobs
    }
}

/// One notebook rendered with one set of parameters into `<baseName>.md`, `<baseName>.html`, ….
public struct RenderJob: Sendable {
    public var notebook: URL
    public var baseName: String
    public var parameters: [String: String]
}

public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
