import StreekCore
import StreekDocument
import StreekGraphics

/// A self-contained HTML page (inline CSS, no scripts, no network): per section a table with the old
/// and the new version side by side. Every piece of file content is escaped.
public struct HTMLReport: Sendable {
    public var language: NumberFormat.Language

    public init(language: NumberFormat.Language = .nl) {
        self.language = language
    }

    public func render(_ diff: DocumentDiff) -> String { render(ReportOutline(diff, language: language)) }

    public func render(_ diff: SidecarDiff) -> String { render(ReportOutline(diff, language: language)) }

    func render(_ outline: ReportOutline) -> String {
        let wording = outline.wording
        let title = wording.title(outline.oldName, outline.newName)
        var html = """
            <!DOCTYPE html>
            <html lang="\(wording.language.rawValue)">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escape(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>

            """
        if outline.isEqual {
            html += "<p class=\"equal\">\(wording.noDifferences)</p>\n"
        }
        if !outline.summary.isEmpty {
            html += "<section class=\"summary\">\n<h2>\(wording.summaryHeading)</h2>\n<ul>\n"
            html += outline.summary.map { item in
                let details = item.details.map { "<li>\(Self.escape($0))</li>\n" }.joined()
                return "<li>\(Self.escape(item.text))" + (details.isEmpty ? "" : "\n<ul>\n\(details)</ul>\n") + "</li>\n"
            }.joined()
            html += "</ul>\n</section>\n"
        }
        for section in outline.sections {
            if let layout = section.layout {
                html += "<section>\n<h2>\(Self.escape(section.title))</h2>\n" + table(layout)
                let other = section.entries.filter { !$0.shownInLayout }
                if !other.isEmpty {
                    html += "<ul class=\"other\">\n" + other.map { "<li class=\"\($0.kindName)\">\($0.line(escape: Self.escape, code: Self.code))</li>\n" }.joined() + "</ul>\n"
                }
                html += "</section>\n"
                continue
            }
            html += "<section>\n<h2>\(Self.escape(section.title))</h2>\n<table>\n"
            html += "<thead><tr><th></th><th>\(Self.escape(wording.oldSide(outline.oldName)))</th>"
            html += "<th>\(Self.escape(wording.newSide(outline.newName)))</th><th>\(wording.differenceHeading)</th></tr></thead>\n<tbody>\n"
            for entry in section.entries {
                html += row(for: entry)
            }
            html += "</tbody>\n</table>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    /// The table in its own layout: every cell as rendered, changed ones as old → new with the difference.
    private func table(_ layout: TableLayout) -> String {
        var html = "<table class=\"layout\">\n<thead><tr>"
        html += layout.headers.enumerated().map { "<th\(layout.numeric[$0] ? " class=\"number\"" : "")>\(Self.escape($1))</th>" }.joined()
        html += "</tr></thead>\n<tbody>\n"
        for row in layout.rows {
            let kind = switch row.kind {
            case .same: "same"
            case .changed: "changed"
            case .added: "added"
            case .removed: "removed"
            case .folded: "folded"
            }
            html += "<tr class=\"\(kind)\">"
            if row.kind == .folded, case .plain(let text) = row.cells.first {
                html += "<td colspan=\"\(layout.headers.count)\">\(Self.escape(text))</td></tr>\n"
                continue
            }
            for (index, cell) in row.cells.enumerated() {
                let number = index < layout.numeric.count && layout.numeric[index] ? " number" : ""
                switch cell {
                case .plain(let text):
                    html += "<td class=\"cell\(number)\">\(Self.escape(text))</td>"
                case .changed(let old, let new, let difference):
                    html += "<td class=\"cell cell-changed\(number)\"><del>\(Self.escape(old))</del> → <ins>\(Self.escape(new))</ins>"
                    html += difference.map { " <small>(\(Self.escape($0)))</small>" } ?? ""
                    html += "</td>"
                }
            }
            html += "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    private func row(for entry: ReportOutline.Entry) -> String {
        let kind = entry.kindName
        let difference = entry.figures.isEmpty
            ? Self.escape(entry.difference ?? "")
            : entry.figures.map(Self.escape).joined(separator: "<br>")
        return "<tr class=\"\(kind)\"><th scope=\"row\">\(entry.heading(escape: Self.escape, code: Self.code))</th>"
            + "<td class=\"old\">\(entry.old.map { cell($0, mark: "del") } ?? "")</td>"
            + "<td class=\"new\">\(entry.new.map { cell($0, mark: "ins") } ?? "")</td>"
            + "<td class=\"difference\">\(difference)</td></tr>\n"
    }

    private func cell(_ text: ReportOutline.MarkedText, mark: String) -> String {
        text.pieces.map { $0.marked ? "<\(mark)>\(Self.escape($0.text))</\(mark)>" : Self.escape($0.text) }.joined()
    }

    /// An expression as code.
    static func code(_ text: String) -> String { "<code>\(escape(text))</code>" }

    /// Escapes text for HTML element content and attribute values (the rule the rendered pages use).
    static func escape(_ text: String) -> String {
        SVGWriter.escape(text)
    }

    private static let style = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
        table{border-collapse:collapse;width:100%;margin-bottom:1.5em}\
        th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\
        thead th{background:#f0f0f0}td.old,td.new{width:36%}td.difference{min-width:10em}\
        tr.added td.new,ins{background:#e6ffec}tr.removed td.old,del{background:#ffebe9}\
        tr.changed td.difference{font-weight:bold}ins,del{text-decoration:none;font-weight:bold}\
        table.layout{width:auto}table.layout td.number,table.layout th.number{text-align:right}\
        table.layout tr.same td{color:#666}table.layout tr.folded td{color:#888;font-style:italic;text-align:center}\
        table.layout tr.added td{background:#e6ffec}table.layout tr.removed td{background:#ffebe9;text-decoration:line-through}\
        td.cell-changed{background:#fff8c5}td.cell-changed del{background:#ffebe9;text-decoration:line-through}\
        td.cell-changed small{color:#555}section.summary ul{line-height:1.5}ul.other li.removed{color:#a40e26}ul.other li.added{color:#116329}
        """
}
