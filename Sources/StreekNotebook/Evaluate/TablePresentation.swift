import StreekCore
import StreekDocument

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
    /// `section by kolom`: a header row whenever this column's value changes, instead of the column.
    var sectionColumn: String?
    var sectionPosition: SourcePosition?
    /// `missing "." as "N.B.", …`: shown instead of the source's sign for a missing cell.
    var signTexts: [String: String] = [:]
    /// `format by eenheid: …`: a style per row, chosen by the value in a unit column.
    var rowFormat: RowFormat?
    /// `total when …`: rows for which this holds are shown as totals, like the rows `totals` adds.
    var totalCondition: Expression?
    /// Where each setting was written, to point at the right line when a column name is wrong.
    var positions: [String: SourcePosition] = [:]

    /// The table block for `table`: the shown columns' cells as values, with their labels and styles;
    /// `phrase` evaluates the templates of caption, source and notes.
    func block(of table: Table, name: String?, keyColumns: [String], defaultEmptyMessage: Phrase,
               language: NumberFormat.Language = .nl, phrase: (Template) throws -> Phrase) throws -> TableBlock {
        let shown = columns ?? table.columnNames
        for name in shown + Array(labels.keys) + Array(styles.keys) where !table.columnNames.contains(name) {
            throw LocatedError(unknownColumnMessage(name, in: table), at: positions[name] ?? SourcePosition(line: 1, column: 1))
        }
        if let sectionColumn, !table.columnNames.contains(sectionColumn) {
            throw LocatedError(unknownColumnMessage(sectionColumn, in: table), at: sectionPosition ?? SourcePosition(line: 1, column: 1))
        }
        // The section column travels with the rows (the sidecar keeps it), even when `columns` leaves it out.
        let withSection = shown + (sectionColumn.map { shown.contains($0) ? [] : [$0] } ?? [])
        if let sectionColumn, withSection == [sectionColumn] {
            throw LocatedError(Message(nl: "section by \(sectionColumn) laat geen kolom over om te tonen; noem de andere met columns",
                                       en: "section by \(sectionColumn) leaves no column to show; name the others with columns"), at: sectionPosition ?? SourcePosition(line: 1, column: 1))
        }
        let selected = try withSection.map { try table.column($0) }
        let rows = (0..<table.rowCount).map { row in selected.map { $0[row] } }
        let signs = selected.enumerated().flatMap { position, column in
            (column.missingFlags?.byRow ?? [:]).map { MissingSign(row: $0.key, column: position, sign: $0.value) }
        }.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
        let sources = try source.map { [try phrase($0)] } ?? SourceCitations.phrases(table.metadata.sources)
        return TableBlock(
            name: name,
            anchor: anchor ?? "",
            caption: try caption.map(phrase),
            columns: try selected.map { column in
                TableColumn(id: column.name, label: try labels[column.name].map(phrase) ?? Phrase(literal: column.name),
                            kind: column.isNumeric ? .number : .text,
                            style: styles[column.name] ?? YearColumns.defaultStyle(for: column.name))
            },
            keyColumns: keyColumns,
            rows: rows,
            missingText: try missingText.map(phrase),
            sources: sources,
            notes: try notes.map(phrase) + Self.signNote(Set(signs.map(\.sign)), renamed: signTexts, dutch: language == .nl),
            emptyMessage: try emptyMessage.map(phrase) ?? defaultEmptyMessage,
            totalRows: TableMetadata.totalRowIndexes(in: table),
            missingSigns: signs,
            sectionColumn: sectionColumn.flatMap { withSection.firstIndex(of: $0) },
            rowStyles: try rowFormat?.rowStyles(in: table) ?? [],
            missingSignTexts: signTexts)
    }

    /// The rows of `table` shown as totals: those `totals` added and those meeting `total when …`.
    func totalRows(in table: Table, evaluator: ExpressionEvaluator) throws -> [Int] {
        let added = TableMetadata.totalRowIndexes(in: table)
        guard let totalCondition else { return added }
        let holds = try evaluator.compile(totalCondition, for: table)
        let marked = try (0..<table.rowCount).filter { Operators.isTrue(try holds($0)) }
        return Set(added).union(marked).sorted()
    }

    /// "Verklaring van tekens: . = cijfer onbekend …; x = geheim", for the signs the table shows.
    /// `renamed` maps a source's sign to the author's text for it (`missing "." as "N.B."`); the note then
    /// explains that text by the sign's meaning.
    static func signNote(_ signs: Set<String>, renamed: [String: String] = [:], dutch: Bool) -> [Phrase] {
        guard !signs.isEmpty else { return [] }
        let ordered = MissingSymbols.cbs.filter(signs.contains) + signs.subtracting(MissingSymbols.cbs).sorted()
        let explained = ordered.map { sign in
            "\(renamed[sign] ?? sign) = \(MissingSymbols.meaning(of: sign, dutch: dutch) ?? (dutch ? "ontbreekt in de bron" : "missing in the source"))"
        }
        return [Phrase(literal: (dutch ? "Verklaring van tekens: " : "Signs: ") + explained.joined(separator: "; "))]
    }
}
