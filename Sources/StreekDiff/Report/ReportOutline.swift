import StreekDocument

/// A diff laid out for reading in one language: titled sections of entries, with every label and value
/// already worded. The text, Markdown and HTML reports only differ in how they draw this outline.
struct ReportOutline: Sendable {
    struct Section: Sendable {
        var title: String
        var entries: [Entry]
        /// A changed table as a table, for the HTML report (changed cells marked old → new).
        var layout: TableLayout? = nil
    }

    struct Entry: Sendable {
        enum Kind: Sendable { case added, removed, changed }

        var kind: Kind
        /// A live figure's expression, drawn as code before the label: `= t.inwoners[Assen]`.
        var code: String? = nil
        /// What changed: `year`, `Hoogeveen, Vestiging 2011`, `row Emmen`, `sentence`, `(regel 8)`.
        var label: String
        var old: MarkedText?
        var new: MarkedText?
        /// `+689`, when the change has one.
        var difference: String?
        /// For a sentence whose figures changed: each as `1.304 → 1.993 (+689)`.
        var figures: [String] = []
        /// A row or cell that a table layout already shows (the HTML report leaves it out of its list).
        var shownInLayout = false
    }

    /// Text in which some stretches (changed figures) are marked for emphasis.
    struct MarkedText: Sendable {
        var pieces: [(text: String, marked: Bool)]

        init(_ text: String) { pieces = [(text, false)] }
        init(pieces: [(text: String, marked: Bool)]) { self.pieces = pieces }

        var plain: String { pieces.map(\.text).joined() }
    }

    var oldName: String
    var newName: String
    var sections: [Section]
    var isEqual: Bool
    /// A line shown before the sections, with lines that belong under it (the largest changes).
    struct SummaryItem: Sendable {
        var text: String
        var details: [String] = []
    }

    /// Shown before the sections: counts and the largest relative changes.
    var summary: [SummaryItem] = []
    /// The words of the report's language.
    var wording: DiffWording

    init(oldName: String, newName: String, sections: [Section], isEqual: Bool, summary: [SummaryItem], wording: DiffWording) {
        self.oldName = oldName
        self.newName = newName
        self.sections = sections
        self.isEqual = isEqual
        self.summary = summary
        self.wording = wording
    }

    init(_ diff: DocumentDiff, language: NumberFormat.Language) {
        let wording = DiffWording.of(language)
        let values = ValueWording(oldConvention: diff.oldConvention, newConvention: diff.newConvention,
                                  reportConvention: NumberConvention(language))
        var sections: [Section] = []
        if !diff.headerChanges.isEmpty {
            sections.append(Section(title: wording.settingsSection, entries: diff.headerChanges.map { Self.entry($0, wording: wording) }))
        }
        sections += diff.tableChanges.map {
            Self.section(for: $0, oldName: diff.oldName, newName: diff.newName, values: values, wording: wording)
        }
        sections += Self.proseSections(diff.proseChanges, values: values, wording: wording)
        self.init(oldName: diff.oldName, newName: diff.newName, sections: sections, isEqual: diff.isEqual, summary: [], wording: wording)
    }
}

extension ReportOutline.Entry {
    /// The expression drawn by `drawCode` (a code span, `<code>`), then the label passed through `escape`.
    func heading(escape: (String) -> String, code drawCode: (String) -> String) -> String {
        [code.map(drawCode), escape(label)].compactMap { $0 }.joined(separator: " ")
    }

    /// `heading: old → new (difference)`, each part passed through `escape` (for Markdown).
    func line(escape: (String) -> String, code drawCode: (String) -> String) -> String {
        let heading = heading(escape: escape, code: drawCode)
        switch kind {
        case .added: return "\(heading): \(escape(new?.plain ?? ""))"
        case .removed: return "\(heading): \(escape(old?.plain ?? ""))"
        case .changed:
            let arrow = "\(escape(old?.plain ?? "—")) → \(escape(new?.plain ?? "—"))"
            return "\(heading): " + (difference.map { "\(arrow) (\(escape($0)))" } ?? arrow)
        }
    }
}

extension ReportOutline.Entry {
    /// `added`, `removed`, `changed`: the CSS class of the entry.
    var kindName: String {
        switch kind {
        case .added: "added"
        case .removed: "removed"
        case .changed: "changed"
        }
    }
}
