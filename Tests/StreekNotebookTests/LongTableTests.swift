import Foundation
import Testing
@testable import StreekNotebook

/// Presentation of long tables (issue 13, item 6): total rows, section headers, sources of joined tables.
@Suite("Long tables")
struct LongTableTests {
    let project: TestProject

    init() throws {
        var data = TestProject.standardData
        data["cbs/verhuismutaties.csv"] = ImportTests.statLine
        project = try TestProject(data: data)
    }

    private let marked = """
        ```streek table
        t = load "migratie/verhuismutaties.csv" | filter jaar == 2016 | select gemeente, vestiging, vertrek
        total when gemeente == "Emmen"
        ```

        """

    @Test func totalWhenMarksRowsBoldInMarkdownAndHTML() throws {
        let output = try project.render(marked)
        #expect(output.markdown.contains("| Hoogeveen | 1.993 | 2.427 |\n| **Emmen** | **3.057** | **3.001** |\n| Midden-Drenthe | 1.724 | 2.243 |"))
        #expect(output.html.contains("<tr class=\"total\"><td>Emmen</td><td class=\"num\">3.057</td><td class=\"num\">3.001</td></tr>"))
        #expect(output.html.contains("<tr><td>Hoogeveen</td>"))
    }

    @Test func rowsAddedByTotalsAreBoldInMarkdownToo() throws {
        let output = try project.render("""
            ```streek table
            t = load "migratie/verhuismutaties.csv" | filter jaar == 2011 | select gemeente, vestiging | totals "Totaal" in gemeente
            ```

            """)
        #expect(output.markdown.contains("| **Totaal** | **4.874** |"))
    }

