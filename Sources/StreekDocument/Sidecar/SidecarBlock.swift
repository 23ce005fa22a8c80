import StreekCore

/// One block of the sidecar. Tables, charts and maps share one shape (columns, key, rows), so the diff compares
/// a chart's plotted numbers as it compares a table; text blocks carry their paragraphs.
public struct SidecarBlock: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable { case table, text, chart, map }

    /// The block's position among the notebook's directive blocks (0-based, blocks that show nothing count).
    public var index: Int
    /// The line of the block's opening fence in the notebook.
    public var line: Int
    public var kind: Kind
    /// The name the table was bound to (`saldi = …`): the identity the diff matches blocks by.
    public var name: String?
    public var anchor: String?
    public var caption: String?
    public var columns: [SidecarColumn]?
    /// Column ids that identify a row (`key`, else the first text column).
    public var key: [String]?
    public var rows: [SidecarRow]?
    public var sources: [String]?
    public var notes: [String]?
    /// Shown instead of the table or chart when it has no rows.
    public var empty: String?
    /// A text block's paragraphs or list items, as written.
    public var paragraphs: [String]?

    init(kind: Kind, index: Int, line: Int) {
        self.kind = kind
        self.index = index
        self.line = line
    }

    init(_ block: Block, index: Int, line: Int, format: NumberFormat, tableTexts: TableTexts = TableTexts()) {
        switch block {
        case .table(let table): self.init(table: table, index: index, line: line, format: format, tableTexts: tableTexts)
        case .chart(let chart): self.init(chart: chart, index: index, line: line, format: format)
        case .map(let map):
            // A map as the table of values it colours (its data table), under the map's own caption.
            if let data = map.data {
                self.init(table: data, index: index, line: line, format: format, tableTexts: tableTexts)
            } else {
                self.init(kind: .map, index: index, line: line)
            }
            kind = .map
            anchor = map.anchor
            caption = map.caption.map { format.text($0) }
            sources = map.sources.map { format.text($0) }
            notes = map.notes.map { format.text($0) }
        case .text(let text):
            self.init(kind: .text, index: index, line: line)
            paragraphs = text.paragraphs.map { format.text($0) }
        }
    }

    private init(table: TableBlock, index: Int, line: Int, format: NumberFormat, tableTexts: TableTexts) {
        self.init(kind: .table, index: index, line: line)
        name = table.name
        anchor = table.anchor
        caption = table.caption.map { format.text($0) }
        columns = table.columns.map {
            SidecarColumn(id: $0.id, label: format.text($0.label), type: $0.kind, format: $0.style)
        }
        key = table.keyColumns
        rows = zip(table.rows, tableTexts.cells(of: table, format: format)).map { SidecarRow(values: $0.map(\.storable), texts: $1) }
        sources = table.sources.map { format.text($0) }
        notes = table.notes.map { format.text($0) }
        if table.rows.isEmpty { empty = format.text(table.emptyMessage) }
    }

    /// A chart as the table it plots: (panel,) category, then one column per series.
    private init(chart: ChartBlock, index: Int, line: Int, format: NumberFormat) {
        self.init(kind: .chart, index: index, line: line)
        name = chart.name
        anchor = chart.anchor
        caption = chart.caption.map { format.text($0) }
        let faceted = chart.panels.contains { $0.title != nil }
        let categoryColumn = SidecarColumn(id: "category", label: format.text(chart.categoryLabel),
                                           type: chart.categories.contains { $0.number == nil } ? .text : .number,
                                           format: chart.categoryStyle)
        let panelColumn = SidecarColumn(id: "panel", label: "panel", type: .text, format: .automatic)
        let seriesColumns = chart.series.map { series in
            SidecarColumn(id: format.text(series), label: format.text(series), type: .number, format: chart.valueStyle)
        }
        columns = (faceted ? [panelColumn] : []) + [categoryColumn] + seriesColumns
        key = faceted ? ["panel", "category"] : ["category"]
        var rows: [SidecarRow] = []
        for panel in chart.panels {
            let panelTitle = panel.title.map { format.text($0) } ?? ""
            for (offset, category) in chart.categories.enumerated() {
                let values = panel.values.map { offset < $0.count ? $0[offset] : .missing }
                var row = SidecarRow(values: [category.storable] + values.map(\.storable),
                                     texts: [format.format(category, style: chart.categoryStyle)]
                                        + values.map { format.format($0, style: chart.valueStyle) })
                if faceted {
                    row.values.insert(.text(panelTitle), at: 0)
                    row.texts.insert(panelTitle, at: 0)
                }
                rows.append(row)
            }
        }
        self.rows = rows
        sources = chart.sources.map { format.text($0) }
        notes = chart.notes.map { format.text($0) }
        if chart.categories.isEmpty { empty = chart.emptyMessage.map { format.text($0) } }
    }
}

public struct SidecarColumn: Sendable, Codable, Equatable {
    /// The column's name in the data: the identity the diff matches columns by.
    public var id: String
    /// The header as shown (it may contain the data year).
    public var label: String
    public var type: TableColumn.Kind
    public var format: NumberStyle

    public init(id: String, label: String, type: TableColumn.Kind, format: NumberStyle) {
        self.id = id
        self.label = label
        self.type = type
        self.format = format
    }
}

/// One row: raw values and the texts shown, one of each per column.
public struct SidecarRow: Sendable, Codable, Equatable {
    public var values: [Value]
    public var texts: [String]

    public init(values: [Value], texts: [String]) {
        self.values = values
        self.texts = texts
    }
}
