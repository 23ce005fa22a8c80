import StreekDocument

/// The whole of `streek diff` behind one call: read both sides, compare them, write the report.
///
/// When both renders have a sidecar (`x.json` beside `x.md`) the typed sidecars are compared; otherwise the
/// rendered Markdown is read back by the frozen `MarkdownReader` (renders from before sidecars existed).
public enum RenderedDiff {
    /// The report and whether the files differ (exit status 1 rather than 0).
    public struct Outcome: Sendable, Equatable {
        public var report: String
        public var hasDifferences: Bool
        /// Whether the sidecars were compared (false: the Markdown reader).
        public var usedSidecars: Bool
    }

    public struct Options: Sendable {
        public var format: ReportFormat
        public var useColor: Bool
        public var threshold: Threshold?
        /// Read the old side from this git revision instead of the file system.
        public var oldRevision: String?

        public init(format: ReportFormat = .text, useColor: Bool = false, threshold: Threshold? = nil, oldRevision: String? = nil) {
            self.format = format
            self.useColor = useColor
            self.threshold = threshold
            self.oldRevision = oldRevision
        }
    }

    /// - Parameter useColor: only consulted for the text format.
    /// - Throws: `RenderedDocumentError` naming the file that could not be read or parsed.
    public static func run(oldPath: String, newPath: String, format: ReportFormat, useColor: Bool) throws -> Outcome {
        try run(oldPath: oldPath, newPath: newPath, options: Options(format: format, useColor: useColor))
    }

    public static func run(oldPath: String, newPath: String, options: Options) throws -> Outcome {
        let old = try DiffInput(path: oldPath, files: options.oldRevision.map(RenderFiles.revision) ?? .workingTree)
        let new = try DiffInput(path: newPath, files: .workingTree)
        if let oldSidecar = old.sidecar, let newSidecar = new.sidecar {
            var diff = SidecarDiff(old: oldSidecar, oldName: old.name, new: newSidecar, newName: new.name)
            if let threshold = options.threshold { diff = diff.filtered(by: threshold) }
            return Outcome(report: report(diff, format: options.format, useColor: options.useColor),
                           hasDifferences: !diff.isEqual, usedSidecars: true)
        }
        let diff = DocumentDiff(old: try old.markdown(), new: try new.markdown())
        return Outcome(report: report(diff, format: options.format, useColor: options.useColor),
                       hasDifferences: !diff.isEqual, usedSidecars: false)
    }

    /// git's external diff driver for sidecars: `oldFile` and `newFile` are temporary copies (or
    /// `/dev/null` for a file added or deleted), `path` the sidecar's path in the repository.
    public static func gitDriver(path: String, oldFile: String, newFile: String, options: Options) throws -> Outcome {
        func sidecar(_ file: String) throws -> Sidecar? {
            guard file != "/dev/null" else { return nil }
            guard let data = try RenderFiles.workingTree.read(file) else { throw RenderedDocumentError.unreadable(file: file, reason: "no such file") }
            do { return try Sidecar.decode(data) } catch {
                throw RenderedDocumentError.unreadable(file: path, reason: String(describing: error))
            }
        }
        guard let old = try sidecar(oldFile), let new = try sidecar(newFile) else {
            return Outcome(report: "\(path): sidecar \(oldFile == "/dev/null" ? "added" : "deleted")\n", hasDifferences: true, usedSidecars: true)
        }
        var diff = SidecarDiff(old: old, oldName: "a/\(path)", new: new, newName: "b/\(path)")
        if let threshold = options.threshold { diff = diff.filtered(by: threshold) }
        return Outcome(report: report(diff, format: options.format, useColor: options.useColor), hasDifferences: !diff.isEqual, usedSidecars: true)
    }

    public static func report(_ diff: DocumentDiff, format: ReportFormat, useColor: Bool = false) -> String {
        switch format {
        case .text: TextReport(usesColor: useColor).render(diff)
        case .md: MarkdownReport().render(diff)
        case .html: HTMLReport().render(diff)
        }
    }

    public static func report(_ diff: SidecarDiff, format: ReportFormat, useColor: Bool = false) -> String {
        switch format {
        case .text: TextReport(usesColor: useColor).render(diff)
        case .md: MarkdownReport().render(diff)
        case .html: HTMLReport().render(diff)
        }
    }
}
