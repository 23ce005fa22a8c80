import Foundation
import StreekDocument

/// A `SidecarDiff` laid out for the reports: a summary, then settings and inputs, blocks, live figures.
extension ReportOutline {
    init(_ diff: SidecarDiff, language: NumberFormat.Language) {
        let outliner = SidecarOutliner(diff: diff, wording: .of(language))
        self.init(oldName: diff.oldName, newName: diff.newName, sections: outliner.sections(), isEqual: diff.isEqual,
                  summary: outliner.summary(), wording: outliner.wording)
    }
}

/// Words every change of a `SidecarDiff` in one language; every number in the report's number format.
private struct SidecarOutliner {
    typealias Entry = ReportOutline.Entry
    typealias Section = ReportOutline.Section
    typealias MarkedText = ReportOutline.MarkedText

    let diff: SidecarDiff
    let wording: DiffWording
    var format: NumberFormat { wording.numberFormat }

    func sections() -> [Section] {
        var sections: [Section] = []
        if !diff.settingChanges.isEmpty {
            sections.append(Section(title: wording.settingsSection, entries: diff.settingChanges.map { ReportOutline.entry($0, wording: wording) }))
        }
        if !diff.inputChanges.isEmpty {
            sections.append(Section(title: wording.inputsSection, entries: diff.inputChanges.map(entry)))
        }
        sections += diff.blockChanges.map(section)
        return sections + figureSections()
    }

    private func entry(_ change: SidecarDiff.InputChange) -> Entry {
        let short = { (digest: String?) in digest.map { "sha256 " + $0.prefix(12) + "…" } }
        let kind: Entry.Kind = change.old == nil ? .added : change.new == nil ? .removed : .changed
        return Entry(kind: kind, label: change.path, old: short(change.old).map(MarkedText.init), new: short(change.new).map(MarkedText.init))
    }

    private func title(of block: SidecarBlock) -> String {
        let caption = block.caption.map { " “\($0)”" } ?? ""
        let identity = block.name ?? block.anchor.map { "#\($0)" } ?? wording.line(block.line)
        return "\(wording.blockKind(block.kind))\(caption) (\(identity))"
    }

    private func section(for change: SidecarDiff.BlockChange) -> Section {
        switch change {
        case .onlyInOld(let block):
            return Section(title: wording.onlyInOldRender(title(of: block)),
                           entries: [Entry(kind: .removed, label: wording.block, old: MarkedText(shape(of: block, language: diff.oldLanguage)))])
        case .onlyInNew(let block):
            return Section(title: wording.onlyInNewRender(title(of: block)),
                           entries: [Entry(kind: .added, label: wording.block, new: MarkedText(shape(of: block, language: diff.newLanguage)))])
        case .changed(let block):
            var entries = block.textChanges.map { change in
                Entry(kind: .changed, label: wording.textField(change.what), old: MarkedText(change.old ?? "—"), new: MarkedText(change.new ?? "—"))
            }
            entries += block.columnsRemoved.map { Entry(kind: .removed, label: wording.column, old: MarkedText("\($0.label) (\($0.id))")) }
            entries += block.columnsAdded.map { Entry(kind: .added, label: wording.column, new: MarkedText("\($0.label) (\($0.id))")) }
            entries += block.rowsRemoved.map { row in
                Entry(kind: .removed, label: wording.row(block.oldKey(row)),
                      old: MarkedText(cells(of: block.old, row: row, skipping: block.keyColumns, cell: block.oldCell)), shownInLayout: true)
            }
            entries += block.rowsAdded.map { row in
                Entry(kind: .added, label: wording.row(block.newKey(row)),
                      new: MarkedText(cells(of: block.new, row: row, skipping: block.keyColumns, cell: block.newCell)), shownInLayout: true)
            }
            entries += block.cellChanges.map { cell in
                Entry(kind: .changed, label: "\(cell.row), \(cell.label)", old: MarkedText(cell.change.old.text(in: format)),
                      new: MarkedText(cell.change.new.text(in: format)), difference: cell.change.differenceText(format), shownInLayout: true)
            }
            let layout = block.new.rows == nil ? nil : TableLayout(block, wording: wording)
            return Section(title: title(of: block.new), entries: entries, layout: layout)
        }
    }

    /// `12 rijen; kolommen: Gemeente | Vestiging`, or the message shown when it has no rows.
    private func shape(of block: SidecarBlock, language: NumberFormat.Language) -> String {
        if let paragraphs = block.paragraphs { return paragraphs.joined(separator: " ") }
        let rows = block.rows?.count ?? 0
        if rows == 0 { return block.empty ?? wording.noRows }
        return wording.shape(rows, format.format(Double(rows)), (block.columns ?? []).map(\.label).joined(separator: " | "))
    }

