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
        /// The report's language; nil: the diff's default (English when both renders are English, else Dutch).
        public var language: NumberFormat.Language?

        public init(format: ReportFormat = .text, useColor: Bool = false, threshold: Threshold? = nil, oldRevision: String? = nil,
                    language: NumberFormat.Language? = nil) {
            self.format = format
            self.useColor = useColor
            self.threshold = threshold
            self.oldRevision = oldRevision
            self.language = language
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
            return Outcome(report: report(diff, format: options.format, useColor: options.useColor, language: options.language),
                           hasDifferences: !diff.isEqual, usedSidecars: true)
        }
        let diff = DocumentDiff(old: try old.markdown(), new: try new.markdown())
        return Outcome(report: report(diff, format: options.format, useColor: options.useColor, language: options.language),
                       hasDifferences: !diff.isEqual, usedSidecars: false)
    }

    /// git's external diff driver for sidecars: `oldFile` and `newFile` are temporary copies (or
    /// `/dev/null` for a file added or deleted), `path` the sidecar's path in the repository.
    public static func gitDriver(path: String, oldFile: String, newFile: String, options: Options) throws -> Outcome {
        func sidecar(_ file: String) throws -> Sidecar? {
            guard file != "/dev/null" else { return nil }
            guard let data = try RenderFiles.workingTree.read(file) else { throw RenderedDocumentError.unreadable(file: file, reason: .noSuchFile) }
            do { return try Sidecar.decode(data) } catch {
                throw RenderedDocumentError.unreadable(file: path, reason: .decoding(error))
            }
        }
        let old = try sidecar(oldFile), new = try sidecar(newFile)
        guard let old, let new else {
            let side = old ?? new
            let wording = DiffWording.of(options.language ?? (side?.numbers == .en ? .en : .nl))
            let line = old == nil ? wording.sidecarAdded(path) : wording.sidecarDeleted(path)
            return Outcome(report: line + "\n", hasDifferences: true, usedSidecars: true)
        }
        var diff = SidecarDiff(old: old, oldName: "a/\(path)", new: new, newName: "b/\(path)")
        if let threshold = options.threshold { diff = diff.filtered(by: threshold) }
        return Outcome(report: report(diff, format: options.format, useColor: options.useColor, language: options.language),
                       hasDifferences: !diff.isEqual, usedSidecars: true)
    }

    /// - Parameter language: nil for the diff's default language.
    public static func report(_ diff: DocumentDiff, format: ReportFormat, useColor: Bool = false,
                              language: NumberFormat.Language? = nil) -> String {
        report(ReportOutline(diff, language: language ?? diff.defaultLanguage), format: format, useColor: useColor)
    }

    /// - Parameter language: nil for the diff's default language.
    public static func report(_ diff: SidecarDiff, format: ReportFormat, useColor: Bool = false,
                              language: NumberFormat.Language? = nil) -> String {
        report(ReportOutline(diff, language: language ?? diff.defaultLanguage), format: format, useColor: useColor)
    }

    private static func report(_ outline: ReportOutline, format: ReportFormat, useColor: Bool) -> String {
        let language = outline.wording.language
        return switch format {
        case .text: TextReport(usesColor: useColor, language: language).render(outline)
        case .md: MarkdownReport(language: language).render(outline)
        case .html: HTMLReport(language: language).render(outline)
        }
    }
}
