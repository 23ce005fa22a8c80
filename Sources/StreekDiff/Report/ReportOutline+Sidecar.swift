import Foundation
import StreekDocument

/// A `SidecarDiff` laid out for the reports: a summary, then settings and inputs, blocks, live figures.
extension ReportOutline {
    init(_ diff: SidecarDiff) {
        var sections: [Section] = []
        if !diff.settingChanges.isEmpty {
            sections.append(Section(title: "Header", entries: diff.settingChanges.map(Self.entry)))
        }
        if !diff.inputChanges.isEmpty {
            sections.append(Section(title: "Input files", entries: diff.inputChanges.map(Self.entry)))
        }
        sections += diff.blockChanges.map { Self.section(for: $0, format: diff.format) }
        sections += Self.figureSections(diff.figureChanges, format: diff.format)
        self.init(oldName: diff.oldName, newName: diff.newName, sections: sections, isEqual: diff.isEqual,
                  summary: Self.summary(of: diff))
    }

    private static func entry(_ change: SidecarDiff.InputChange) -> Entry {
        let short = { (digest: String?) in digest.map { "sha256 " + $0.prefix(12) + "…" } }
        let kind: Entry.Kind = change.old == nil ? .added : change.new == nil ? .removed : .changed
        return Entry(kind: kind, label: change.path, old: short(change.old).map(MarkedText.init), new: short(change.new).map(MarkedText.init))
    }

    static func title(of block: SidecarBlock) -> String {
        let kind = switch block.kind { case .chart: "Chart"; case .text: "Text"; case .map: "Map"; case .table: "Table" }
        let caption = block.caption.map { " “\($0)”" } ?? ""
        let identity = block.name ?? block.anchor.map { "#\($0)" } ?? "line \(block.line)"
        return "\(kind)\(caption) (\(identity))"
    }

    private static func section(for change: SidecarDiff.BlockChange, format: NumberFormat) -> Section {
        switch change {
        case .onlyInOld(let block):
            return Section(title: "Only in the old render: " + title(of: block), entries: [Entry(kind: .removed, label: "block", old: MarkedText(shape(of: block)))])
        case .onlyInNew(let block):
            return Section(title: "Only in the new render: " + title(of: block), entries: [Entry(kind: .added, label: "block", new: MarkedText(shape(of: block)))])
        case .changed(let diff):
            var entries = diff.textChanges.map { change in
                Entry(kind: .changed, label: change.what, old: MarkedText(change.old ?? "—"), new: MarkedText(change.new ?? "—"))
            }
            entries += diff.columnsRemoved.map { Entry(kind: .removed, label: "column", old: MarkedText("\($0.label) (\($0.id))")) }
            entries += diff.columnsAdded.map { Entry(kind: .added, label: "column", new: MarkedText("\($0.label) (\($0.id))")) }
            entries += diff.rowsRemoved.map { row in
                Entry(kind: .removed, label: "row \(diff.oldKey(row))", old: MarkedText(cells(diff.old, row: row, skipping: diff.keyColumns)), shownInLayout: true)
            }
            entries += diff.rowsAdded.map { row in
                Entry(kind: .added, label: "row \(diff.newKey(row))", new: MarkedText(cells(diff.new, row: row, skipping: diff.keyColumns)), shownInLayout: true)
            }
            entries += diff.cellChanges.map { cell in
                Entry(kind: .changed, label: "\(cell.row), \(cell.label)", old: MarkedText(cell.change.oldText),
                      new: MarkedText(cell.change.newText), difference: cell.change.differenceText(format), shownInLayout: true)
            }
            let layout = diff.new.rows == nil ? nil : TableLayout(diff, format: format)
            return Section(title: title(of: diff.new), entries: entries, layout: layout)
        }
    }

    /// `12 rows; columns: Gemeente | Vestiging`, or the message shown when it has no rows.
    private static func shape(of block: SidecarBlock) -> String {
        if let paragraphs = block.paragraphs { return paragraphs.joined(separator: " ") }
        let rows = block.rows?.count ?? 0
        if rows == 0 { return block.empty ?? "no rows" }
        return "\(rows == 1 ? "1 row" : "\(rows) rows"); columns: \((block.columns ?? []).map(\.label).joined(separator: " | "))"
    }

