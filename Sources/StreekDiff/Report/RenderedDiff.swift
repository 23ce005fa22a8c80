/// The whole of `streek diff` behind one call: read both files, compare them, write the report.
public enum RenderedDiff {
    /// The report and whether the files differ (exit status 1 rather than 0).
    public struct Outcome: Sendable, Equatable {
        public var report: String
        public var hasDifferences: Bool
    }

    /// - Parameter useColor: only consulted for the text format.
    /// - Throws: `RenderedDocumentError` naming the file that could not be read or parsed.
    public static func run(oldPath: String, newPath: String, format: ReportFormat, useColor: Bool) throws -> Outcome {
        let diff = DocumentDiff(old: try RenderedDocument.load(path: oldPath), new: try RenderedDocument.load(path: newPath))
        return Outcome(report: report(diff, format: format, useColor: useColor), hasDifferences: !diff.isEqual)
    }

    public static func report(_ diff: DocumentDiff, format: ReportFormat, useColor: Bool = false) -> String {
        switch format {
        case .text: TextReport(usesColor: useColor).render(diff)
        case .md: MarkdownReport().render(diff)
        case .html: HTMLReport().render(diff)
        }
    }
}
