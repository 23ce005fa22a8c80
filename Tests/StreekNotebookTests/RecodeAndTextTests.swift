import Foundation
import Testing
@testable import StreekNotebook

/// `recode` and the text functions (issue 13, item 3).
@Suite("Recode and text functions")
struct RecodeAndTextTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private func table(_ pipeline: String) throws -> String {
        try project.render("```streek table\nt = load \"migratie/verhuismutaties.csv\"\n  | filter jaar == 2016\n  \(pipeline)\n```\n").markdown
    }

    @Test func recodeInPlaceIntoANewColumnAndWithElse() throws {
        let inPlace = try table("| recode gemeente \"Hoogeveen\" as \"HGV\", \"Emmen\" as \"EMM\" | select gemeente")
        #expect(inPlace.contains("| HGV |\n| EMM |\n| Midden-Drenthe |"))
        let into = try table("| recode gemeente into kort \"Emmen\" as \"E\" else \"overig\" | select gemeente, kort")
        #expect(into.contains("| Hoogeveen | overig |\n| Emmen | E |"))
        let numbers = try table("| recode jaar into periode 2016 as \"nu\" | select gemeente, periode")
        #expect(numbers.contains("| Hoogeveen | nu |"))
    }

    @Test func recodeMessages() {
        let body = { (verb: String) in "```streek\nt = load \"migratie/verhuismutaties.csv\" | \(verb)\n```\n" }
        #expect(project.englishError(body("recode gemeente \"Emmen\" \"E\""))
                == "Notebooks/test.md:2:67: error: expected 'as' between the old and the new value (write: \"oud\" as \"nieuw\"), found \"E\"")
        #expect(project.englishError(body("recode gemeente Emmen as \"E\""))
                == "Notebooks/test.md:2:59: error: expected a value to replace, such as \"Hoogeveen\" or 2016, found 'Emmen'")
        #expect(project.englishError(body("hercodeer gemeente \"Emmen\" as \"E\""))
                == "Notebooks/test.md:2:43: error: unknown verb 'hercodeer'; did you mean 'recode'?")
    }

    @Test func textFunctionsInDeriveFilterAndTemplates() throws {
        let derived = try table("| derive a = upper(gemeente), b = lower(gemeente), c = capitalise(\"de wolden\"), d = trim(\"  x \"), e = replace(gemeente, \"-\", \" \"), f = substring(gemeente, 2, 3), g = concat(gemeente, \"/\", jaar), h = length(gemeente) | select a, b, c, d, e, f, g, h")
        #expect(derived.contains("| MIDDEN-DRENTHE | midden-drenthe | De wolden | x | Midden Drenthe | idd | Midden-Drenthe/2016 | 14 |"))
        let filtered = try table("| filter substring(gemeente, 1, 1) == \"E\" | select gemeente")
        #expect(filtered.contains("| Emmen |") && !filtered.contains("Hoogeveen"))
        let text = try project.render("```streek text\nt = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016 and gemeente == \"Emmen\"\ntext \"{upper(gemeente)} in {jaar}\"\n```\n")
        #expect(text.markdown.contains("EMMEN in 2016"))
    }

    @Test func textFunctionMessages() {
        let body = { (expression: String) in "```streek\nt = load \"migratie/verhuismutaties.csv\" | derive x = \(expression)\n```\n" }
        #expect(project.englishError(body("upper(gemeente, jaar)")) == "Notebooks/test.md:2:54: error: upper(tekst) takes one argument")
        #expect(project.englishError(body("substring(gemeente, 0)")) == "Notebooks/test.md:2:54: error: substring: the start must be a whole number from 1")
        #expect(project.englishError(body("replace(gemeente, \"\", \"x\")"))
                == "Notebooks/test.md:2:54: error: replace(tekst, \"zoek\", \"vervang\"): the text to look for must not be empty")
        #expect(project.englishError(body("uper(gemeente)"))?.hasPrefix("Notebooks/test.md:2:54: error: unknown function 'uper'; did you mean 'upper'?") == true)
    }
}
