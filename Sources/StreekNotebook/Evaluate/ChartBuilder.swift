import StreekCore
import StreekDocument

/// Turns a `streek chart` block's table into a `ChartBlock`: picks the columns, lays the cells out by
/// panel, series and category, and computes what is plotted (an index on a base period, 100% stacks).
struct ChartBuilder {
    let settings: ChartSettings
    let presentation: TablePresentation
    let context: EvaluationContext
    /// Where to point when the block as a whole is wrong (an empty table).
    let blockPosition: SourcePosition

    func block(of table: Table, name: String?) throws -> ChartBlock {
        let columns = try ChartColumns(settings: settings, table: table, at: blockPosition)
        let phrase = { (template: Template) in try context.phrase(of: template) }
        let emptyMessage = try presentation.emptyMessage.map(phrase)
        if table.rowCount == 0, emptyMessage == nil {
            throw LocatedError(Message(nl: "de tabel van de grafiek heeft geen rijen; filter minder, of zeg met empty \"…\" wat er in plaats daarvan moet staan",
                                       en: "the chart's table has no rows; filter less, or say what to show instead with empty \"…\""), at: blockPosition)
        }
        for (column, position) in presentation.positions.sorted(by: { $0.value < $1.value }) where !table.columnNames.contains(column) {
            throw LocatedError(unknownColumnMessage(column, in: table), at: position)
        }
        let x = try table.column(columns.x.name)
        let categories = distinct(x.cells)
        if categories.isEmpty, emptyMessage == nil, table.rowCount > 0 {
            throw LocatedError(Message(nl: "elke waarde van x-kolom '\(columns.x.name)' ontbreekt; kies een andere x",
                                       en: "every value of x column '\(columns.x.name)' is missing; choose another x"), at: columns.x.position)
        }
        let seriesColumn = try columns.series.map { try table.column($0.name) }
        let facetColumn = try columns.facet.map { try table.column($0.name) }
        // Numeric series (years) run in order, whatever the rows' sort; text series in order of appearance.
        let seriesKeys = seriesColumn.map { column in
            column.isNumeric ? distinct(column.cells).sorted { ($0.number ?? 0) < ($1.number ?? 0) } : distinct(column.cells)
        } ?? columns.y.map { Value.text($0.name) }
        let facetKeys = facetColumn.map { distinct($0.cells) } ?? [Value.missing]
        let yColumns = try columns.y.map { try table.column($0.name) }

        var grid = Array(repeating: Array(repeating: Array(repeating: Value.missing, count: categories.count), count: seriesKeys.count),
                         count: facetKeys.count)
        var filled = Set<[Int]>()
        let categoryIndex = Dictionary(categories.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let seriesIndex = Dictionary(seriesKeys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let facetIndex = Dictionary(facetKeys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        // A row without an x, series or facet value has no place in the chart; it is left out.
        for row in 0..<table.rowCount {
            guard let category = categoryIndex[x[row]],
                  let facet = facetColumn.map({ facetIndex[$0[row]] }) ?? 0 else { continue }
            for (offset, yColumn) in yColumns.enumerated() {
                guard let series = seriesColumn.map({ seriesIndex[$0[row]] }) ?? offset else { continue }
                guard filled.insert([facet, series, category]).inserted else {
                    throw LocatedError(Message(nl: "twee rijen voor \(columns.x.name) '\(x[row].keyText)'\(seriesColumn.map { " en \($0.name) '\($0[row].keyText)'" } ?? ""); een grafiek heeft één waarde per punt nodig: groepeer, filter of voeg series/facet toe",
                                               en: "two rows for \(columns.x.name) '\(x[row].keyText)'\(seriesColumn.map { " and \($0.name) '\($0[row].keyText)'" } ?? ""); a chart needs one value per point: group, filter or add series/facet"), at: columns.x.position)
                }
                grid[facet][series][category] = yColumn[row]
            }
        }

        var valueStyle = presentation.styles[columns.y[0].name] ?? .automatic
        var indexBase: Value?
        if let index = settings.index {
            let base = try context.scalar(index.base)
            grid = try indexed(grid, base: base, categories: categories, seriesKeys: seriesKeys, facetKeys: facetKeys, at: index.position)
            indexBase = base
        } else if settings.stacking == .percent {
            grid = grid.map(percentages)
            valueStyle = NumberStyle(decimals: valueStyle.decimals, percent: true)
        }

        let label = { (name: String) throws -> Phrase in try presentation.labels[name].map(phrase) ?? Phrase(literal: name) }
        let seriesStyle = columns.series.map { presentation.styles[$0.name] ?? YearColumns.defaultStyle(for: $0.name) } ?? .automatic
        let facetStyle = columns.facet.map { presentation.styles[$0.name] ?? YearColumns.defaultStyle(for: $0.name) } ?? .automatic
        let mark = settings.mark ?? .bar
        let sources = try presentation.source.map { [try phrase($0)] } ?? SourceCitations.phrases(table.metadata.sources)
        return ChartBlock(
            name: name, anchor: presentation.anchor ?? "", mark: mark,
            orientation: settings.orientation ?? (mark == .bar && x.isNumeric ? .vertical : .horizontal),
            stacking: settings.stacking,
            caption: try presentation.caption.map(phrase), alt: try settings.alt.map(phrase),
            categoryTitle: try settings.xTitle.map(phrase), valueTitle: try settings.yTitle.map(phrase),
            valueLabel: try columns.y.count == 1 ? label(columns.y[0].name) : Phrase(literal: columns.y.map(\.name).joined(separator: ", ")),
            categoryLabel: try label(columns.x.name),
            categories: categories,
            categoryStyle: presentation.styles[columns.x.name] ?? YearColumns.defaultStyle(for: columns.x.name),
            series: try seriesColumn == nil ? columns.y.map { try label($0.name) } : seriesKeys.map { Phrase([.value($0, .style(seriesStyle))]) },
            panels: zip(facetKeys, grid).map { key, values in
                ChartPanelValues(title: facetColumn == nil ? nil : Phrase([.value(key, .style(facetStyle))]), values: values)
            },
            valueStyle: valueStyle, indexBase: indexBase, sources: sources,
            notes: try presentation.notes.map(phrase), emptyMessage: emptyMessage)
    }

    /// Values in order of first appearance (the author's sort order), missing ones left out.
    private func distinct(_ values: [Value]) -> [Value] {
        var seen = Set<Value>()
        return values.filter { !$0.isMissing && seen.insert($0).inserted }
    }

    /// Every series as 100 × value / value in the base period; a series without a base value is an error.
    private func indexed(_ grid: [[[Value]]], base: Value, categories: [Value], seriesKeys: [Value], facetKeys: [Value],
                         at position: SourcePosition) throws -> [[[Value]]] {
        guard let baseIndex = categories.firstIndex(where: { $0 == base || $0.keyText == base.keyText }) else {
            var message = Message(nl: "index \(base.keyText): de basisperiode hoort niet bij de waarden van \(settings.x?.name ?? "x") in de grafiek",
                                  en: "index \(base.keyText): the base period is not among the chart's \(settings.x?.name ?? "x") values")
            if let guess = Suggestion.closest(to: base.keyText, among: categories.map(\.keyText)) { message += Message.didYouMean(guess) }
            else { message += Message(verbatim: " (\(categories.prefix(8).map(\.keyText).joined(separator: ", ")))") }
            throw LocatedError(message, at: position)
        }
        return try grid.enumerated().map { facet, panel in
            try panel.enumerated().map { series, values in
                guard let baseValue = values[baseIndex].number, baseValue != 0 else {
                    let what = [facetKeys[facet], seriesKeys[series]].filter { !$0.isMissing }.map(\.keyText).joined(separator: ", ")
                    throw LocatedError(Message(nl: "index \(base.keyText): de reeks '\(what)' heeft geen waarde (of nul) in de basisperiode \(base.keyText); filter haar weg of kies een andere basis",
                                               en: "index \(base.keyText): the series '\(what)' has no value (or zero) in the base period \(base.keyText); filter it out or choose another base"), at: position)
                }
                return values.map { $0.number.map { Value.number($0 / baseValue * 100) } ?? .missing }
            }
        }
    }

    /// Each category's values as percentages of the category's total (a 100% stacked bar).
    private func percentages(_ panel: [[Value]]) -> [[Value]] {
        let categories = panel.first?.count ?? 0
        let totals = (0..<categories).map { category in panel.reduce(0.0) { $0 + abs($1[category].number ?? 0) } }
        return panel.map { values in
            values.enumerated().map { category, value in
                guard let number = value.number, totals[category] > 0 else { return .missing }
                return .number(number / totals[category] * 100)
            }
        }
    }

    /// A numeric column to suggest instead of a text one: an amount rather than a year, if there is one.
    private func suggestion(in table: Table) -> String? {
        let numeric = table.columns.filter(\.isNumeric)
        return (numeric.first { !YearColumns.contains($0.name) } ?? numeric.first)?.name
    }
}

/// The columns a chart plots, checked against the table: x, one or more y (numbers), series, facet.
struct ChartColumns {
    var x: ChartSettings.ColumnReference
    var y: [ChartSettings.ColumnReference]
    var series: ChartSettings.ColumnReference?
    var facet: ChartSettings.ColumnReference?

    init(settings: ChartSettings, table: Table, at position: SourcePosition) throws {
        let names = table.columnNames
        for reference in [settings.x, settings.series, settings.facet].compactMap({ $0 }) + settings.y
        where !names.contains(reference.name) {
            throw LocatedError(unknownColumnMessage(reference.name, in: table), at: reference.position)
        }
        // Without x: the first text column (or year column); without y: the first other numeric column that
        // is not a year.
        let defaultX = table.columns.first { !$0.isNumeric || YearColumns.contains($0.name) }?.name ?? names.first ?? ""
        x = settings.x ?? .init(name: defaultX, position: position)
        series = settings.series
        facet = settings.facet
        let taken = Set([x.name, series?.name, facet?.name].compactMap { $0 })
        let candidates = table.columns.filter { $0.isNumeric && !taken.contains($0.name) }
        guard let firstNumeric = settings.y.first?.name ?? (candidates.first { !YearColumns.contains($0.name) } ?? candidates.first)?.name else {
            throw LocatedError(Message(nl: "de grafiek heeft geen getalkolom om te tekenen; noem er een met y KOLOM (kolommen: \(names.joined(separator: ", ")))",
                                       en: "the chart has no numeric column to plot; name one with y KOLOM (columns: \(names.joined(separator: ", ")))"), at: position)
        }
        y = settings.y.isEmpty ? [.init(name: firstNumeric, position: position)] : settings.y
        if series != nil, y.count > 1 {
            throw LocatedError(Message(nl: "gebruik series KOLOM of meer y-kolommen, niet allebei",
                                       en: "use either series KOLOM or several y columns, not both"), at: y[1].position)
        }
        for reference in y {
            let column = try table.column(reference.name)
            guard column.isNumeric else {
                throw LocatedError(Message(nl: "kolom '\(reference.name)' bevat tekst, geen getallen; de y van een grafiek moet een getal zijn",
                                           en: "column '\(reference.name)' holds text, not numbers; a chart's y must be numeric") +
                    Message.didYouMean(suggestion(in: table)), at: reference.position)
            }
        }
    }

    /// A numeric column to suggest instead of a text one: an amount rather than a year, if there is one.
    private func suggestion(in table: Table) -> String? {
        let numeric = table.columns.filter(\.isNumeric)
        return (numeric.first { !YearColumns.contains($0.name) } ?? numeric.first)?.name
    }
}
