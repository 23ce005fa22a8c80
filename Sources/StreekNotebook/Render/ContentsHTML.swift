import StreekDocument

/// The table of contents of an HTML page: the headings of level 2 up to the chosen depth as nested lists
/// of links. The page's CSS sets it beside the text on a wide screen and above it otherwise.
enum ContentsHTML {
    static func render(_ headings: [Heading], depth: Int, format: NumberFormat) -> String? {
        let listed = headings.filter { (2...depth).contains($0.level) }
        guard !listed.isEmpty else { return nil }
        var html = "<nav class=\"contents\" aria-label=\"\(format.contentsTitle)\">\n<p class=\"contents-title\">\(format.contentsTitle)</p>\n"
        var open: [Int] = []
        for heading in listed {
            if let last = open.last, heading.level > last {
                html += "\n<ol>\n"
                open.append(heading.level)
            } else {
                while let last = open.last, heading.level < last, open.count > 1 {
                    html += "</li>\n</ol>\n"
                    open.removeLast()
                }
                if open.isEmpty { html += "<ol>\n"; open.append(heading.level) } else { html += "</li>\n" }
            }
            html += "<li><a href=\"#\(HTMLRenderer.escape(heading.anchor))\">\(HTMLRenderer.escape(format.text(heading.text)))</a>"
        }
        html += "</li>\n" + String(repeating: "</ol>\n</li>\n", count: max(open.count - 1, 0)) + "</ol>\n</nav>\n"
        return html
    }
}
