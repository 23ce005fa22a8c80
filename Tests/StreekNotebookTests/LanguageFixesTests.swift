import Foundation
import Testing
@testable import StreekNotebook

/// Small defects found by report authors (issue 13, item 7).
@Suite("Language fixes")
struct LanguageFixesTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let setup = "```streek setup\nparam jaar = 2016\n```\n\n"
    private let mutaties = "```streek\nt = load \"migratie/verhuismutaties.csv\"\n```\n"

    @Test func yearArithmeticStaysAYear() throws {
        let output = try project.render(setup + "Van `= $jaar - 1` tot `= $jaar + 1`; `= 1 + $jaar`; `= $jaar * 2`.\n")
        #expect(output.markdown.contains("Van 2015 tot 2017; 2017; 4.032."))
    }

    @Test func liveFiguresInTheTitleAreValuesNotCode() throws {
        let output = try project.render(setup + "# Verhuizingen in `= $jaar` en `= $jaar - 1`\n\n## Over `= $jaar`\n")
        #expect(output.html.contains("<title>Verhuizingen in 2016 en 2015</title>"))
        #expect(output.html.contains("<h1 id=\"verhuizingen-in-2016-en-2015\">"))
        #expect(output.html.contains("<h2 id=\"over-2016\">"))
    }

    @Test func listOfAnEmptyColumnIsMissing() throws {
        let output = try project.render("Tekst `= list(leeg.gemeente)`, en.\n\n```streek\nleeg = load \"migratie/verhuismutaties.csv\" | filter jaar == 1900\n```\n")
        #expect(output.markdown.contains("Tekst n.n.b., en."))
    }

    @Test func bulletsOfAnEmptyTableAreASentence() throws {
        let output = try project.render("```streek text\nt = load \"migratie/verhuismutaties.csv\" | filter jaar == 1900\nbullets \"{gemeente}\"\nempty \"Geen gemeenten.\"\n```\n")
        #expect(output.markdown.contains("\nGeen gemeenten.\n"))
        #expect(!output.markdown.contains("- Geen gemeenten."))
    }

    @Test func topNamesTheTiesItCutsThrough() throws {
        let data = "gemeente,jaar,vestiging,vertrek\nA,2016,10,1\nB,2016,8,1\nC,2016,8,1\nD,2016,8,1\nE,2016,5,1\n"
        try project.write(data, to: "Data/test/gelijk.csv")
        let table = "```streek table\nt = load \"test/gelijk.csv\" | top 2 by vestiging\n```\n"
        let output = try project.render(table)
        #expect(output.markdown.contains("| B | 2016 | 8 | 1 |"))
        #expect(!output.markdown.contains("| C |"))
        #expect(output.markdown.contains("top 2: C en D hebben dezelfde vestiging (8) als B maar vallen buiten de top (toon gedeelde plaatsen met: top 2 by vestiging with ties)."))
        let withTies = try project.render(table.replacingOccurrences(of: "by vestiging", with: "by vestiging with ties"))
        #expect(withTies.markdown.contains("| D | 2016 | 8 | 1 |"))
        #expect(!withTies.markdown.contains("| E |"))
        #expect(!withTies.markdown.contains("buiten de top"))
    }

    /// `top N per …` names, per group, the rows its cut leaves out though they tie with the last one kept;
    /// groups cut cleanly are not mentioned, and `with ties` keeps the rows instead.
    @Test func topPerGroupNamesTheTiesInEachGroup() throws {
        let data = "gemeente,jaar,vestiging,vertrek\nA,2011,10,1\nB,2011,8,1\nC,2011,8,1\nA,2016,9,1\nB,2016,7,1\nC,2016,6,1\n"
            + "A,2020,5,1\nB,2020,5,1\nC,2020,5,1\nD,2020,1,1\n"
        try project.write(data, to: "Data/test/gelijk_per_jaar.csv")
        let table = "```streek table\nt = load \"test/gelijk_per_jaar.csv\" | top 2 per jaar by vestiging\n```\n"
        let output = try project.render(table)
        #expect(output.markdown.contains("| B | 2011 | 8 | 1 |") && !output.markdown.contains("| C | 2011 |"))
        #expect(output.markdown.contains("top 2 per jaar: in 2011 heeft C dezelfde vestiging (8) als B maar valt buiten de top; "
            + "in 2020 heeft C dezelfde vestiging (5) als B maar valt buiten de top (toon gedeelde plaatsen met: top 2 per jaar by vestiging with ties)."))
        #expect(!output.markdown.contains("in 2016"))
        let english = try project.render("```streek setup\nnumbers en\n```\n\n" + table)
        #expect(english.markdown.contains("top 2 per jaar: in 2011 C has the same vestiging (8) as B but is left out; "
            + "in 2020 C has the same vestiging (5) as B but is left out (show shared places with: top 2 per jaar by vestiging with ties)."))
        let withTies = try project.render(table.replacingOccurrences(of: "by vestiging", with: "by vestiging with ties"))
        #expect(withTies.markdown.contains("| C | 2011 | 8 | 1 |") && withTies.markdown.contains("| C | 2020 | 5 | 1 |"))
        #expect(!withTies.markdown.contains("| C | 2016 |") && !withTies.markdown.contains("| D |"))
        #expect(!withTies.markdown.contains("buiten de top"))
        let cleanCut = try project.render(table.replacingOccurrences(of: "top 2", with: "top 3"))
        #expect(!cleanCut.markdown.contains("buiten de top"))
    }

    @Test func templateErrorsPointAtTheHole() {
        #expect(project.englishError(mutaties + "\n```streek text\nt2 = from t\ntext \"Gemeente {gemeenten}: {vestiging}\"\n```\n")
                == "Notebooks/test.md:7:17: error: unknown column 'gemeenten'; did you mean 'gemeente'?")
        #expect(project.englishError(mutaties + "\n```streek text\nt2 = from t\ntext \"Een \\\"citaat\\\" en {gemeente} en {vestigin}\"\n```\n")
                == "Notebooks/test.md:7:40: error: unknown column 'vestigin'; did you mean 'vestiging'?")
        #expect(project.englishError(mutaties + "\n```streek text\nt2 = from t\ntext \"Open {gemeente\"\n```\n")
                == "Notebooks/test.md:7:12: error: '{' in text has no closing '}' (write {{ for a literal brace)")
    }

    @Test func inAndEqualityAgreeOnNumbersAndTexts() throws {
        let output = try project.render("`= count(a)` `= count(b)`\n\n```streek\na = load \"migratie/verhuismutaties.csv\" | filter jaar == \"2016\"\nb = load \"migratie/verhuismutaties.csv\" | filter jaar in (\"2016\")\n```\n")
        #expect(output.markdown.contains("3 3"))
    }
}
