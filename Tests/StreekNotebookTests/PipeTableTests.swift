import Testing
@testable import StreekNotebook

/// Pipe tables in the author's prose become HTML tables (libcmark 0.30 has none of its own).
@Suite("Pipe tables in prose")
struct PipeTableTests {
    @Test func aPipeTableBecomesAnHTMLTableWithItsAlignment() throws {
        let project = try TestProject()
        let output = try project.render("| naam | getal |\n| :-- | --: |\n| `a|b` | `= 1 + 1` |\n| *c* | 3 |\n")
        #expect(output.html.contains("<thead><tr><th scope=\"col\">naam</th><th scope=\"col\" class=\"num\">getal</th></tr>\n</thead>"))
        #expect(output.html.contains("<tr><td><code>a|b</code></td><td class=\"num\"><span class=\"figure\">2</span></td></tr>"))
        #expect(output.html.contains("<tr><td><em>c</em></td><td class=\"num\">3</td></tr>"))
        // The Markdown keeps the pipe table as written, with the figure filled in.
        #expect(output.markdown.contains("| `a|b` | 2 |"))
    }

    @Test func barsThatAreNoTableStayText() {
        #expect(PipeTableHTML.table(fromParagraph: "<p>| a | b |\nen verder</p>\n") == nil)
        #expect(PipeTableHTML.table(fromParagraph: "<p>| a |</p>\n") == nil)
        #expect(PipeTableHTML.table(fromParagraph: "<p>a | b\n| --- |</p>\n") == nil)
    }
}
