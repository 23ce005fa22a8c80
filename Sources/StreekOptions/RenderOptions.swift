import ArgumentParser
import Foundation
import StreekCore
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

    @Option(name: .customLong("lang"), help: ArgumentHelp(
        "Language of messages: nl or en (default: the notebook's numbers setting, else nl).", valueName: "nl|en"),
            transform: Language.option)
    public var language: Language?

    public var messages: MessageLanguage { MessageLanguage(flag: language) }

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
                throw ValidationError(Message(nl: "--param verwacht naam=waarde, niet '\(parameter)'",
                                              en: "--param expects name=value, got '\(parameter)'").text(in: messages.general))
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
        if found.isEmpty {
            throw ValidationError(Message(nl: "geen notebooks gevonden in \(folder.path)",
                                          en: "no notebooks found in \(folder.path)").text(in: messages.general))
        }
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
                let flag = all ? "--all" : "--all-years", values = clash.values.joined(separator: ", ")
                throw ValidationError(Message(
                    nl: "--param \(clash.parameter)=… gaat niet samen met \(flag), dat elke \(clash.parameter) rendert (\(values)); laat een van de twee weg",
                    en: "--param \(clash.parameter)=… cannot be combined with \(flag), which renders every \(clash.parameter) (\(values)); leave out one of the two")
                    .text(in: messages.general))
            }
            var names: [String: String] = [:]
            for combination in VariantAxis.combinations(axes) {
                var baseName = name
                for (parameter, value) in combination {
                    guard let component = VariantAxis.fileComponent(value) else {
                        throw ValidationError(Message(
                            nl: "\(name): de waarde '\(value)' van \(parameter) heeft geen letters of cijfers om een bestand naar te noemen",
                            en: "\(name): the \(parameter) value '\(value)' has no letters or digits to name a file after").text(in: messages.general))
                    }
                    baseName += "-" + component
                }
                let values = combination.map(\.value).joined(separator: ", ")
                if let earlier = names[baseName] {
                    throw ValidationError(Message(
                        nl: "\(name): de varianten \(earlier) en \(values) zouden allebei naar \(baseName).md gaan; laat de waarden verschillen in letters of cijfers",
                        en: "\(name): the variants \(earlier) and \(values) would both be written to \(baseName).md; make the values differ in letters or digits")
                        .text(in: messages.general))
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
