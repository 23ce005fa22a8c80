import Foundation
import Testing
@testable import StreekNotebook

/// Bad input gets a clear message at file:line:col.
@Suite("Errors in notebooks")
struct ErrorTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private func error(_ body: String, parameters: [String: String] = [:]) -> String {
        project.englishError(body, parameters: parameters) ?? "(no error)"
    }

    @Test func unknownVerb() {
        #expect(error("Tekst.\n\n```streek\nt = load \"migratie/verhuismutaties.csv\"\n  | sorteer jaar\n```\n")
                == "Notebooks/test.md:5:5: error: unknown verb 'sorteer'; did you mean 'sort'?")
    }

    @Test func unknownColumnInAnExpression() {
        #expect(error("```streek\nt = load \"migratie/verhuismutaties.csv\" | filter jar == 2016\n```\n")
                == "Notebooks/test.md:2:50: error: unknown column 'jar'; did you mean 'jaar'?")
    }

    @Test func unknownColumnInAVerbIsReportedAtTheColumn() {
        #expect(error("```streek\nt = load \"migratie/verhuismutaties.csv\"\n  | sort vestigingen\n```\n")
            == "Notebooks/test.md:3:10: error: unknown column 'vestigingen'; did you mean 'vestiging'?")
        #expect(error("```streek\nt = load \"migratie/verhuismutaties.csv\" | change vestiging to vertrekk as d, p\n```\n")
            == "Notebooks/test.md:2:63: error: unknown column 'vertrekk'; did you mean 'vertrek'?")
    }

    @Test func unknownColumnInATableSetting() {
        #expect(error("```streek table\nt = load \"migratie/verhuismutaties.csv\"\nformat saldo signed\n```\n")
            .hasPrefix("Notebooks/test.md:3:8: error: unknown column 'saldo'"))
    }

    @Test func unknownNameInALiveFigure() {
        #expect(error("Zie `= mutatie.saldo[Emmen]`.\n\n```streek\nmutaties = load \"migratie/verhuismutaties.csv\"\n```\n")
                == "Notebooks/test.md:1:8: error: unknown name 'mutatie'; did you mean 'mutaties'?")
    }

    @Test func unknownRowKeySuggestsTheMunicipality() {
        #expect(error("Zie `= t.vestiging[Hogeveen, 2016]`.\n\n```streek\nt = load \"migratie/verhuismutaties.csv\" | key gemeente, jaar\n```\n")
                == "Notebooks/test.md:1:8: error: no row [Hogeveen, 2016] in column 'gemeente'; did you mean 'Hoogeveen'?")
    }

    @Test func unknownMunicipalityInAVerb() {
        #expect(error("```streek\nt = load \"migratie/verhuisstromen.csv\" | partners of \"Hogeveen\"\n```\n")
            .hasPrefix("Notebooks/test.md:2:54: error: unknown municipality 'Hogeveen'"))
        #expect(error("```streek\nt = load \"migratie/verhuisstromen.csv\" | partners of \"Hogeveen\"\n```\n").contains("Hoogeveen"))
    }

    @Test func missingDataFileSuggestsTheRightOne() {
        #expect(error("```streek\nt = load \"migratie/verhuismutatie.csv\"\n```\n")
                == "Notebooks/test.md:2:1: error: data file 'migratie/verhuismutatie.csv' not found in Data/; did you mean 'migratie/verhuismutaties.csv'?")
    }

    @Test func directivesMayOnlyReadUnderData() {
        #expect(error("```streek\nt = load \"../Notebooks/test.md\"\n```\n").contains("may not use '..'"))
        #expect(error("```streek\nt = load \"/etc/passwd\"\n```\n").contains("not an absolute path"))
    }

    @Test func unreadableDataFileNamesTheFileAndLine() throws {
        try project.write("# source: x\ngemeente,waarde\n\"Emmen,1\n", to: "Data/kapot.csv")
        let message = error("```streek\nt = load \"kapot.csv\"\n```\n")
        #expect(message.hasPrefix("Notebooks/test.md:2:1: error: cannot read data file: Data/kapot.csv:3:"))
    }

    @Test func unknownParameter() {
        #expect(error("```streek setup\nparam jaar = 2016\n```\n\nIn `= $jar`.\n")
                == "Notebooks/test.md:5:7: error: unknown parameter '$jar'; did you mean '$jaar'?")
        #expect(error("```streek setup\nparam jaar = 2016\n```\n", parameters: ["jar": "2011"])
            .contains("--param jar: the notebook declares no parameter 'jar'; did you mean 'jaar'?"))
        #expect(error("```streek setup\nparam jaar = 2016\n```\n", parameters: ["jaar": "twee"])
            .hasPrefix("Notebooks/test.md:2:1: error: --param jaar=twee: 'jaar' is a number"))
    }

    @Test func rebindingANameIsAnError() {
        #expect(error("```streek\nt = load \"migratie/verhuismutaties.csv\"\n```\n\n```streek\nt = from t\n```\n")
                == "Notebooks/test.md:6:1: error: 't' is already bound at line 2; choose another name")
    }

    @Test func textInArithmetic() {
        #expect(error("```streek\nt = load \"migratie/verhuismutaties.csv\" | derive x = gemeente * 2\n```\n")
            .contains("'*' needs numbers, but got the text 'Hoogeveen'"))
    }
}

