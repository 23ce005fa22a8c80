import Foundation
import Testing
@testable import StreekNotebook

/// StatLine-style files in a notebook: load options, backtick column names, the source's signs, warnings.
@Suite("Data as exported")
struct ImportTests {
    let project: TestProject

    /// The quick scan's migration counts for two municipalities in StatLine's layout (as in Data/cbs).
    static let statLine = """
        "Verhuismutaties; Drentse gemeenten"\r
        "Regiocode";"Regio's";"Perioden";"Vestiging (aantal)";"Vertrek (aantal)";"Per 1 000 inwoners";\r
        "GM0118    ";"Hoogeveen";"2011JJ00";"1304";"1463";".";\r
        "GM0118    ";"Hoogeveen";"2016JJ00";"1993";"2427";"80";\r
        "GM0114    ";"Emmen";"2011JJ00";"2478";"2833";"x";\r
        "GM0114    ";"Emmen";"2016JJ00";"3057";"3001";"56";\r
        "Bron: OIS Groningen, Quick scan (2018), §3.1; CBS StatLine"\r

        """

    init() throws {
        var data = TestProject.standardData
        data["cbs/verhuismutaties.csv"] = Self.statLine
        data["cbs/zonder_bron.csv"] = "gemeente,n\nHoogeveen,1\n"
        data["cbs/stray.csv"] = "# source: test\ngemeente,n\nHoogeveen,1\nEmmen,2\nAssen,N.B.\n"
        project = try TestProject(data: data)
    }

    private func markdown(_ body: String) throws -> String { try project.render(body).markdown }

    @Test func backtickNamesInVerbsSettingsAndLiveFigures() throws {
        let output = try markdown("""
            Vestiging in Hoogeveen, 2016: `` = t.`Vestiging (aantal)`[Hoogeveen] ``.

            ```streek table
            t = load "cbs/verhuismutaties.csv"
              | filter jaar == 2016
              | derive saldo = `Vestiging (aantal)` - `Vertrek (aantal)`
              | select `Regio's`, `Vestiging (aantal)`, saldo
            label `Regio's` "Gemeente"
            format saldo signed
            ```
            """)
        #expect(output.contains("Vestiging in Hoogeveen, 2016: 1.993."))
        #expect(output.contains("| Gemeente | Vestiging (aantal) | saldo |"))
        #expect(output.contains("| Hoogeveen | 1.993 | −434 |"))
        #expect(output.contains("*Bron: OIS Groningen, Quick scan (2018), §3.1; CBS StatLine*"))
    }

    @Test func columnsMadeBySpreadFromNamesWithSpaces() throws {
        let output = try markdown("""
            ```streek table
            t = load "migratie/verhuisstromen.csv"
              | filter bestemming == "Hoogeveen"
              | select bestemming, herkomst, personen
              | spread herkomst: personen
              | derive verschil = `personen_De Wolden` - personen_Emmen
            ```
            """)
        #expect(output.contains("| bestemming | personen_De Wolden | personen_Emmen | verschil |"))
        #expect(output.contains("| Hoogeveen | 966 | 502 | 464 |"))
    }

    @Test func snakeCaseNamesOnLoad() throws {
        let output = try markdown("""
            ```streek table
            t = load "cbs/verhuismutaties.csv" names snake_case | filter jaar == 2016 | select regios, vestiging_aantal
            ```
            """)
        #expect(output.contains("| regios | vestiging_aantal |"))
        #expect(output.contains("| Emmen | 3.057 |"))
    }

    @Test func theSourcesSignsAreShownAndExplained() throws {
        let output = try markdown("""
            ```streek table
            t = load "cbs/verhuismutaties.csv" | filter jaar == 2011 | select `Regio's`, `Per 1 000 inwoners`
            ```
            """)
        #expect(output.contains("| Hoogeveen | . |"))
        #expect(output.contains("| Emmen | x |"))
        #expect(output.contains("*Noot: Verklaring van tekens: . = cijfer onbekend, onvoldoende betrouwbaar of geheim; x = geheim*"))
    }