    @Test func totalWhenErrors() {
        #expect(project.englishError(marked.replacingOccurrences(of: "gemeente ==", with: "gemeent =="))
                == "Notebooks/test.md:3:12: error: unknown column 'gemeent'; did you mean 'gemeente'?")
        #expect(project.englishError(marked.replacingOccurrences(of: "total when", with: "total if"))
                == "Notebooks/test.md:3:7: error: expected 'when' and a condition after 'total', e.g. total when gemeente == \"Drenthe\"")
    }

    @Test func aTableMayStillBeNamedTotal() throws {
        let output = try project.render("```streek table\ntotal = load \"migratie/verhuismutaties.csv\" | top 1\n```\n")
        #expect(output.markdown.contains("<a id=\"total\"></a>"))
    }

    @Test func aJoinedTableCitesOnePublicationOnce() throws {
        try project.write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Steden, §2
            gemeente,stad
            Emmen,ja

            """, to: "Data/migratie/steden.csv")
        try project.write("""
            # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Steden, §2
            gemeente,rol
            Emmen,centrum

            """, to: "Data/migratie/rollen.csv")
        let output = try project.render("""
            ```streek table
            steden = load "migratie/steden.csv"
            rollen = load "migratie/rollen.csv"
            t = load "migratie/verhuismutaties.csv" | join steden on gemeente | join rollen on gemeente
            ```

            """)
        #expect(output.markdown.contains("*Bron: OIS Groningen, Quick scan Verzorgingsgebieden (2018): (1) tabel Verhuismutaties, §3.1; (2) tabel Steden, §2*"))
    }

    @Test func sourcesOfDifferentPublicationsStayWhole() {
        #expect(SourceCitations.merged(["CBS, StatLine, tabel 1", "Kadaster, BRK", "CBS, StatLine, tabel 1"])
                == ["CBS, StatLine, tabel 1", "Kadaster, BRK"])
        #expect(SourceCitations.merged(["CBS, StatLine", "CBS, StatLine, tabel 2"]) == ["CBS, StatLine", "CBS, StatLine, tabel 2"])
    }

    /// Empty parts and separators at the ends are kept as parts, as Foundation's components(separatedBy:) keeps them.
    @Test func emptyPartsOfASourceAreKept() {
        #expect(SourceCitations.merged(["A, B, , x", "A, B, y, "]) == ["A, B: (1) , x; (2) y, "])
        #expect(SourceCitations.merged([", , ", ", , z"]) == [", ", ", , z"])
    }

    private let sectioned = """
        ```streek table
        t = load "migratie/verhuismutaties.csv" | sort jaar, gemeente | select jaar, gemeente, vestiging
        section by jaar
        ```

        """

    @Test func sectionHeaderRowsReplaceTheColumn() throws {
        let output = try project.render(sectioned)
        #expect(output.markdown.contains("""
            | gemeente | vestiging |
            | :-- | --: |
            | **2011** |  |
            | Emmen | 2.478 |
            | Hoogeveen | 1.304 |
            | Midden-Drenthe | 1.092 |
            | **2016** |  |
            | Emmen | 3.057 |
            """))
        #expect(output.html.contains("<thead><tr><th scope=\"col\">gemeente</th><th scope=\"col\" class=\"num\">vestiging</th></tr></thead>"))
        #expect(output.html.contains("<tr class=\"section\"><th colspan=\"2\" scope=\"colgroup\">2016</th></tr>\n<tr><td>Emmen</td><td class=\"num\">3.057</td></tr>"))
    }

    @Test func aSectionColumnLeftOutOfColumnsStillHeadsTheRows() throws {
        let output = try project.render(sectioned.replacingOccurrences(of: "section by jaar", with: "section by jaar\ncolumns vestiging"))
        #expect(output.markdown.contains("| vestiging |\n| --: |\n| **2011** |\n| 2.478 |"))
    }

    @Test func sectionErrors() {
        #expect(project.englishError(sectioned.replacingOccurrences(of: "by jaar", with: "by gemeent"))
                == "Notebooks/test.md:3:12: error: unknown column 'gemeent'; did you mean 'gemeente'?")
        #expect(project.englishError(sectioned.replacingOccurrences(of: "by jaar", with: "jaar"))
                == "Notebooks/test.md:3:9: error: expected 'by' and a column after 'section', e.g. section by regio")
        #expect(project.englishError(sectioned.replacingOccurrences(of: "section by jaar", with: "section by jaar\ncolumns jaar"))
                == "Notebooks/test.md:3:12: error: section by jaar leaves no column to show; name the others with columns")
    }

    private let units = """
        ```streek table
        a = load "migratie/verhuismutaties.csv" | filter jaar == 2016 | select gemeente, jaar, vestiging | derive eenheid = "aantal"
        b = load "migratie/verhuismutaties.csv" | filter jaar == 2016 | derive vestiging = vestiging / vertrek * 100 | derive eenheid = "procent" | select gemeente, jaar, vestiging, eenheid
        c = load "migratie/verhuismutaties.csv" | filter jaar == 2016 | derive vestiging = vestiging / vertrek | derive eenheid = "ratio" | select gemeente, jaar, vestiging, eenheid
        t = a | append b | append c | filter gemeente == "Emmen"
        columns gemeente, jaar, vestiging
        format by eenheid: aantal as integer, procent as percent decimals 1, ratio as decimals 2
        ```

        """

    @Test func aUnitColumnDecidesEachRowsStyle() throws {
        let output = try project.render(units)
        #expect(output.markdown.contains("""
            | gemeente | jaar | vestiging |
            | :-- | --: | --: |
            | Emmen | 2016 | 3.057 |
            | Emmen | 2016 | 101,9% |
            | Emmen | 2016 | 1,02 |
            """))
        #expect(output.html.contains("<td class=\"num\">101,9%</td>"))
    }

    @Test func rowFormatErrors() {
        #expect(project.englishError(units.replacingOccurrences(of: "format by eenheid:", with: "format by eenhied:"))
                == "Notebooks/test.md:7:11: error: unknown column 'eenhied'; did you mean 'eenheid'?")
        #expect(project.englishError(units.replacingOccurrences(of: "ratio as decimals 2", with: "ratio as decimal 2"))
                == "Notebooks/test.md:7:79: error: expected a number style (integer, decimals, percent, signed, plain), found 'decimal'; did you mean 'decimals'?")
        #expect(project.englishError(units.replacingOccurrences(of: "format by eenheid:", with: "format by eenheid"))
                == "Notebooks/test.md:7:19: error: expected ':' after the unit column, as in format by eenheid: procent as percent, found 'aantal'")
    }

    private let signs = """
        ```streek table
        t = load "cbs/verhuismutaties.csv" | filter jaar == 2011 | select `Regio's`, `Per 1 000 inwoners`
        missing "." as "N.B.", "x" as "N.V.T."
        ```

        """

    @Test func eachSourceSignGetsItsOwnText() throws {
        let output = try project.render(signs).markdown
        #expect(output.contains("| Hoogeveen | N.B. |"))
        #expect(output.contains("| Emmen | N.V.T. |"))
        #expect(output.contains("*Noot: Verklaring van tekens: N.B. = cijfer onbekend, onvoldoende betrouwbaar of geheim; N.V.T. = geheim*"))
    }

    @Test func signTextErrors() {
        #expect(project.englishError(signs.replacingOccurrences(of: ", \"x\" as \"N.V.T.\"", with: ", \"x\" \"N.V.T.\""))
                == "Notebooks/test.md:3:28: error: expected 'as' after the sign, found \"N.V.T.\"")
    }
}