/// Suggestions for misspelt settings and style words, and a hint to quote a value (issue 13, item 8).
@Suite("Messages that say what was meant")
struct SuggestionMessageTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let load = "t = load \"migratie/verhuismutaties.csv\""

    @Test func misspeltSettingSuggestsTheSetting() {
        #expect(project.englishError("```streek table\n\(load)\ncaptoin \"x\"\n```\n")
                == "Notebooks/test.md:3:1: error: unknown setting 'captoin'; did you mean 'caption'?")
        #expect(project.englishError("```streek table\n\(load)\nformt vestiging signed\n```\n")
                == "Notebooks/test.md:3:1: error: unknown setting 'formt'; did you mean 'format'?")
    }

    @Test func misspeltStyleSuggestsTheStyle() {
        #expect(project.englishError("```streek table\n\(load)\nformat vestiging decimal 1\n```\n")
                == "Notebooks/test.md:3:18: error: expected a number style (integer, decimals, percent, signed, plain), found 'decimal'; did you mean 'decimals'?")
    }

    @Test func bareWordThatIsAValueShouldBeQuoted() {
        #expect(project.englishError("```streek table\n\(load) | filter gemeente == Emmen\n```\n")
                == "Notebooks/test.md:2:62: error: unknown column 'Emmen'; 'Emmen' is a value in column 'gemeente': write it in quotes, \"Emmen\"")
    }

    @Test func aBoundTableShownByNameIsNotASetting() throws {
        let output = try project.render("```streek\nnotes = load \"migratie/verhuismutaties.csv\"\n```\n\n```streek table\nnotes\n```\n")
        #expect(output.markdown.contains("| Hoogeveen |"))
    }
}

/// Every independent error of a notebook in one run (issue 13, item 8).
@Suite("All errors at once")
struct AllErrorsTests {
    @Test func everyIndependentErrorIsReportedButNotItsConsequences() throws {
        let project = try TestProject()
        let notebook = "```streek\nt = load \"migratie/verhuismutatie.csv\"\nu = t | sort jaar\n```\n\nZie `= t.vestiging[Emmen]` en `= w.x`.\n\n```streek table\nv = load \"migratie/verhuismutaties.csv\" | filter jar == 1\n```\n"
        #expect(project.englishError(notebook) == """
            Notebooks/test.md:2:1: error: data file 'migratie/verhuismutatie.csv' not found in Data/; did you mean 'migratie/verhuismutaties.csv'?
            Notebooks/test.md:6:34: error: unknown name 'w'; no tables are bound yet (bind one with: w = load "…")
            Notebooks/test.md:9:50: error: unknown column 'jar'; did you mean 'jaar'?
            """)
    }

    @Test func syntaxErrorsOfEveryDirectiveComeFirst() throws {
        let project = try TestProject()
        let notebook = "```streek\nt = load \"migratie/verhuismutaties.csv\" | fliter jaar == 2016\n```\n\n```streek table\nv = load \"migratie/verhuismutaties.csv\"\ncaptoin \"x\"\n```\n"
        #expect(project.englishError(notebook) == """
            Notebooks/test.md:2:43: error: unknown verb 'fliter'; did you mean 'filter'?
            Notebooks/test.md:7:1: error: unknown setting 'captoin'; did you mean 'caption'?
            """)
    }
}
