import Foundation

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
        let bytes: [UInt8]
        do {
            bytes = Array(try Data(contentsOf: notebookURL))
        } catch {
            throw NotebookError(file: path, position: SourcePosition(line: 1, column: 1), message: "cannot read the notebook: \(error.localizedDescription)")
        }
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw NotebookError(file: path, position: SourcePosition(line: 1, column: 1), message: "the notebook is not valid UTF-8")
        }
        let notebook = try NotebookParser.parse(SourceText(bytes: bytes), path: path)
        let reads = evaluator.data.recordingReads()
        let evaluated = try evaluator.evaluate(notebook, parameters: parameters, data: reads)
        let document = evaluated.document
        // Each chart and map is drawn once: the same SVG is the figure file beside the Markdown and inline in the HTML.
        var figureFiles: [OutputFile] = []
        var drawn: [String: String] = [:]
        for case .chart(let chart)? in document.blocks.map(\.content) where !chart.categories.isEmpty {
            let svg = ChartFigure(chart: chart, format: document.numberFormat).svg
            drawn[chart.anchor] = svg
            figureFiles.append(OutputFile(path: ChartFigure.path(of: chart, folder: name), text: svg))
        }
        for map in MapFigure.all(in: document, folder: name) {
            drawn[map.anchor] = map.svg
            figureFiles.append(map.file)
        }
        let markdown = MarkdownRenderer.render(document, figureFolder: name)
        let html = HTMLRenderer.render(document, drawnFigures: drawn)
        let inputs = [RenderInput(path: path, digest: ContentDigest(of: bytes))] + reads.filesRead.map {
            RenderInput(path: displayPath(of: evaluator.data.directory.appendingPathComponent($0.path)), digest: $0.digest)
        }
        let sidecar = try SidecarFile.file(for: document, inputs: inputs, baseName: name)
        return Output(markdown: markdown, html: html, evaluated: evaluated,
                      files: [OutputFile(path: name + ".md", text: markdown), OutputFile(path: name + ".html", text: html)]
                        + figureFiles + [sidecar],
                      inputs: inputs)
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
