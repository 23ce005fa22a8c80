/// The terminal report: one line per change, `+` added, `-` removed, `~` changed; ANSI colours on request.
public struct TextReport: Sendable {
    public var usesColor: Bool

    public init(usesColor: Bool) {
        self.usesColor = usesColor
    }

    public func render(_ diff: DocumentDiff) -> String {
        let outline = ReportOutline(diff)
        if outline.isEqual { return "No differences between \(outline.oldName) and \(outline.newName).\n" }
        var lines = [paint("--- \(outline.oldName)", .red), paint("+++ \(outline.newName)", .green)]
        for section in outline.sections {
            lines.append("")
            lines.append(paint(section.title, .bold))
            for entry in section.entries {
                lines += self.lines(for: entry)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func lines(for entry: ReportOutline.Entry) -> [String] {
        switch entry.kind {
        case .added: return [paint("  + " + entry.line(), .green)]
        case .removed: return [paint("  - " + entry.line(), .red)]
        case .changed where !entry.figures.isEmpty:
            let sentence = entry.new.map(highlighted) ?? ""
            return ["  ~ \(entry.label): \(sentence)"] + entry.figures.map { "      " + paint($0, .yellow) }
        case .changed: return [paint("  ~ " + entry.line(), .yellow)]
        }
    }

    private func highlighted(_ text: ReportOutline.MarkedText) -> String {
        text.pieces.map { $0.marked ? paint($0.text, .bold) : $0.text }.joined()
    }

    private enum Paint: String {
        case red = "31", green = "32", yellow = "33", bold = "1"
    }

    private func paint(_ text: String, _ paint: Paint) -> String {
        usesColor ? "\u{1B}[\(paint.rawValue)m\(text)\u{1B}[0m" : text
    }
}
