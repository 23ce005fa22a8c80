import Foundation
import StreekCore

/// The whole pipeline for one notebook: read → parse → evaluate → render Markdown and HTML, all in memory.
/// Nothing is written here; `OutputWriter` writes the result only when every stage succeeded.
public struct NotebookRenderer {
    public let projectRoot: URL
    let evaluator: NotebookEvaluator

    /// `projectRoot` holds Notebooks/ and Data/. Messages name files relative to it.
    public init(projectRoot: URL) {
        self.projectRoot = projectRoot.standardizedFileURL
        evaluator = NotebookEvaluator(dataDirectory: self.projectRoot.appendingPathComponent("Data"))
    }

    /// A renderer that reads its data from `data` instead of the project's Data/ (tests, fuzzing).
    public init(projectRoot: URL, data: any DataSource) {
        self.projectRoot = projectRoot.standardizedFileURL
        evaluator = NotebookEvaluator(data: data)
    }

    public struct Output: Sendable {
        public var markdown: String
        public var html: String
        public var evaluated: EvaluatedNotebook
        /// Every file of this render, relative to the output folder: `<baseName>.md`, `<baseName>.html`, …
        public var files: [OutputFile]
        /// Every file this render read: the notebook first, then the data files by path.
        public var inputs: [RenderInput] = []
    }

    /// `baseName` names the output files (default: the notebook's file name without `.md`).
    public func render(_ notebookURL: URL, parameters: [String: String] = [:], baseName: String? = nil) throws -> Output {
        let name = baseName ?? notebookURL.deletingPathExtension().lastPathComponent
        let path = displayPath(of: notebookURL)
        return try render(bytes: try readNotebook(notebookURL, path: path), path: path, parameters: parameters, baseName: name)
    }

    /// Renders notebook text held in memory; `path` names it in messages.
    public func render(bytes: [UInt8], path: String, parameters: [String: String] = [:], baseName: String) throws -> Output {
        let notebook = try parse(bytes, path: path)
        let reads = evaluator.data.recordingReads()
        let evaluated = try inCharacterColumns(notebook.source) { try evaluator.evaluate(notebook, parameters: parameters, data: reads) }
        let document = evaluated.document
        // Each chart and map is drawn once: the same SVG is the figure file beside the Markdown and inline in the HTML.
        var figureFiles: [OutputFile] = []
        var drawn: [String: String] = [:]
        for case .chart(let chart)? in document.blocks.map(\.content) where !chart.categories.isEmpty {
            let svg = ChartFigure(chart: chart, format: document.numberFormat).svg
            drawn[chart.anchor] = svg
            figureFiles.append(OutputFile(path: ChartFigure.path(of: chart, folder: baseName), text: svg))
        }
        for map in MapFigure.all(in: document, folder: baseName) {
            drawn[map.anchor] = map.svg
            figureFiles.append(map.file)
        }
        let markdown = MarkdownRenderer.render(document, figureFolder: baseName)
        let html = HTMLRenderer.render(document, drawnFigures: drawn)
        let inputs = [RenderInput(path: path, digest: ContentDigest(of: bytes))] + reads.filesRead.map {
            RenderInput(path: displayPath(of: evaluator.data.directory.appendingPathComponent($0.path)), digest: $0.digest)
        }
        let sidecar = try SidecarFile.file(for: document, inputs: inputs, baseName: baseName)
        return Output(markdown: markdown, html: html, evaluated: evaluated,
                      files: [OutputFile(path: baseName + ".md", text: markdown), OutputFile(path: baseName + ".html", text: html)]
                        + figureFiles + [sidecar],
                      inputs: inputs)
    }

    func readNotebook(_ url: URL, path: String) throws -> [UInt8] {
        do {
            return try FileBytes.read(url, displayPath: path)
        } catch let error as FileSystemError {
            throw NotebookError(file: path, position: SourcePosition(line: 1, column: 1), message: Message(
                nl: "kan het notebook niet lezen: \(error.text(in: .nl))", en: "cannot read the notebook: \(error.text(in: .en))"))
        }
    }

    /// Parses after checking what cmark would silently change: invalid UTF-8 and NUL bytes, reported where they are.
    func parse(_ bytes: [UInt8], path: String) throws -> Notebook {
        let source = SourceText(bytes: bytes)
        if let invalid = UTF8Check.firstInvalidOffset(in: bytes) {
            throw NotebookError(file: path, position: source.characterPosition(source.position(ofOffset: invalid)),
                                message: Message(nl: "het notebook is hier geen geldige UTF-8", en: "the notebook is not valid UTF-8 here"))
        }
        if let zero = bytes.firstIndex(of: 0) {
            throw NotebookError(file: path, position: source.characterPosition(source.position(ofOffset: zero)),
                                message: Message(nl: "het notebook bevat hier een NUL-byte (teken 0); haal die weg",
                                                 en: "the notebook contains a NUL byte (character 0) here; remove it"))
        }
        return try inCharacterColumns(source) { try NotebookParser.parse(source, path: path) }
    }

    /// Positions are kept in bytes internally (as cmark gives them); a message counts characters, as an editor does.
    private func inCharacterColumns<T>(_ source: SourceText, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch var error as NotebookError {
            error.position = source.characterPosition(error.position)
            throw error
        }
    }

    /// Forgets the data read from these files, so that the next render reads them again. A renderer reads
    /// each data file once; a long-lived one (`streek watch`) calls this for the files that changed.
    public func forgetData(at files: [URL]) {
        evaluator.data.forget(Set(files.map(\.standardizedFileURL.path)))
    }

    /// The data years a notebook declares (`years jaar: 2011, 2016`), without evaluating its directives.
    public func dataYears(of notebookURL: URL) throws -> (parameter: String, years: [String])? {
        try variantAxes(of: notebookURL).first(where: \.isDataYear).map { ($0.parameter, $0.values) }
    }

    /// `Notebooks/x.md` for a file under the project root, else the path as given.
    public func displayPath(of url: URL) -> String {
        let path = url.standardizedFileURL.path
        let root = projectRoot.path.hasSuffix("/") ? projectRoot.path : projectRoot.path + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }
}
