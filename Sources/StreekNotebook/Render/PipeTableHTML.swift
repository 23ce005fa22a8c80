/// HTML for a pipe table the author wrote in the prose (see `PipeTable`); cell text is inline Markdown,
/// rendered by `inline`.
enum PipeTableHTML {
    static func render(_ table: PipeTable, inline: (String) -> String) -> String {
        func alignment(_ column: Int) -> String {
            switch table.alignments[column] {
            case .left: " style=\"text-align: left\""
            case .center: " style=\"text-align: center\""
            case .right: " style=\"text-align: right\""
            case nil: ""
            }
        }
        var html = ""
        if !table.leadingLines.isEmpty { html += "<p>\(inline(table.leadingLines.joined(separator: "\n")))</p>\n" }
        html += "<table>\n<thead>\n<tr>\n"
        for (column, cell) in table.header.enumerated() { html += "<th\(alignment(column))>\(inline(cell))</th>\n" }
        html += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            html += "<tbody>\n"
            for row in table.rows {
                html += "<tr>\n"
                for (column, cell) in row.enumerated() { html += "<td\(alignment(column))>\(inline(cell))</td>\n" }
                html += "</tr>\n"
            }
            html += "</tbody>\n"
        }
        return html + "</table>\n"
    }
}