    /// `Inwoners: 1.304; Aandeel: 57%`: the row's cells but its key, in the report's number format.
    private func cells(of block: SidecarBlock, row: Int, skipping keys: [String], cell: (Int, Int) -> ShownValue) -> String {
        (block.columns ?? []).enumerated().filter { !keys.contains($0.element.id) }
            .map { "\($0.element.label): \(cell(row, $0.offset).text(in: format))" }.joined(separator: "; ")
    }

    /// Consecutive figures under the same heading share a section.
    private func figureSections() -> [Section] {
        var sections: [Section] = []
        var current: String??
        for change in diff.figureChanges {
            if current != .some(change.figure.section) {
                current = .some(change.figure.section)
                sections.append(Section(title: wording.figuresUnder(change.figure.section), entries: []))
            }
            sections[sections.count - 1].entries.append(entry(change))
        }
        return sections
    }

    private func entry(_ change: FigureDiff) -> Entry {
        let figure = change.figure
        let code = "= \(figure.expression)", label = "(\(wording.line(figure.line)))"
        // Sentences are quoted as the renders wrote them; the figure's own line is in the report's format.
        switch change.kind {
        case .added: return Entry(kind: .added, code: code, label: label, new: marked(figure.sentence, figure.text))
        case .removed: return Entry(kind: .removed, code: code, label: label, old: marked(figure.sentence, figure.text))
        case .changed(let value):
            let old = marked(change.oldSentence ?? figure.sentence, value.old.text)
            return Entry(kind: .changed, code: code, label: label, old: old, new: marked(figure.sentence, figure.text),
                         difference: value.differenceText(format),
                         figures: [value.summary(format)] + (change.reworded ? change.oldSentence.map { [wording.was($0)] } ?? [] : []))
        }
    }

    /// The sentence with the figure (its first occurrence) marked.
    private func marked(_ sentence: String, _ figure: String) -> MarkedText {
        guard !figure.isEmpty, let range = sentence.range(of: figure) else { return MarkedText(sentence) }
        return MarkedText(pieces: [(String(sentence[..<range.lowerBound]), false), (figure, true), (String(sentence[range.upperBound...]), false)])
    }

    func summary() -> [ReportOutline.SummaryItem] {
        guard !diff.isEqual || diff.hiddenChanges > 0 else { return [] }
        var blocks = 0, added = 0, removed = 0, values = 0
        var ranked: [(size: Double, line: String)] = []
        for case .changed(let block) in diff.blockChanges {
            blocks += 1
            added += block.rowsAdded.count
            removed += block.rowsRemoved.count
            values += block.cellChanges.count
            let name = block.new.name ?? block.new.caption ?? wording.line(block.new.line)
            for cell in block.cellChanges {
                if let relative = cell.change.relative {
                    ranked.append((abs(relative), "\(cell.row), \(cell.label) (\(name)): \(relativeLine(cell.change))"))
                }
            }
        }
        let onlyOne = diff.blockChanges.count - blocks
        var figures = 0
        for change in diff.figureChanges {
            guard case .changed(let value) = change.kind else { continue }
            figures += 1
            if let relative = value.relative {
                ranked.append((abs(relative), "`= \(change.figure.expression)`: \(relativeLine(value))"))
            }
        }
        let count = { (number: Int) in format.format(Double(number)) }
        var items = [ReportOutline.SummaryItem(text: wording.counts(DiffCounts(
            blocks: count(blocks), onlyOnOneSide: onlyOne > 0 ? count(onlyOne) : nil, rowsAdded: count(added),
            rowsRemoved: count(removed), values: count(values), figures: count(figures))))]
        if diff.hiddenChanges > 0 { items.append(.init(text: wording.hiddenBelowThreshold(count(diff.hiddenChanges)))) }
        // Largest first; ties in report order, so the summary is deterministic.
        let largest = ranked.enumerated().sorted { $0.element.size != $1.element.size ? $0.element.size > $1.element.size : $0.offset < $1.offset }
        if !largest.isEmpty {
            items.append(.init(text: wording.largestChanges, details: largest.prefix(5).map(\.element.line)))
        }
        return items
    }

    /// `1.304 → 1.993 (+689; +52,8%)`.
    private func relativeLine(_ change: SidecarValueChange) -> String {
        let parts = [change.differenceText(format), change.relativeText(format)].compactMap { $0 }
        return "\(change.old.text(in: format)) → \(change.new.text(in: format)) (\(parts.joined(separator: "; ")))"
    }
}
