import Foundation
import StreekCore
import Testing
@testable import StreekNotebook

/// Every message exists in Dutch (the default) and English (`--lang en`, `numbers en`): a representative
/// message per area, in both languages, exactly.
@Suite("Messages in both languages")
struct MessageLanguageTests {
    let project: TestProject

    init() throws { project = try TestProject() }

    private let load = "t = load \"migratie/verhuismutaties.csv\""

    /// The error of a render in Dutch and in English.
    private func messages(_ notebook: String, parameters: [String: String] = [:]) -> (nl: String, en: String) {
        (project.dutchError(notebook, parameters: parameters) ?? "(no error)",
         project.englishError(notebook, parameters: parameters) ?? "(no error)")
    }

    @Test func lexer() {
        let result = messages("```streek\n\(load) | filter gemeente == \"Emmen\n```\n")
        #expect(result.nl == "Notebooks/test.md:2:62: fout: tekst tussen aanhalingstekens wordt niet afgesloten; zet een \" aan het eind")
        #expect(result.en == "Notebooks/test.md:2:62: error: string is not closed; add a \" at the end")
    }

    @Test func parserSaysWhatItExpected() {
        let result = messages("```streek\n\(load) | top drie\n```\n")
        #expect(result.nl == "Notebooks/test.md:2:47: fout: het aantal rijen (een geheel getal) verwacht, maar 'drie' gevonden")
        #expect(result.en == "Notebooks/test.md:2:47: error: expected the number of rows (a whole number), found 'drie'")
        let end = messages("```streek\n\(load) | rename gemeente\n```\n")
        #expect(end.nl == "Notebooks/test.md:2:58: fout: 'as' tussen de oude en de nieuwe naam verwacht, maar het einde van de regel gevonden")
        #expect(end.en == "Notebooks/test.md:2:58: error: expected 'as' between the old and the new name, found end of line")
    }

    @Test func settingsAndKeywordsSuggestTheRightWord() {
        let setting = messages("```streek table\n\(load)\nformat vestiging decimal 1\n```\n")
        #expect(setting.nl == "Notebooks/test.md:3:18: fout: een getalstijl (integer, decimals, percent, signed, plain) verwacht, maar 'decimal' gevonden; bedoelt u 'decimals'?")
        #expect(setting.en == "Notebooks/test.md:3:18: error: expected a number style (integer, decimals, percent, signed, plain), found 'decimal'; did you mean 'decimals'?")
        let setup = messages("```streek setup\nparm jaar = 2016\n```\n")
        #expect(setup.nl == "Notebooks/test.md:2:1: fout: param, years, variants, numbers of contents verwacht in een blok 'streek setup', maar 'parm' gevonden; bedoelt u 'param'?")
        #expect(setup.en == "Notebooks/test.md:2:1: error: expected param, years, variants, numbers or contents in a 'streek setup' block, found 'parm'; did you mean 'param'?")
    }

    @Test func verbsNameTheColumnAndQuoteABareWord() {
        let column = messages("```streek\n\(load) | change vestiging to vertrekk as d, p\n```\n")
        #expect(column.nl == "Notebooks/test.md:2:63: fout: onbekende kolom 'vertrekk'; bedoelt u 'vertrek'?")
        #expect(column.en == "Notebooks/test.md:2:63: error: unknown column 'vertrekk'; did you mean 'vertrek'?")
        let bare = messages("```streek\n\(load) | filter gemeente == Emmen\n```\n")
        #expect(bare.nl == "Notebooks/test.md:2:62: fout: onbekende kolom 'Emmen'; 'Emmen' is een waarde in kolom 'gemeente': zet die tussen aanhalingstekens, \"Emmen\"")
        #expect(bare.en == "Notebooks/test.md:2:62: error: unknown column 'Emmen'; 'Emmen' is a value in column 'gemeente': write it in quotes, \"Emmen\"")
        let group = messages("```streek\n\(load) | group gemeente: n = mediaan(vertrek)\n```\n")
        #expect(group.nl.hasPrefix("Notebooks/test.md:2:63: fout: onbekende samenvattende functie 'mediaan'; bedoelt u 'median'?"))
        #expect(group.en.hasPrefix("Notebooks/test.md:2:63: error: unknown summary function 'mediaan'; did you mean 'median'?"))
    }

