import Foundation
import Testing
@testable import StreekNotebook

/// Numbered tables and figures, cross-references, checked links and the table of contents.
@Suite("Navigation")
struct NavigationTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let twoTables = """
        # Rapport

        Zie `#saldi` en `#vestiging`. `#saldi` laat de saldi zien; de [kop](#saldo-per-gemeente) en de
        [tabel](#vestiging) bestaan.

        ## Saldo per gemeente

        ```streek table
        vestiging = load "migratie/verhuismutaties.csv" | filter jaar == 2016 | select gemeente, vestiging
        caption "Vestiging"
        ```

        ```streek table
        zonder = vestiging | top 1
        ```

        ```streek table
        saldi = load "migratie/verhuismutaties.csv" | filter jaar == 2016
          | derive saldo = vestiging - vertrek | select gemeente, saldo
        caption "Saldo"
        ```

        Terug naar `#saldo-per-gemeente`.
        """

    @Test func tablesWithACaptionAreNumberedInOrder() throws {
        let output = try project.render(twoTables)
        #expect(output.markdown.contains("**Tabel 1. Vestiging**"))
        #expect(output.markdown.contains("**Tabel 2. Saldo**"))
        #expect(output.html.contains("<span class=\"number\">Tabel 2.</span> Saldo</figcaption>"))
    }

    @Test func referencesBecomeLinksWithTheNumberCapitalAtTheStartOfASentence() throws {
        let output = try project.render(twoTables)
        #expect(output.markdown.contains("Zie [tabel 2](#saldi) en [tabel 1](#vestiging). [Tabel 2](#saldi) laat"))
        #expect(output.html.contains("Zie <a class=\"xref\" href=\"#saldi\">tabel 2</a> en <a class=\"xref\" href=\"#vestiging\">tabel 1</a>."))
        // A heading is referred to by its text.
        #expect(output.markdown.contains("Terug naar [Saldo per gemeente](#saldo-per-gemeente)."))
    }

    @Test func aChartIsAFigureCalledByItsName() throws {
        let output = try project.render("Zie `#saldo_grafiek`.\n\n```streek chart\nsaldo_grafiek = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016 | select gemeente, vestiging\ncaption \"Vestiging\"\n```\n\n```streek table\nt = load \"migratie/verhuismutaties.csv\" | top 1\ncaption \"T\"\n```\n")
        #expect(output.markdown.contains("Zie [figuur 1](#saldo-grafiek)."))
        #expect(output.markdown.contains("**Figuur 1. Vestiging**"))
        #expect(output.markdown.contains("**Tabel 1. T**"))
        #expect(output.html.contains("<a class=\"xref\" href=\"#saldo-grafiek\">figuur 1</a>"))
    }

    @Test func englishLabels() throws {
        let output = try project.render("```streek setup\nnumbers en\n```\n\nSee `#saldi`.\n\n```streek table\nsaldi = load \"migratie/verhuismutaties.csv\" | top 1\ncaption \"Saldo\"\n```\n")
        #expect(output.markdown.contains("See [table 1](#saldi)."))
        #expect(output.markdown.contains("**Table 1. Saldo**"))
    }

    @Test func anUnknownReferenceIsAnErrorWhereItIsWritten() {
        let message = project.englishError("# R\n\nZie `#sladi`.\n\n```streek table\nsaldi = load \"migratie/verhuismutaties.csv\"\ncaption \"S\"\n```\n")
        #expect(message == "Notebooks/test.md:3:6: error: unknown reference '#sladi'; did you mean '#saldi'?")
    }

    @Test func aReferenceToATableWithoutCaptionIsAnError() {
        let message = project.englishError("Zie `#t`.\n\n```streek table\nt = load \"migratie/verhuismutaties.csv\"\n```\n")
        #expect(message?.hasPrefix("Notebooks/test.md:1:6: error: '#t' has no caption") == true)
    }

    @Test func aBrokenInternalLinkIsAnErrorAtItsTarget() {
        let message = project.englishError("# R\n\n## Groei\n\nZie de\n[groei](#groeii).\n")
        #expect(message == "Notebooks/test.md:6:9: error: link to '#groeii', which is not in this document; did you mean '#groei'?")
        let reference = project.englishError("# R\n\n[x][g]\n\n[g]: #nergens\n")
        #expect(reference?.hasPrefix("Notebooks/test.md:5:6: error: link to '#nergens'") == true)
    }

    @Test func linksToTheAuthorsOwnAnchorsAndExternalPagesAreFine() throws {
        let output = try project.render("<a id=\"eigen\"></a>\n\n# R\n\n[hier](#eigen), [ver](https://example.org/#x), [kop](#r).\n")
        #expect(output.markdown.contains("[hier](#eigen)"))
    }

    /// An author's own anchor keeps its id; a heading with the same text gets the next free one, so no id
    /// occurs twice in the page and both links land.
    @Test func aHeadingDoesNotTakeTheIdOfTheAuthorsOwnAnchor() throws {
        let output = try project.render("# R\n\n<a id=\"filter\"></a>\n\n## Filter\n\n[a](#filter), [b](#filter-1).\n")
        #expect(output.html.contains("<a id=\"filter\"></a>"))
        #expect(output.html.contains("<h2 id=\"filter-1\">Filter</h2>"))
        #expect(output.html.components(separatedBy: "id=\"filter\"").count == 2)
    }

    /// The pages in Rendered/ have every id once (a link to a repeated id goes to whichever comes first).
    @Test func everyRenderedPageHasUniqueIds() throws {
        let rendered = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Rendered").standardized
        let pages = try FileManager.default.contentsOfDirectory(atPath: rendered.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count >= 3)
        for page in pages {
            let html = try String(contentsOf: rendered.appendingPathComponent(page), encoding: .utf8)
            let ids = html.matches(of: try Regex("\\bid=\"([^\"]+)\"")).compactMap { $0.output[1].substring.map(String.init) }
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "\(page) repeats ids: \(repeated)")
        }
    }

    @Test func emptyAndPercentEncodedLinksAreFine() throws {
        let output = try project.render("# Café\n\n[boven](#), [kop](#caf%C3%A9).\n")
        #expect(output.html.contains("<h1 id=\"café\">"))
    }

    @Test func aReferenceInAHeadingReadsAsShown() throws {
        let output = try project.render("# R\n\n## Over `#saldi`\n\n```streek table\nsaldi = load \"migratie/verhuismutaties.csv\" | top 1\ncaption \"S\"\n```\n\n[terug](#over-tabel-1)\n")
        #expect(output.markdown.contains("## Over [tabel 1](#saldi)"))
        #expect(output.html.contains("<h2 id=\"over-tabel-1\">Over <a class=\"xref\" href=\"#saldi\">tabel 1</a></h2>"))
    }

    @Test func codeThatOnlyLooksLikeAReferenceStaysCode() throws {
        let output = try project.render("`#` begint commentaar; `# source:` ook; ``` `#saldi` ``` toont de vorm.\n")
        #expect(output.markdown.contains("`#` begint commentaar; `# source:` ook; ``` `#saldi` ``` toont de vorm."))
    }

    @Test func contentsAreShownForLongReportsOrWhenAsked() throws {
        let short = try project.render("# R\n\n## Een\n\n## Twee\n")
        #expect(!short.html.contains("<nav class=\"contents\""))
        let asked = try project.render("# R\n\n```streek setup\ncontents on levels 2\n```\n\n## Een `= 1 + 1`\n\n### Diep\n\n## Twee\n")
        #expect(asked.html.contains("<nav class=\"contents\" aria-label=\"Inhoud\">"))
        #expect(asked.html.contains("<li><a href=\"#een-2\">Een 2</a></li>\n<li><a href=\"#twee\">Twee</a>"))
        #expect(!asked.html.contains("href=\"#diep\""))
        #expect(asked.html.contains("<h2 id=\"een-2\">Een <span class=\"figure\">2</span></h2>"))
        // The contents follow the title.
        let title = try #require(asked.html.range(of: "</h1>")), nav = try #require(asked.html.range(of: "<nav"))
        #expect(title.upperBound <= nav.lowerBound)
        #expect(!asked.markdown.contains("Inhoud"))

        let long = (1...10).map { "## Deel \($0)\n\nTekst.\n" }.joined(separator: "\n")
        #expect(try project.render("# Lang\n\n" + long).html.contains("<nav class=\"contents\""))
        #expect(try !project.render("# Lang\n\n```streek setup\ncontents off\n```\n\n" + long).html.contains("<nav class=\"contents\""))
    }

    @Test func badContentsSettingsAreErrors() {
        #expect(project.englishError("```streek setup\ncontents of\n```\n")
                == "Notebooks/test.md:2:10: error: expected on, off or auto after 'contents', found 'of'; did you mean 'on'?")
        #expect(project.englishError("```streek setup\ncontents on levels 1\n```\n")?
                    .hasPrefix("Notebooks/test.md:2:20: error: contents levels must be 2 to 6") == true)
    }

    @Test func headingIdsAvoidTableAnchors() throws {
        let output = try project.render("# saldi\n\n```streek table\nsaldi = load \"migratie/verhuismutaties.csv\" | top 1\ncaption \"S\"\n```\n\n[t](#saldi) [k](#saldi-1)\n")
        #expect(output.html.contains("<h1 id=\"saldi-1\">saldi</h1>"))
    }
}