    private static func cells(_ block: SidecarBlock, row: Int, skipping keys: [String]) -> String {
        let columns = block.columns ?? [], texts = block.rows?[row].texts ?? []
        return zip(columns, texts).filter { !keys.contains($0.0.id) }.map { "\($0.0.label): \($0.1)" }.joined(separator: "; ")
    }

    /// Consecutive figures under the same heading share a section.
    private static func figureSections(_ changes: [FigureDiff], format: NumberFormat) -> [Section] {
        var sections: [Section] = []
        var current: String??
        for change in changes {
            if current != .some(change.figure.section) {
                current = .some(change.figure.section)
                sections.append(Section(title: change.figure.section.map { "Figures under “\($0)”" } ?? "Figures before the first heading", entries: []))
            }
            sections[sections.count - 1].entries.append(entry(change, format: format))
        }
        return sections
    }

    private static func entry(_ change: FigureDiff, format: NumberFormat) -> Entry {
        let figure = change.figure
        let label = "`= \(figure.expression)` (line \(figure.line))"
        switch change.kind {
        case .added: return Entry(kind: .added, label: label, new: marked(figure.sentence, figure.text))
        case .removed: return Entry(kind: .removed, label: label, old: marked(figure.sentence, figure.text))
        case .changed(let value):
            let old = change.oldSentence ?? figure.sentence.replacingFirst(figure.text, with: value.oldText)
            return Entry(kind: .changed, label: label, old: marked(old, value.oldText), new: marked(figure.sentence, figure.text),
                         difference: value.differenceText(format),
                         figures: [value.summary(format)] + (change.oldSentence.map { ["was: \($0)"] } ?? []))
        }
    }

    /// The sentence with the figure's text marked (its first occurrence).
    private static func marked(_ sentence: String, _ figure: String) -> MarkedText {
        guard !figure.isEmpty, let range = sentence.range(of: figure) else { return MarkedText(sentence) }
        return MarkedText(pieces: [(String(sentence[..<range.lowerBound]), false), (figure, true), (String(sentence[range.upperBound...]), false)])
    }

    private static func summary(of diff: SidecarDiff) -> [String] {
        guard !diff.isEqual || diff.hiddenChanges > 0 else { return [] }
        var blocks = 0, added = 0, removed = 0, values = 0
        var ranked: [(size: Double, line: String)] = []
        for case .changed(let block) in diff.blockChanges {
            blocks += 1
            added += block.rowsAdded.count
            removed += block.rowsRemoved.count
            values += block.cellChanges.count
            let name = block.new.name ?? block.new.caption ?? "line \(block.new.line)"
            for cell in block.cellChanges {
                if let relative = cell.change.relative {
                    ranked.append((abs(relative), "\(cell.row), \(cell.label) (\(name)): \(relativeLine(cell.change, format: diff.format))"))
                }
            }
        }
        let onlyOne = diff.blockChanges.count - blocks
        var figures = 0
        for change in diff.figureChanges {
            guard case .changed(let value) = change.kind else { continue }
            figures += 1
            if let relative = value.relative {
                ranked.append((abs(relative), "`= \(change.figure.expression)`: \(relativeLine(value, format: diff.format))"))
            }
        }
        var lines = ["Blocks changed: \(blocks)" + (onlyOne > 0 ? ", only on one side: \(onlyOne)" : "")
            + "; rows added: \(added), removed: \(removed); values changed: \(values); figures changed: \(figures)."]
        if diff.hiddenChanges > 0 { lines.append("Changes below the threshold, not shown: \(diff.hiddenChanges).") }
        // Largest first; ties in report order, so the summary is deterministic.
        let largest = ranked.enumerated().sorted { $0.element.size != $1.element.size ? $0.element.size > $1.element.size : $0.offset < $1.offset }
        if !largest.isEmpty {
            lines.append("Largest relative changes:")
            lines += largest.prefix(5).map { "  " + $0.element.line }
        }
        return lines
    }

    /// `1.304 → 1.993 (+689; +52,8%)`.
    private static func relativeLine(_ change: SidecarValueChange, format: NumberFormat) -> String {
        let parts = [change.differenceText(format), change.relativeText(format)].compactMap { $0 }
        return "\(change.oldText) → \(change.newText) (\(parts.joined(separator: "; ")))"
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
