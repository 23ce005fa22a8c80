/// The output formats of `streek diff`.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Plain text for the terminal, optionally coloured.
    case text
    /// A Markdown report.
    case md
    /// A self-contained HTML page with old and new side by side.
    case html
}
