import StreekDocument

/// Each block kind as an HTML fragment: tables as `<figure>` with caption, source and notes; text through
/// cmark (the author's template is Markdown, the values in it are escaped).
struct HTMLBlockWriter: BlockVisitor {
    let format: NumberFormat
    /// SVG already drawn for the figure files (charts and maps), by anchor; one not in it is drawn here.
    var drawnFigures: [String: String] = [:]
    /// "Tabel 3", "Figuur 2": the number of the block written, shown before its caption.
    var label: String?
    /// The tables' cell texts, formatted once per render.
    var tableTexts = TableTexts()

    func visit(_ table: TableBlock) -> String {
        let escape = HTMLRenderer.escape
        let cells = TableCells(table: table, format: format, texts: tableTexts)
        let allRows = cells.rows
        let sections = table.sectionHeaders(cellTexts: allRows)
        let shown = table.shownColumns
        let columns = shown.map { table.columns[$0] }
        let rows = allRows.map { row in shown.map { row[$0] } }
        let headers = columns.map { format.text($0.label) }
        let layout = PrintLayout(headers: headers, numeric: columns.map { $0.kind == .number }, rows: rows)
        var html = "<figure class=\"streek-table\(layout.classes)\" id=\"\(escape(table.anchor))\">\n"
        html += figcaption(table.caption)
        if table.rows.isEmpty {
            html += "<p class=\"empty\">\(escape(format.text(table.emptyMessage)))</p>\n"
        } else {
            // The caption stays outside the table, so that it is as wide as the text, not as the table.
            html += "<div class=\"scroll\">\n<table>\n<thead><tr>"
            for (header, column) in zip(headers, columns) {
                html += "<th scope=\"col\"\(column.kind == .number ? " class=\"num\"" : "")>\(escape(header))</th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            let totals = Set(table.totalRows)
            for (index, row) in rows.enumerated() {
                if let section = sections[index] {
                    html += "<tr class=\"section\"><th colspan=\"\(columns.count)\" scope=\"colgroup\">\(escape(section))</th></tr>\n"
                }
                html += totals.contains(index) ? "<tr class=\"total\">" : "<tr>"
                for (cell, column) in zip(row, columns) {
                    html += "<td\(column.kind == .number ? " class=\"num\"" : "")>\(escape(cell))</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n</div>\n"
        }
        html += footer(sources: table.sources, notes: table.notes)
        return html + "</figure>\n"
    }

    func visit(_ text: TextBlock) -> String {
        CmarkHTML.render(MarkdownBlockWriter(format: format).visit(text).joined(separator: "\n"))
    }

    /// The figure inline as SVG, with caption, source, notes and the plotted numbers in a folded table.
    func visit(_ chart: ChartBlock) -> String {
        let escape = HTMLRenderer.escape
        var html = "<figure class=\"streek-chart\" id=\"\(escape(chart.anchor))\">\n"
        html += figcaption(chart.caption)
        if chart.categories.isEmpty, let empty = chart.emptyMessage {
            return html + "<p class=\"empty\">\(escape(format.text(empty)))</p>\n" + footer(sources: chart.sources, notes: chart.notes) + "</figure>\n"
        }
        let figure = ChartFigure(chart: chart, format: format)
        html += "<div class=\"chart\">\n" + (drawnFigures[chart.anchor] ?? figure.svg) + "</div>\n"
        html += footer(sources: chart.sources, notes: chart.notes)
        let data = figure.tableRows
        html += "<details>\n<summary>\(format.language == .nl ? "Cijfers bij de figuur" : "Data behind the chart")</summary>\n<table>\n<thead><tr>"
        for (index, header) in data.header.enumerated() {
            html += "<th scope=\"col\"\(index >= data.header.count - max(chart.series.count, 1) ? " class=\"num\"" : "")>\(escape(header))</th>"
        }
        html += "</tr></thead>\n<tbody>\n"
        for row in data.rows {
            html += "<tr>" + row.enumerated().map { index, cell in
                "<td\(index >= row.count - max(chart.series.count, 1) ? " class=\"num\"" : "")>\(escape(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n</details>\n</figure>\n"
    }

    /// The map inline as SVG, with its caption, sources, notes and the numbers in a collapsible table.
    func visit(_ map: MapBlock) -> String {
        var html = "<figure class=\"streek-map\" id=\"\(HTMLRenderer.escape(map.anchor))\">\n"
        html += figcaption(map.caption)
        html += drawnFigures[map.anchor] ?? MapFigure.svg(map, format: format)
        html += footer(sources: map.sources, notes: map.notes)
        if let data = map.data {
            let unnumbered = HTMLBlockWriter(format: format, drawnFigures: drawnFigures, label: nil, tableTexts: tableTexts)
            html += "<details class=\"data\"><summary>\(BlockLabels(format.language).mapData)</summary>\n" + unnumbered.visit(data) + "</details>\n"
        }
        return html + "</figure>\n"
    }

    /// "Tabel 3. Verhuismutaties …": the number (when the block has one) and the caption.
    private func figcaption(_ caption: Phrase?) -> String {
        guard let caption else { return "" }
        let number = label.map { "<span class=\"number\">\(HTMLRenderer.escape($0)).</span> " } ?? ""
        return "<figcaption class=\"caption\">\(number)\(HTMLRenderer.escape(format.text(caption)))</figcaption>\n"
    }

    /// The source line and notes under a table or chart.
    func footer(sources: [Phrase], notes: [Phrase]) -> String {
        let labels = BlockLabels(format.language)
        var html = ""
        if !sources.isEmpty {
            html += "<p class=\"source\">\(labels.source): \(HTMLRenderer.escape(sources.map { format.text($0) }.joined(separator: "; ")))</p>\n"
        }
        for note in notes { html += "<p class=\"note\">\(labels.note): \(HTMLRenderer.escape(format.text(note)))</p>\n" }
        return html
    }
}
