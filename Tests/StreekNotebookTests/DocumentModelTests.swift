import Foundation
import Testing
import StreekCore
@testable import StreekNotebook

@Suite("The typed Document between evaluation and the renderers")
struct DocumentModelTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let notebook = """
        # Saldi

        Typed by the author: STREEKBLOCK0X and STREEKFIGURE0X stay as they are.

        ```streek table
        saldi = load "migratie/verhuismutaties.csv" | filter jaar == 2016
          | derive saldo = vestiging - vertrek | select gemeente, saldo | sort saldo | top 2
        caption "Saldi {2016}"
        format saldo signed
        ```

        Hoogeveen: `= saldi.saldo[Hoogeveen]`.
        """

    @Test func tableBlockKeepsRawValuesAndColumnFormats() throws {
        let document = try project.render(notebook).evaluated.document
        let blocks = document.blocks.compactMap(\.content)
        guard case .table(let table) = try #require(blocks.first) else { Issue.record("expected a table"); return }
        #expect(table.name == "saldi")
        #expect(table.columns.map(\.id) == ["gemeente", "saldo"])
        #expect(table.columns.map(\.kind) == [.text, .number])
        #expect(table.columns[1].style.signed)
        #expect(table.keyColumns == ["gemeente"])
        #expect(table.rows.first == [.text("Midden-Drenthe"), .number(-519)])
        #expect(document.figures.map(\.value) == [.number(-434)])
    }

    @Test func authorTextThatLooksLikeAnOldPlaceholderIsLeftAlone() throws {
        let output = try project.render(notebook)
        #expect(output.html.contains("Typed by the author: STREEKBLOCK0X and STREEKFIGURE0X stay as they are."))
        #expect(output.markdown.contains("Typed by the author: STREEKBLOCK0X and STREEKFIGURE0X stay as they are."))
        #expect(output.html.contains("<span class=\"figure\">−434</span>"))
    }

    @Test func documentSurvivesAJSONRoundTripAndRendersTheSame() throws {
        let document = try project.render(notebook).evaluated.document
        let decoded = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(document))
        #expect(decoded == document)
        #expect(HTMLRenderer.render(decoded) == HTMLRenderer.render(document))
        #expect(MarkdownRenderer.render(decoded, figureFolder: "t") == MarkdownRenderer.render(document, figureFolder: "t"))
    }

    /// A thematic break (`<hr />`) once stopped the heading ids; headings after it get theirs too.
    @Test func headingsAfterAThematicBreakGetIds() throws {
        let html = try project.render("# Een\n\n---\n\n## Twee\n").html
        #expect(html.contains("<h1 id=\"een\">Een</h1>\n<hr />\n<h2 id=\"twee\">Twee</h2>"))
    }

    /// The HTML renderer walks cmark's tree without recursion: deeply nested quotes are no risk to the stack.
    @Test func deeplyNestedQuotesWithAFigureRender() throws {
        let notebook = "# Diep\n\n" + String(repeating: "> ", count: 5000) + "twee: `= 1 + 1`\n"
        let output = try project.render(notebook)
        #expect(output.html.contains("twee: <span class=\"figure\">2</span>"))
    }
}
