/// Turning each kind of change into outline sections and entries.
extension ReportOutline {
    static func entry(_ change: HeaderChange) -> Entry {
        let kind: Entry.Kind = change.old == nil ? .added : change.new == nil ? .removed : .changed
        return Entry(kind: kind, label: change.name, old: change.old.map(MarkedText.init), new: change.new.map(MarkedText.init))
    }

    static func section(for change: DocumentDiff.TableChange, oldName: String, newName: String, wording: ValueWording) -> Section {
        switch change {
        case .onlyInOld(let table):
            return Section(title: "Table only in \(oldName): \(name(of: table))",
                           entries: [Entry(kind: .removed, label: "table", old: MarkedText(shape(of: table)))])
        case .onlyInNew(let table):
            return Section(title: "Table only in \(newName): \(name(of: table))",
                           entries: [Entry(kind: .added, label: "table", new: MarkedText(shape(of: table)))])
        case .changed(let diff):
            return Section(title: "Table \(name(of: diff.new))", entries: entries(for: diff, wording: wording))
        }
    }

    private static func entries(for diff: TableDiff, wording: ValueWording) -> [Entry] {
        var entries: [Entry] = []
        if diff.captionChanged {
            entries.append(Entry(kind: .changed, label: "caption",
                                 old: MarkedText(diff.old.caption ?? "—"), new: MarkedText(diff.new.caption ?? "—")))
        }
        entries += diff.columnsRemoved.map { Entry(kind: .removed, label: "column", old: MarkedText($0.description)) }
        entries += diff.columnsAdded.map { Entry(kind: .added, label: "column", new: MarkedText($0.description)) }
        entries += diff.rowsRemoved.map { Entry(kind: .removed, label: "row \($0.key)", old: MarkedText(cells($0))) }
        entries += diff.rowsAdded.map { Entry(kind: .added, label: "row \($0.key)", new: MarkedText(cells($0))) }
        entries += diff.cellChanges.map { cell in
            Entry(kind: .changed, label: "\(cell.row), \(cell.column)",
                  old: MarkedText(wording.old(cell.change.old)), new: MarkedText(wording.new(cell.change.new)),
                  difference: wording.difference(cell.change))
        }
        if diff.notesChanged {
            entries.append(Entry(kind: .changed, label: "note",
                                 old: MarkedText(diff.old.notes.joined(separator: " ")),
                                 new: MarkedText(diff.new.notes.joined(separator: " "))))
        }
        return entries
    }

    /// Consecutive changes under the same heading share a section.
    static func proseSections(_ changes: [ProseChange], wording: ValueWording) -> [Section] {
        var sections: [Section] = []
        var currentContext: String??
        for change in changes {
            if currentContext != .some(change.context) {
                currentContext = .some(change.context)
                let title = change.context.map { "Prose under “\($0)”" } ?? "Prose before the first heading"
                sections.append(Section(title: title, entries: []))
            }
            sections[sections.count - 1].entries.append(entry(change, wording: wording))
        }
        return sections
    }

    private static func entry(_ change: ProseChange, wording: ValueWording) -> Entry {
        switch change {
        case .removed(let sentence):
            return Entry(kind: .removed, label: label(of: sentence), old: MarkedText(sentence.text))
        case .added(let sentence):
            return Entry(kind: .added, label: label(of: sentence), new: MarkedText(sentence.text))
        case .figuresChanged(let old, let new, let figures):
            let changed = Set(figures.map(\.index))
            return Entry(kind: .changed, label: label(of: new),
                         old: marked(old, figures: changed, write: wording.old), new: marked(new, figures: changed, write: wording.new),
                         figures: figures.map { wording.summary($0.change) })
        }
    }

    private static func label(of sentence: ProseSentence) -> String {
        sentence.kind == .sentence ? "sentence" : "heading"
    }

    /// The sentence with its changed figures marked (old figures rewritten in the report's format).
    private static func marked(_ sentence: ProseSentence, figures changed: Set<Int>, write: (ParsedValue) -> String) -> MarkedText {
        var figureIndex = 0
        return MarkedText(pieces: sentence.segments.map { segment in
            switch segment {
            case .text(let text):
                return (text, false)
            case .figure(let figure):
                defer { figureIndex += 1 }
                return changed.contains(figureIndex) ? (write(figure), true) : (figure.text, false)
            }
        })
    }

    static func name(of table: RenderedTable) -> String {
        switch (table.caption, table.anchor) {
        case let (caption?, anchor?): "“\(caption)” (#\(anchor))"
        case let (caption?, nil): "“\(caption)”"
        case let (nil, anchor?): "#\(anchor)"
        case (nil, nil): "at line \(table.line)"
        }
    }

    /// `3 rows; columns: Gemeente | Vestiging 2016`, or the table's note when it rendered no rows.
    private static func shape(of table: RenderedTable) -> String {
        guard !table.columns.isEmpty else { return (["no rows"] + table.notes).joined(separator: "; ") }
        let rows = table.rows.count == 1 ? "1 row" : "\(table.rows.count) rows"
        return "\(rows); columns: \(table.columns.joined(separator: " | "))"
    }

    private static func cells(_ row: TableDiff.Row) -> String {
        // The first cell is the row's key, already in the label.
        row.cells.dropFirst().map { "\($0.column): \($0.value)" }.joined(separator: "; ")
    }
}
