import Foundation
import Testing
@testable import StreekNotebook

/// One set of summaries for `group`, live figures and expressions (issue 13, item 4).
@Suite("Summaries in expressions")
struct AggregateExpressionTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let mutaties = "```streek\nt = load \"migratie/verhuismutaties.csv\" | filter jaar == 2016\n```\n"

    private func table(_ pipeline: String) throws -> String {
        try project.render(mutaties + "\n```streek table\nu = t\n  \(pipeline)\n```\n").markdown
    }

    @Test func summariesOfTheSameTableInDeriveAndFilter() throws {
        // vestiging 2016: Hoogeveen 1993, Emmen 3057, Midden-Drenthe 1724; mean 2258.
        let derived = try table("| derive verschil = vestiging - mean(vestiging), aandeel = vestiging / sum(vestiging) * 100 | select gemeente, verschil, aandeel\nformat aandeel decimals 1")
        #expect(derived.contains("| Hoogeveen | −265 | 29,4 |"))
        #expect(derived.contains("| Emmen | 799 | 45,1 |"))
        let filtered = try table("| filter vestiging > median(vestiging) | select gemeente")
        #expect(filtered.contains("| Emmen |") && !filtered.contains("Hoogeveen") && !filtered.contains("Midden"))
    }

    @Test func summaryOfAnotherBoundTable() throws {
        let derived = try table("| derive rest = sum(t.vertrek) - vertrek | select gemeente, rest")
        #expect(derived.contains("| Hoogeveen | 5.244 |"))
    }

    @Test func groupAndLiveFiguresShareTheFunctions() throws {
        let output = try project.render(mutaties + "\nMediaan `= median(t.vertrek)`; `= list(t.gemeente)`.\n\n```streek table\ng = load \"migratie/verhuismutaties.csv\" | group jaar: gemeenten = list(gemeente), mediaan = median(vertrek), eerste = min(gemeente), laatste = max(gemeente)\n```\n")
        #expect(output.markdown.contains("Mediaan 2.427; Hoogeveen, Emmen en Midden-Drenthe."))
        #expect(output.markdown.contains("| 2016 | Hoogeveen, Emmen en Midden-Drenthe | 2.427 | Emmen | Midden-Drenthe |"))
    }

    @Test func minAndMaxOfTextsInALiveFigure() throws {
        let output = try project.render(mutaties + "\nVan `= min(t.gemeente)` tot `= max(t.gemeente)`.\n")
        #expect(output.markdown.contains("Van Emmen tot Midden-Drenthe."))
    }

    @Test func summaryMessages() {
        #expect(project.englishError(mutaties + "\nZie `= sum(t.gemeente)`.\n")
                == "Notebooks/test.md:5:8: error: sum needs numbers, but a cell holds the text 'Hoogeveen'")
        #expect(project.englishError("```streek\nt = load \"migratie/verhuismutaties.csv\" | group: m = mediaan(vertrek)\n```\n")
                == "Notebooks/test.md:2:54: error: unknown summary function 'mediaan'; did you mean 'median'?")
    }
}