    @Test func liveFiguresAndTheirRows() {
        let result = messages("Zie `= t.vestiging[Hogeveen, 2016]`.\n\n```streek\n\(load) | key gemeente, jaar\n```\n")
        #expect(result.nl == "Notebooks/test.md:1:8: fout: geen rij [Hogeveen, 2016] in kolom 'gemeente'; bedoelt u 'Hoogeveen'?")
        #expect(result.en == "Notebooks/test.md:1:8: error: no row [Hogeveen, 2016] in column 'gemeente'; did you mean 'Hoogeveen'?")
        let name = messages("Zie `= mutatie.saldo[Emmen]`.\n\n```streek\nmutaties = load \"migratie/verhuismutaties.csv\"\n```\n")
        #expect(name.nl == "Notebooks/test.md:1:8: fout: onbekende naam 'mutatie'; bedoelt u 'mutaties'?")
        #expect(name.en == "Notebooks/test.md:1:8: error: unknown name 'mutatie'; did you mean 'mutaties'?")
    }

    @Test func templates() {
        let result = messages("```streek text\n\(load)\ntext \"Saldo {t.vestiging[Emmen, 2016] as signed\"\n```\n")
        #expect(result.nl == "Notebooks/test.md:3:13: fout: '{' in tekst heeft geen afsluitende '}' (schrijf {{ voor een letterlijke accolade)")
        #expect(result.en == "Notebooks/test.md:3:13: error: '{' in text has no closing '}' (write {{ for a literal brace)")
    }

    @Test func charts() {
        let result = messages("```streek chart\n\(load) | filter jaar == 2020\nx gemeente\n```\n")
        #expect(result.nl == "Notebooks/test.md:3:1: fout: de tabel van de grafiek heeft geen rijen; filter minder, of zeg met empty \"…\" wat er in plaats daarvan moet staan")
        #expect(result.en == "Notebooks/test.md:3:1: error: the chart's table has no rows; filter less, or say what to show instead with empty \"…\"")
        let type = messages("```streek chart\n\(load)\ntype staaf\n```\n")
        #expect(type.nl == "Notebooks/test.md:3:6: fout: onbekende waarde 'staaf' voor het grafiektype; gebruik bar, line, dot; bedoelt u 'bar'?")
        #expect(type.en == "Notebooks/test.md:3:6: error: unknown chart type 'staaf'; use bar, line, dot; did you mean 'bar'?")
    }

    @Test func dataFiles() throws {
        try project.write("# source: test\ngemeente,n\nAssen,1\nEmmen,vijf\nMeppel,3\nCoevorden,4\nHoogeveen,5\nTynaarlo,6\n", to: "Data/stray.csv")
        let result = messages("```streek\nt = load \"stray.csv\"\n```\n")
        #expect(result.nl == "Notebooks/test.md:2:1: fout: kan gegevensbestand niet lezen: Data/stray.csv:4:7: kolom 'n' bevat getallen, maar in deze cel staat 'vijf' (1 cel van 6 geen getal); betekent dat ontbrekend, zet dan missing \"vijf\" in de load-regel; is de kolom tekst, zet dan text n erin")
        #expect(result.en == "Notebooks/test.md:2:1: error: cannot read data file: Data/stray.csv:4:7: column 'n' holds numbers, but this cell reads 'vijf' (1 cell of 6 not a number); if it means missing, add missing \"vijf\" to the load line; if the column is text, add text n")
        let missing = messages("```streek\nt = load \"migratie/verhuismutatie.csv\"\n```\n")
        #expect(missing.nl == "Notebooks/test.md:2:1: fout: gegevensbestand 'migratie/verhuismutatie.csv' niet gevonden in Data/; bedoelt u 'migratie/verhuismutaties.csv'?")
        #expect(missing.en == "Notebooks/test.md:2:1: error: data file 'migratie/verhuismutatie.csv' not found in Data/; did you mean 'migratie/verhuismutaties.csv'?")
    }