    @Test func aFileWithoutSourceShowsItAndWarns() throws {
        let rendered = try project.render("""
            ```streek table
            t = load "cbs/zonder_bron.csv"
            ```
            """)
        #expect(rendered.markdown.contains("*Bron: niet opgegeven*"))
        #expect(rendered.evaluated.warnings.map(\.en) == ["Data/cbs/zonder_bron.csv: warning: the file names no source (a '# source: …' line or a StatLine 'Bron:' line); its tables show 'Bron: niet opgegeven'"])
    }

    @Test func strayTextIsAnErrorAtTheCellAndTextDeclaredIsAWarning() throws {
        #expect(project.englishError("```streek\nt = load \"cbs/stray.csv\"\n```\n")
            == "Notebooks/test.md:2:1: error: cannot read data file: Data/cbs/stray.csv:5:7: column 'n' holds numbers, but this cell reads 'N.B.' (1 cell of 3 not a number); if it means missing, add missing \"N.B.\" to the load line; if the column is text, add text n")
        let rendered = try project.render("```streek table\nt = load \"cbs/stray.csv\" text n\n```\n")
        #expect(rendered.evaluated.warnings.map(\.en) == ["Data/cbs/stray.csv:5:7: warning: column 'n' is read as text as the load line asks, though most cells are numbers; 1 cell of 3 not a number, the first 'N.B.'"])
        let missing = try markdown("```streek table\nt = load \"cbs/stray.csv\" missing \"N.B.\"\n```\n")
        #expect(missing.contains("| Assen | N.B. |"))
        #expect(missing.contains("N.B. = ontbreekt in de bron"))
    }

    @Test func geoJoinsTheNameFromACode() throws {
        let output = try markdown("""
            ```streek table
            t = load "cbs/verhuismutaties.csv" | filter jaar == 2016 | geo Regiocode | select Regiocode, Regiocode_naam
            ```
            """)
        #expect(output.contains("| GM0118 | Hoogeveen |"))
    }

    @Test func geoNamesNederlandAndTheProvincesFromTheirCodes() throws {
        try project.write("""
            # source: test
            regio,inwoners
            NL01,1
            PV22,2
            GM0118,3

            """, to: "Data/regios.csv")
        let projectData = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Data")
        try project.write(String(contentsOf: projectData.appendingPathComponent("geografie/regio_codes.csv"), encoding: .utf8),
                          to: "Data/geografie/regio_codes.csv")
        let output = try markdown("""
            ```streek table
            t = load "regios.csv" | geo regio | select regio, regio_naam, regio_provincie, regio_ring
            ```
            """)
        #expect(output.contains("| NL01 | Nederland | n.n.b. | n.n.b. |"))
        #expect(output.contains("| PV22 | Drenthe | Drenthe | n.n.b. |"))
        #expect(output.contains("| GM0118 | Hoogeveen | Drenthe | stad |"))
    }

    @Test func badLoadOptionsAndNamesAreErrorsAtTheirPlace() {
        #expect(project.englishError("```streek\nt = load \"cbs/verhuismutaties.csv\" separator \"x\"\n```\n")
            == "Notebooks/test.md:2:46: error: expected a separator: \";\", \",\" or tab, found \"x\"")
        #expect(project.englishError("```streek\nt = load \"cbs/verhuismutaties.csv\" encoding \"ebcdic\"\n```\n")
            == "Notebooks/test.md:2:45: error: unknown encoding \"ebcdic\"; use \"utf-8\" or \"windows-1252\" (also for Latin-1)")
        #expect(project.englishError("```streek\nt = load \"cbs/verhuismutaties.csv\" text Regio\n```\n")
            == "Notebooks/test.md:2:1: error: cannot read data file 'Data/cbs/verhuismutaties.csv': unknown column 'Regio'; did you mean 'Regio's'?")
        #expect(project.englishError("```streek\nt = load \"cbs/verhuismutaties.csv\" | select `Regio\n```\n")
            == "Notebooks/test.md:2:45: error: column name in backticks is not closed; add a ` at the end")
        #expect(project.englishError("```streek\nt = load \"cbs/verhuismutaties.csv\" | select `Regio`\n```\n")
            == "Notebooks/test.md:2:38: error: unknown column 'Regio'; did you mean 'Regio's'?")
    }
}
