/// libcmark 0.30 knows no tables, so a pipe table the author writes in the prose (`| a | b |`, a row of
/// `| :-- | --: |`, then rows) would reach the page as a paragraph full of bars. This turns such a paragraph,
/// as cmark rendered it (inline markup and live figures already done), into an HTML table. Bars inside
/// `<code>` are text, as in GitHub's tables.
enum PipeTableHTML {
    static func table(fromParagraph html: String) -> String? {
        guard html.hasPrefix("<p>|"), html.hasSuffix("</p>\n") else { return nil }
        let lines = html.dropFirst(3).dropLast(5).split(separator: "\n").map { $0.trimmingSpaces() }
        guard lines.count >= 2, lines.allSatisfy({ $0.hasPrefix("|") }) else { return nil }
        let delimiters = cells(of: lines[1])
        guard !delimiters.isEmpty, delimiters.allSatisfy(isDelimiter) else { return nil }
        let alignments = delimiters.map { cell -> String in
            switch (cell.hasPrefix(":"), cell.hasSuffix(":")) {
            case (true, true): return " style=\"text-align: center\""
            case (false, true): return " class=\"num\""
            default: return ""
            }
        }
        func row(_ line: String, tag: String) -> String {
            let found = cells(of: line)
            return "<tr>" + alignments.indices.map { index in
                "<\(tag)\(tag == "th" ? " scope=\"col\"" : "")\(alignments[index])>\(index < found.count ? found[index] : "")</\(tag)>"
            }.joined() + "</tr>\n"
        }
        var table = "<div class=\"scroll\">\n<table class=\"prose\">\n<thead>" + row(lines[0], tag: "th") + "</thead>\n<tbody>\n"
        for line in lines.dropFirst(2) { table += row(line, tag: "td") }
        return table + "</tbody>\n</table>\n</div>\n"
    }

    private static func isDelimiter(_ cell: String) -> Bool {
        let dashes = cell.drop { $0 == ":" }.reversed().drop { $0 == ":" }
        return !dashes.isEmpty && dashes.allSatisfy { $0 == "-" }
    }

    /// The cells of `| a | b |`, trimmed; a bar inside `<code>…</code>` does not split.
    private static func cells(of line: String) -> [String] {
        var cells: [String] = [], current = "", inCode = false
        var rest = line.dropFirst()[...]
        while let character = rest.first {
            if rest.hasPrefix("<code>") { inCode = true } else if rest.hasPrefix("</code>") { inCode = false }
            if character == "|", !inCode {
                cells.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(character)
            }
            rest = rest.dropFirst()
        }
        if !current.trimmingSpaces().isEmpty { cells.append(current.trimmingSpaces()) }
        return cells
    }
}
