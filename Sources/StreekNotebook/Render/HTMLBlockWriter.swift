import StreekDocument

/// Each block kind as an HTML fragment: tables as `<figure>` with caption, source and notes; text through
/// cmark (the author's template is Markdown, the values in it are escaped).
struct HTMLBlockWriter: BlockVisitor {
    let format: NumberFormat
    /// SVG already drawn for the figure files, by anchor; a chart not in it is drawn here.
    var drawnCharts: [String: String] = [:]

    func visit(_ table: TableBlock) -> String {
        let escape = HTMLRenderer.escape
        var html = "<figure class=\"streek-table\" id=\"\(escape(table.anchor))\">\n"
        let caption = table.caption.map { escape(format.text($0)) }
        if table.rows.isEmpty {
            if let caption { html += "<figcaption class=\"caption\">\(caption)</figcaption>\n" }
            html += "<p class=\"empty\">\(escape(format.text(table.emptyMessage)))</p>\n"
        } else {
            html += "<table>\n"
            if let caption { html += "<caption>\(caption)</caption>\n" }
            html += "<thead><tr>"
            for column in table.columns {
                html += "<th scope=\"col\"\(column.kind == .number ? " class=\"num\"" : "")>\(escape(format.text(column.label)))</th>"
            }
            html += "</tr></thead>\n<tbody>\n"
            let cells = TableCells(table: table, format: format)
            for row in table.rows {
                html += "<tr>"
                for (cell, column) in zip(cells.texts(of: row), table.columns) {
                    html += "<td\(column.kind == .number ? " class=\"num\"" : "")>\(escape(cell))</td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
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
        if let caption = chart.caption { html += "<figcaption class=\"caption\">\(escape(format.text(caption)))</figcaption>\n" }
        if chart.categories.isEmpty, let empty = chart.emptyMessage {
            return html + "<p class=\"empty\">\(escape(format.text(empty)))</p>\n" + footer(sources: chart.sources, notes: chart.notes) + "</figure>\n"
        }
        let figure = ChartFigure(chart: chart, format: format)
        html += "<div class=\"chart\">\n" + (drawnCharts[chart.anchor] ?? figure.svg) + "</div>\n"
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
