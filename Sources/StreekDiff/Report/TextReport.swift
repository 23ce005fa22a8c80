import StreekCore
import StreekDocument

/// The terminal report: one line per change, `+` added, `-` removed, `~` changed; ANSI colours on request.
public struct TextReport: Sendable {
    public var usesColor: Bool
    public var language: NumberFormat.Language

    public init(usesColor: Bool, language: NumberFormat.Language = .nl) {
        self.usesColor = usesColor
        self.language = language
    }

    public func render(_ diff: DocumentDiff) -> String { render(ReportOutline(diff, language: language)) }

    public func render(_ diff: SidecarDiff) -> String { render(ReportOutline(diff, language: language)) }

    func render(_ outline: ReportOutline) -> String {
        if outline.isEqual, outline.summary.isEmpty {
            return outline.wording.noDifferencesBetween(clean(outline.oldName), clean(outline.newName)) + "\n"
        }
        var lines = [paint("--- \(clean(outline.oldName))", .red), paint("+++ \(clean(outline.newName))", .green)]
        if !outline.summary.isEmpty {
            lines += [""] + outline.summary.flatMap { [clean($0.text)] + $0.details.map { "  " + clean($0) } }
        }
        for section in outline.sections {
            lines.append("")
            lines.append(paint(clean(section.title), .bold))
            for entry in section.entries {
                lines += self.lines(for: entry)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func lines(for entry: ReportOutline.Entry) -> [String] {
        switch entry.kind {
        case .added: return [paint("  + " + entry.line(escape: clean, code: code), .green)]
        case .removed: return [paint("  - " + entry.line(escape: clean, code: code), .red)]
        case .changed where !entry.figures.isEmpty:
            let sentence = entry.new.map(highlighted) ?? ""
            return ["  ~ \(entry.heading(escape: clean, code: code)): \(sentence)"] + entry.figures.map { "      " + paint(clean($0), .yellow) }
        case .changed: return [paint("  ~ " + entry.line(escape: clean, code: code), .yellow)]
        }
    }

    private func highlighted(_ text: ReportOutline.MarkedText) -> String {
        text.pieces.map { $0.marked ? paint(clean($0.text), .bold) : clean($0.text) }.joined()
    }

    /// Control characters from the files (an escape sequence in a cell) must not reach the terminal.
    private func clean(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            scalar.properties.generalCategory == .control ? "\u{FFFD}" : scalar
        }))
    }

    /// An expression, between backticks as in the notebook.
    private func code(_ text: String) -> String { "`\(clean(text))`" }

    private enum Paint: String {
        case red = "31", green = "32", yellow = "33", bold = "1"
    }

    private func paint(_ text: String, _ paint: Paint) -> String {
        usesColor ? "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
