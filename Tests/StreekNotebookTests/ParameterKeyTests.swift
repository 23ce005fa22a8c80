import Foundation
import Testing
@testable import StreekNotebook

/// Parameters inside row keys, and parameter values checked against the data (issue 13, item 1).
@Suite("Parameters in row keys and filters")
struct ParameterKeyTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let setup = "```streek setup\nparam stad = \"Hoogeveen\"\nparam jaar = 2016\n```\n\n"
    private let mutaties = "```streek\nt = load \"migratie/verhuismutaties.csv\" | key gemeente, jaar\n```\n"

    @Test func parameterAsRowKey() throws {
        let output = try project.render(setup + "Vestiging: `= t.vestiging[$stad, $jaar]`.\n\n" + mutaties)
        #expect(output.markdown.contains("Vestiging: 1.993."))
        let emmen = try project.render(setup + "Vestiging: `= t.vestiging[$stad, 2011]`.\n\n" + mutaties,
                                       parameters: ["stad": "Emmen"])
        #expect(emmen.markdown.contains("Vestiging: 2.478."))
    }

    @Test func parameterAsRowKeyInATemplate() throws {
        let output = try project.render(setup + mutaties + "\n```streek text\ntext \"{$stad}: {t.vertrek[$stad, $jaar]}\"\n```\n")
        #expect(output.markdown.contains("Hoogeveen: 2.427"))
    }

    @Test func misspelledParameterValueInARowKey() {
        #expect(project.englishError(setup + "Zie `= t.vestiging[$stad, $jaar]`.\n\n" + mutaties, parameters: ["stad": "Hogeveen"])
                == "Notebooks/test.md:6:8: error: parameter $stad = 'Hogeveen' does not occur in column 'gemeente' (in [Hogeveen, 2016]); did you mean 'Hoogeveen'?")
    }

    @Test func rowKeysThatOccurSeparatelyButNotTogether() {
        #expect(project.englishError(setup + "Zie `= t.vestiging[Hoogeveen, 2015]`.\n\n" + mutaties)
                == "Notebooks/test.md:6:8: error: no row [Hoogeveen, 2015] in column 'jaar'; did you mean '2011'?")
        #expect(project.englishError(setup + "Zie `= t.vestiging[Hoogeveen, 2011]`.\n\n```streek\nt = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016 or gemeente == \"Emmen\" | key gemeente, jaar\n```\n")
                == "Notebooks/test.md:6:8: error: no row [Hoogeveen, 2011]: each key occurs in gemeente, jaar, but not together")
    }

    @Test func misspelledParameterValueInAFilter() {
        let body = setup + "```streek table\nt = load \"migratie/verhuismutaties.csv\"\n  | filter gemeente == $stad\n```\n"
        #expect(project.englishError(body, parameters: ["stad": "Hogeveen"])
                == "Notebooks/test.md:8:24: error: parameter $stad = 'Hogeveen' does not occur in column 'gemeente'; did you mean 'Hoogeveen'?")
        let member = setup + "```streek table\nt = load \"migratie/verhuismutaties.csv\"\n  | filter gemeente in (\"Emmen\", $stad)\n```\n"
        #expect(project.englishError(member, parameters: ["stad": "Asen"])
                == "Notebooks/test.md:8:34: error: parameter $stad = 'Asen' does not occur in column 'gemeente'")
    }

    @Test func numericParameterWithoutRowsIsAnEmptyTableNotAnError() throws {
        let output = try project.render(setup + "```streek table\nt = load \"migratie/verhuismutaties.csv\"\n  | filter jaar == $jaar\n```\n",
                                        parameters: ["jaar": "2020"])
        #expect(output.markdown.contains("2020"))
    }
}
