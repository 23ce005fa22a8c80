import StreekCore

/// A table ready to show: every cell already formatted, so the Markdown and HTML renderers only lay it out.
struct TableView: Sendable, Equatable {
    var anchor: String
    var caption: String?
    var headers: [String]
    /// Numeric columns are right-aligned.
    var rightAligned: [Bool]
    var rows: [[String]]
    var source: String?
    var notes: [String]
    /// Shown instead of the table when it has no rows (for example a year without data).
    var emptyMessage: String
}

/// Display settings of a `streek table` directive.
struct TablePresentation: Sendable {
    var caption: Template?
    var anchor: String?
    var source: Template?
    var notes: [Template] = []
    /// Columns to show, in order; nil shows every column.
    var columns: [String]?
    var labels: [String: Template] = [:]
    var styles: [String: NumberStyle] = [:]
    var emptyMessage: Template?
    /// Shown for a missing value in this table instead of "n.n.b." (e.g. "–" where a cell does not apply).
    var missingText: Template?
    /// Where each setting was written, to point at the right line when a column name is wrong.
    var positions: [String: SourcePosition] = [:]

    /// Formats `table` for display; `text` fills in the templates of caption, source, notes.
    func view(of table: Table, format: NumberFormat, defaultAnchor: String, defaultEmptyMessage: String,
              text: (Template) throws -> String) throws -> TableView {
        let shown = columns ?? table.columnNames
        for name in shown + Array(labels.keys) + Array(styles.keys) where !table.columnNames.contains(name) {
            throw LocatedError(unknownColumnMessage(name, in: table), at: positions[name] ?? SourcePosition(line: 1, column: 1))
        }
        let selected = try shown.map { try table.column($0) }
        let missing = try missingText.map(text)
        var signs = Set<String>()
        let rows = (0..<table.rowCount).map { row in
            selected.map { column in
                // The source's own sign (`.`, `x`) stands where it wrote one; the note below explains it.
                if let sign = column.missingFlag(row) { signs.insert(sign); return sign }
                return column[row].isMissing && missing != nil ? missing!
                    : format.format(column[row], style: styles[column.name] ?? YearColumns.defaultStyle(for: column.name))
            }
        }
        let sources = try source.map { [try text($0)] } ?? table.metadata.sources
        return TableView(
            anchor: anchor ?? defaultAnchor,
            caption: try caption.map(text),
            headers: try shown.map { name in try labels[name].map(text) ?? name },
            rightAligned: selected.map(\.isNumeric),
            rows: rows,
            source: sources.isEmpty ? nil : sources.joined(separator: "; "),
            notes: try notes.map(text) + Self.signNote(signs, dutch: format.language == .nl),
            emptyMessage: try emptyMessage.map(text) ?? defaultEmptyMessage)
    }

    /// "Verklaring van tekens: . = cijfer onbekend …; x = geheim", for the signs the table shows.
    static func signNote(_ signs: Set<String>, dutch: Bool) -> [String] {
        guard !signs.isEmpty else { return [] }
        let ordered = MissingSymbols.cbs.filter(signs.contains) + signs.subtracting(MissingSymbols.cbs).sorted()
        let explained = ordered.map { sign in
            "\(sign) = \(MissingSymbols.meaning(of: sign, dutch: dutch) ?? (dutch ? "ontbreekt in de bron" : "missing in the source"))"
        }
        return [(dutch ? "Verklaring van tekens: " : "Signs: ") + explained.joined(separator: "; ")]
    }
}