    @Test func warningsKeepBothLanguages() throws {
        try project.write("gemeente,n\nAssen,1\n", to: "Data/zonder.csv")
        let rendered = try project.render("```streek table\nt = load \"zonder.csv\"\n```\n")
        #expect(rendered.evaluated.warnings.map(\.nl) == ["Data/zonder.csv: waarschuwing: het bestand noemt geen bron (een regel '# source: …' of een StatLine-regel 'Bron:'); de tabellen tonen 'Bron: niet opgegeven'"])
        #expect(rendered.evaluated.warnings.map(\.en) == ["Data/zonder.csv: warning: the file names no source (a '# source: …' line or a StatLine 'Bron:' line); its tables show 'Bron: niet opgegeven'"])
    }

    @Test func parametersAndVariants() {
        let setup = "```streek setup\nparam stad = \"Emmen\"\nvariants stad: \"Emmen\", \"Hoogeveen\"\n```\n"
        let outside = messages(setup, parameters: ["stad": "Hogeveen"])
        #expect(outside.nl == "Notebooks/test.md:3:1: fout: --param stad=Hogeveen is geen van de varianten die het notebook noemt (Emmen, Hoogeveen); bedoelt u 'Hoogeveen'?")
        #expect(outside.en == "Notebooks/test.md:3:1: error: --param stad=Hogeveen is not one of the variants the notebook declares (Emmen, Hoogeveen); did you mean 'Hoogeveen'?")
        let unknown = messages(setup, parameters: ["sta": "Emmen"])
        #expect(unknown.nl == "Notebooks/test.md:1:1: fout: --param sta: het notebook declareert geen parameter 'sta'; bedoelt u 'stad'?")
        #expect(unknown.en == "Notebooks/test.md:1:1: error: --param sta: the notebook declares no parameter 'sta'; did you mean 'stad'?")
    }

    /// Several errors keep their order and each its own language.
    @Test func severalErrorsAtOnce() {
        let result = messages("```streek\n\(load) | sort vestigingen\n```\n\n```streek\nu = load \"migratie/verhuismutaties.csv\" | filter jar == 2016\n```\n")
        #expect(result.nl == """
            Notebooks/test.md:2:48: fout: onbekende kolom 'vestigingen'; bedoelt u 'vestiging'?
            Notebooks/test.md:6:50: fout: onbekende kolom 'jar'; bedoelt u 'jaar'?
            """)
        #expect(result.en == """
            Notebooks/test.md:2:48: error: unknown column 'vestigingen'; did you mean 'vestiging'?
            Notebooks/test.md:6:50: error: unknown column 'jar'; did you mean 'jaar'?
            """)
    }

    /// The language is chosen where the message is printed: a notebook's `numbers en` makes its messages English.
    @Test func aNotebookInEnglishHasEnglishMessages() throws {
        try project.write("```streek setup\nnumbers en\n```\n\n```streek\n\(load) | fliter jaar == 2016\n```\n", to: "Notebooks/en.md")
        let renderer = NotebookRenderer(projectRoot: project.root)
        let url = project.root.appendingPathComponent("Notebooks/en.md")
        #expect(try renderer.declaredLanguage(of: url) == .en)
        try project.write("# Zonder setup\n", to: "Notebooks/nl.md")
        #expect(try renderer.declaredLanguage(of: project.root.appendingPathComponent("Notebooks/nl.md")) == nil)
    }
}
