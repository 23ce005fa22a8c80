import StreekDocument

/// Turning each kind of change of a render without sidecar into outline sections and entries.
extension ReportOutline {
    static func entry(_ change: HeaderChange, wording: DiffWording) -> Entry {
        let kind: Entry.Kind = change.old == nil ? .added : change.new == nil ? .removed : .changed
        return Entry(kind: kind, label: wording.setting(change.setting), old: change.old.map(MarkedText.init), new: change.new.map(MarkedText.init))
    }

    static func section(for change: DocumentDiff.TableChange, oldName: String, newName: String, values: ValueWording,
                        wording: DiffWording) -> Section {
        switch change {
        case .onlyInOld(let table):
            return Section(title: wording.tableOnlyIn(oldName, name(of: table, wording: wording)),
                           entries: [Entry(kind: .removed, label: wording.table, old: MarkedText(shape(of: table, wording: wording)))])
        case .onlyInNew(let table):
            return Section(title: wording.tableOnlyIn(newName, name(of: table, wording: wording)),
                           entries: [Entry(kind: .added, label: wording.table, new: MarkedText(shape(of: table, wording: wording)))])
        case .changed(let diff):
            return Section(title: wording.tableSection(name(of: diff.new, wording: wording)), entries: entries(for: diff, values: values, wording: wording))
        }
    }

    private static func entries(for diff: TableDiff, values: ValueWording, wording: DiffWording) -> [Entry] {
        var entries: [Entry] = []
        if diff.captionChanged {
            entries.append(Entry(kind: .changed, label: wording.caption,
                                 old: MarkedText(diff.old.caption ?? "—"), new: MarkedText(diff.new.caption ?? "—")))
        }
        entries += diff.columnsRemoved.map { Entry(kind: .removed, label: wording.column, old: MarkedText($0.description)) }
        entries += diff.columnsAdded.map { Entry(kind: .added, label: wording.column, new: MarkedText($0.description)) }
        entries += diff.rowsRemoved.map { Entry(kind: .removed, label: wording.row($0.key.description), old: MarkedText(cells($0))) }
        entries += diff.rowsAdded.map { Entry(kind: .added, label: wording.row($0.key.description), new: MarkedText(cells($0))) }
        entries += diff.cellChanges.map { cell in
            Entry(kind: .changed, label: "\(cell.row), \(cell.column)",
                  old: MarkedText(values.old(cell.change.old)), new: MarkedText(values.new(cell.change.new)),
                  difference: values.difference(cell.change))
        }
        if diff.notesChanged {
            entries.append(Entry(kind: .changed, label: wording.note,
                                 old: MarkedText(diff.old.notes.joined(separator: " ")),
                                 new: MarkedText(diff.new.notes.joined(separator: " "))))
        }
        return entries
    }

    /// Consecutive changes under the same heading share a section.
    static func proseSections(_ changes: [ProseChange], values: ValueWording, wording: DiffWording) -> [Section] {
        var sections: [Section] = []
        var currentContext: String??
        for change in changes {
            if currentContext != .some(change.context) {
                currentContext = .some(change.context)
                sections.append(Section(title: wording.proseUnder(change.context), entries: []))
            }
            sections[sections.count - 1].entries.append(entry(change, values: values, wording: wording))
        }
        return sections
    }

    private static func entry(_ change: ProseChange, values: ValueWording, wording: DiffWording) -> Entry {
        switch change {
        case .removed(let sentence):
            return Entry(kind: .removed, label: label(of: sentence, wording: wording), old: MarkedText(sentence.text))
        case .added(let sentence):
            return Entry(kind: .added, label: label(of: sentence, wording: wording), new: MarkedText(sentence.text))
        case .figuresChanged(let old, let new, let figures):
            let changed = Set(figures.map(\.index))
            return Entry(kind: .changed, label: label(of: new, wording: wording),
                         old: marked(old, figures: changed), new: marked(new, figures: changed),
                         figures: figures.map { values.summary($0.change) })
        }
    }

    private static func label(of sentence: ProseSentence, wording: DiffWording) -> String {
        sentence.kind == .sentence ? wording.sentence : wording.heading
    }

    /// The sentence as its file wrote it, with its changed figures marked.
    private static func marked(_ sentence: ProseSentence, figures changed: Set<Int>) -> MarkedText {
        var figureIndex = 0
        return MarkedText(pieces: sentence.segments.map { segment in
            switch segment {
            case .text(let text):
                return (text, false)
            case .figure(let figure):
                defer { figureIndex += 1 }
                return (figure.text, changed.contains(figureIndex))
            }
        })
    }

    static func name(of table: RenderedTable, wording: DiffWording) -> String {
        switch (table.caption, table.anchor) {
        case let (caption?, anchor?): "“\(caption)” (#\(anchor))"
        case let (caption?, nil): "“\(caption)”"
        case let (nil, anchor?): "#\(anchor)"
        case (nil, nil): wording.atLine(table.line)
        }
    }

    /// `3 rijen; kolommen: Gemeente | Vestiging 2016`, or the table's note when it rendered no rows.
    private static func shape(of table: RenderedTable, wording: DiffWording) -> String {
        guard !table.columns.isEmpty else { return ([wording.noRows] + table.notes).joined(separator: "; ") }
        let count = table.rows.count
        return wording.shape(count, wording.numberFormat.format(Double(count)), table.columns.joined(separator: " | "))
    }

    private static func cells(_ row: TableDiff.Row) -> String {
        // The first cell is the row's key, already in the label.
        row.cells.dropFirst().map { "\($0.column): \($0.value)" }.joined(separator: "; ")
    }
}
