/// A self-contained HTML page (inline CSS, no scripts, no network): per section a table with the old
/// and the new version side by side. Every piece of file content is escaped.
public struct HTMLReport: Sendable {
    public init() {}

    public func render(_ diff: DocumentDiff) -> String {
        let outline = ReportOutline(diff)
        let title = "Differences: \(outline.oldName) → \(outline.newName)"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(Self.escape(title))</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <h1>\(Self.escape(title))</h1>

            """
        if outline.isEqual {
            html += "<p class=\"equal\">No differences.</p>\n"
        }
        for section in outline.sections {
            html += "<section>\n<h2>\(Self.escape(section.title))</h2>\n<table>\n"
            html += "<thead><tr><th></th><th>Old: \(Self.escape(outline.oldName))</th>"
            html += "<th>New: \(Self.escape(outline.newName))</th><th>Difference</th></tr></thead>\n<tbody>\n"
            for entry in section.entries {
                html += row(for: entry)
            }
            html += "</tbody>\n</table>\n</section>\n"
        }
        return html + "</body>\n</html>\n"
    }

    private func row(for entry: ReportOutline.Entry) -> String {
        let kind = switch entry.kind {
        case .added: "added"
        case .removed: "removed"
        case .changed: "changed"
        }
        let difference = entry.figures.isEmpty
            ? Self.escape(entry.difference ?? "")
            : entry.figures.map(Self.escape).joined(separator: "<br>")
        return "<tr class=\"\(kind)\"><th scope=\"row\">\(Self.escape(entry.label))</th>"
            + "<td class=\"old\">\(entry.old.map { cell($0, mark: "del") } ?? "")</td>"
            + "<td class=\"new\">\(entry.new.map { cell($0, mark: "ins") } ?? "")</td>"
            + "<td class=\"difference\">\(difference)</td></tr>\n"
    }

    private func cell(_ text: ReportOutline.MarkedText, mark: String) -> String {
        text.pieces.map { $0.marked ? "<\(mark)>\(Self.escape($0.text))</\(mark)>" : Self.escape($0.text) }.joined()
    }

    /// Escapes text for HTML element content and attribute values.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    private static let style = """
        body{font-family:system-ui,sans-serif;margin:2em;color:#222}\
        table{border-collapse:collapse;width:100%;margin-bottom:1.5em}\
        th,td{border:1px solid #ccc;padding:.3em .5em;text-align:left;vertical-align:top}\
        thead th{background:#f0f0f0}td.old,td.new{width:38%}td.difference{white-space:nowrap}\
        tr.added td.new,ins{background:#e6ffec}tr.removed td.old,del{background:#ffebe9}\
        tr.changed td.difference{font-weight:bold}ins,del{text-decoration:none;font-weight:bold}
        """
}
