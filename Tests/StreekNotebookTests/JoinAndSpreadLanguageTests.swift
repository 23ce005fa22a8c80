import Foundation
import Testing
@testable import StreekNotebook

/// `spread … order … fill …` (issue 13, item 5).
@Suite("Spread with order and fill")
struct SpreadOrderFillTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private func table(_ spread: String) throws -> String {
        try project.render("```streek table\nt = load \"migratie/verhuismutaties.csv\" | filter not (gemeente == \"Emmen\" and jaar == 2011) | select gemeente, jaar, vestiging\n  | \(spread)\n```\n").markdown
    }

    @Test func statedOrderAndFill() throws {
        let ordered = try table("spread jaar: vestiging order 2016, 2011, 2020")
        #expect(ordered.contains("| gemeente | vestiging_2016 | vestiging_2011 | vestiging_2020 |"))
        #expect(ordered.contains("| Emmen | 3.057 | n.n.b. | n.n.b. |"))
        let filled = try table("spread jaar: vestiging order 2011, 2016 fill 0")
        #expect(filled.contains("| Emmen | 0 | 3.057 |"))
    }

    @Test func aValueOutsideTheOrderIsAnError() {
        #expect(project.englishError("```streek\nt = load \"migratie/verhuismutaties.csv\" | select gemeente, jaar, vestiging | spread jaar: vestiging order 2016\n```\n")
                == "Notebooks/test.md:2:78: error: spread: jaar '2011' is not in the stated order (2016); add it or filter it out first")
        #expect(project.englishError("```streek\nt = load \"migratie/verhuismutaties.csv\" | spread jaar: vestiging fill\n```\n")
                == "Notebooks/test.md:2:70: error: expected the value for combinations without a row, such as 0, found end of line")
    }
}

/// `join (…)` with a pipeline in place, and `join cross` (issue 13, item 5).
@Suite("Joins with a sub-pipeline and cross joins")
struct JoinPipelineTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let load = "t = load \"migratie/verhuismutaties.csv\""

    @Test func joinAPipelineInParentheses() throws {
        let output = try project.render("```streek table\n\(load) | filter jaar == 2016 | select gemeente, vertrek\n  | join (load \"migratie/verhuismutaties.csv\" | filter jaar == 2011 | select gemeente, vertrek as oud) on gemeente\n```\n")
        #expect(output.markdown.contains("| Hoogeveen | 2.427 | 1.463 |"))
    }

    @Test func crossJoinPairsEveryRow() throws {
        let output = try project.render("`= count(p)`\n\n```streek\n\(load) | filter jaar == 2016 | select gemeente\np = t | join cross (from t | select gemeente as naar) | filter gemeente != naar\n```\n")
        #expect(output.markdown.contains("6"))
    }

    @Test func joinMessages() {
        #expect(project.englishError("```streek\n\(load)\nu = t | join (from t | filter jar == 2011) on gemeente\n```\n")
                == "Notebooks/test.md:3:31: error: unknown column 'jar'; did you mean 'jaar'?")
        #expect(project.englishError("```streek\n\(load) | join (from t | filter jaar == 2011 on gemeente\n```\n")
                == "Notebooks/test.md:2:78: error: unexpected 'on' in 'filter'; usage: filter EXPRESSIE")
        #expect(project.englishError("```streek\n\(load)\nu = t | join cross t on gemeente\n```\n")
                == "Notebooks/test.md:3:22: error: a cross join pairs every row with every row; leave out 'on'")
        #expect(project.englishError("```streek\n\(load)\nu = t | join cross t\n```\n")
                == "Notebooks/test.md:3:9: error: both tables have a column 'gemeente'; rename one before a cross join")
    }
}
