import StreekCore
import StreekDocument

/// A Markdown report: a section per header, table or heading, a bullet per change.
public struct MarkdownReport: Sendable {
    public var language: NumberFormat.Language

    public init(language: NumberFormat.Language = .nl) {
        self.language = language
    }

    public func render(_ diff: DocumentDiff) -> String { render(ReportOutline(diff, language: language)) }

    public func render(_ diff: SidecarDiff) -> String { render(ReportOutline(diff, language: language)) }

    func render(_ outline: ReportOutline) -> String {
        let wording = outline.wording
        var lines = ["# " + wording.title(code(outline.oldName), code(outline.newName)), ""]
        if outline.isEqual {
            lines += [wording.noDifferences, ""]
        }
        if !outline.summary.isEmpty {
            lines += ["## " + wording.summaryHeading, ""] + outline.summary.flatMap { item in
                ["- " + Self.escape(item.text)] + item.details.map { "  - " + Self.escape($0) }
            } + [""]
        }
        for section in outline.sections {
            lines += ["## \(Self.escape(section.title))", ""]
            for entry in section.entries {
                lines += self.lines(for: entry, wording: wording)
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    private func lines(for entry: ReportOutline.Entry, wording: DiffWording) -> [String] {
        switch entry.kind {
        case .added: return ["- \(wording.added) \(entry.line(escape: Self.escape, code: code))"]
        case .removed: return ["- \(wording.removed) \(entry.line(escape: Self.escape, code: code))"]
        case .changed where !entry.figures.isEmpty:
            let sentence = entry.new.map { text in
                text.pieces.map { $0.marked ? "**\(Self.escape($0.text))**" : Self.escape($0.text) }.joined()
            } ?? ""
            return ["- \(wording.changed) \(entry.heading(escape: Self.escape, code: code)): \(sentence)"] + entry.figures.map { "  - \(Self.escape($0))" }
        case .changed: return ["- \(wording.changed) \(entry.line(escape: Self.escape, code: code))"]
        }
    }

    /// Backslash-escapes characters that Markdown would read as markup, so report text stays literal.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|~!&".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    /// An inline code span long enough to hold any backticks in `text`.
    private func code(_ text: String) -> String {
        var fence = "`"
        while text.contains(fence) { fence += "`" }
        // CommonMark strips one space on each side, which keeps a leading or trailing backtick apart.
        let padding = text.hasPrefix("`") || text.hasSuffix("`") ? " " : ""
        return fence + padding + text + padding + fence
    }
}
