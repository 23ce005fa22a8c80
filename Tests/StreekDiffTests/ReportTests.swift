import Testing
@testable import StreekDiff

@Suite struct ReportTests {
    /// 2011 → 2016: one changed cell, one added row, one changed prose figure, a new table, a removed sentence.
    func sampleDiff() throws -> DocumentDiff {
        try diff(
            "## Migratie\n\nNaar Hoogeveen verhuisden 1.304 mensen. Deze zin verdwijnt.\n\n"
                + migrationTable(["| Hoogeveen | 1.304 | 1.993 | −434 |"]),
            "## Migratie\n\nNaar Hoogeveen verhuisden 1.993 mensen.\n\n"
                + migrationTable(["| Hoogeveen | 1.993 | 1.993 | −434 |", "| Assen | 10 | 20 | 30 |"])
                + "\n" + migrationTable(["| Emmen | 1 | 2 | 3 |"], anchor: "pendel", caption: "Pendel 2015"))
    }

    @Test func textReportListsEveryChangeInOrder() throws {
        let text = TextReport(usesColor: false).render(try sampleDiff())
        let expectedInOrder = [
            "--- old.md", "+++ new.md",
            "Instellingen", "~ year: 2011 → 2016",
            "Tabel “Verhuismutaties naar en van de Drentse gemeenten” (#verhuismutaties)",
            "+ rij Assen: Vestiging 2011: 10; Vestiging 2016: 20; Saldo 2016: 30",
            "~ Hoogeveen, Vestiging 2011: 1.304 → 1.993 (+689)",
            "Tabel alleen in new.md: “Pendel 2015” (#pendel)",
            "Tekst onder “Migratie”",
            "~ zin: Naar Hoogeveen verhuisden 1.993 mensen.", "1.304 → 1.993 (+689)",
            "- zin: Deze zin verdwijnt.",
        ]
        var searchFrom = text.startIndex
        for expected in expectedInOrder {
            let found = try #require(text.range(of: expected, range: searchFrom..<text.endIndex), "missing or out of order: \(expected)")
            searchFrom = found.upperBound
        }
        #expect(!text.contains("\u{1B}["), "no colour codes unless asked")
    }

    /// A render without sidecar, reported in English: the same outline with the English words.
    @Test func textReportInEnglish() throws {
        let text = TextReport(usesColor: false, language: .en).render(try sampleDiff())
        for expected in ["\nHeader\n  ~ year: 2011 → 2016\n", "\n  + row Assen: Vestiging 2011: 10; Vestiging 2016: 20; Saldo 2016: 30\n",
                         "\n  ~ Hoogeveen, Vestiging 2011: 1,304 → 1,993 (+689)\n", "\nTable only in new.md: “Pendel 2015” (#pendel)\n",
                         "\nProse under “Migratie”\n  ~ sentence: Naar Hoogeveen verhuisden 1.993 mensen.\n      1,304 → 1,993 (+689)\n"] {
            #expect(text.contains(expected), "\(expected)")
        }
        #expect(try sampleDiff().defaultLanguage == .nl)
        #expect(try diff("Tekst 1.\n", "Tekst 2.\n", oldNumbers: "en", newNumbers: "en").defaultLanguage == .en)
    }

    @Test func textReportColoursOnlyWhenAsked() throws {
        let coloured = TextReport(usesColor: true).render(try sampleDiff())
        #expect(coloured.contains("\u{1B}[32m  + rij Assen"))
        #expect(coloured.contains("\u{1B}[0m"))
        #expect(ColorMode.auto.usesColor(outputIsTerminal: true, environment: [:]))
        #expect(!ColorMode.auto.usesColor(outputIsTerminal: false, environment: [:]))
        #expect(!ColorMode.auto.usesColor(outputIsTerminal: true, environment: ["NO_COLOR": "1"]))
        #expect(ColorMode.always.usesColor(outputIsTerminal: false, environment: [:]))
        #expect(!ColorMode.never.usesColor(outputIsTerminal: true, environment: [:]))
    }

    @Test func equalFilesSayEqualInEveryFormat() throws {
        let body = "Tekst met 1.304 mensen.\n\n" + migrationTable(["| Hoogeveen | 1.304 | 1.993 | −434 |"])
        let result = try diff(body, body, oldParams: "year=2016")
        #expect(TextReport(usesColor: false).render(result) == "Geen verschillen tussen old.md en new.md.\n")
        #expect(MarkdownReport().render(result).contains("\nGeen verschillen.\n"))
        #expect(HTMLReport().render(result).contains("<p class=\"equal\">Geen verschillen.</p>"))
        #expect(TextReport(usesColor: false, language: .en).render(result) == "No differences between old.md and new.md.\n")
        #expect(MarkdownReport(language: .en).render(result).contains("\nNo differences.\n"))
        #expect(HTMLReport(language: .en).render(result).contains("<p class=\"equal\">No differences.</p>"))
    }

    @Test func markdownReportHasSectionsAndBullets() throws {
        let markdown = MarkdownReport().render(try sampleDiff())
        #expect(markdown.hasPrefix("# Verschillen: `old.md` → `new.md`\n"))
        #expect(markdown.contains("\n## Instellingen\n\n- Gewijzigd year: 2011 → 2016\n"))
        #expect(markdown.contains("- Gewijzigd Hoogeveen, Vestiging 2011: 1.304 → 1.993 (+689)\n"))
        #expect(markdown.contains("- Toegevoegd rij Assen: Vestiging 2011: 10; Vestiging 2016: 20; Saldo 2016: 30\n"))
        #expect(markdown.contains("## Tabel alleen in new.md: “Pendel 2015” (\\#pendel)\n"))
        #expect(markdown.contains("- Gewijzigd zin: Naar Hoogeveen verhuisden **1.993** mensen.\n  - 1.304 → 1.993 (+689)\n"))
        #expect(markdown.contains("- Verwijderd zin: Deze zin verdwijnt.\n"))
    }

    @Test func htmlReportIsSelfContainedAndSideBySide() throws {
        let html = HTMLReport().render(try sampleDiff())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<style>"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains("<script"))
        #expect(html.contains("<html lang=\"nl\">"))
        #expect(html.contains("<th>Oud: old.md</th><th>Nieuw: new.md</th><th>Verschil</th>"))
        #expect(html.contains(
            "<th scope=\"row\">Hoogeveen, Vestiging 2011</th><td class=\"old\">1.304</td><td class=\"new\">1.993</td><td class=\"difference\">+689</td>"))
        #expect(html.contains("<td class=\"old\">Naar Hoogeveen verhuisden <del>1.304</del> mensen.</td>"))
        #expect(html.contains("<td class=\"new\">Naar Hoogeveen verhuisden <ins>1.993</ins> mensen.</td>"))
    }

    @Test func hostileCellContentIsEscaped() throws {
        let result = try diff(
            // As the renderer writes them (`<` escaped), and as a hand edit might (not escaped).
            migrationTable(["| \\<script>alert(\"x\")\\</script> | 1 | 2 | 3 |", "| Emmen | a & b | 2 | 3 |"]),
            migrationTable(["| Emmen | <img src=x onerror=alert(1)> | 2 | 3 |"], caption: "Kop <b>vet</b>"))
        let html = HTMLReport().render(result)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("rij &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(html.contains("a &amp; b"))
        #expect(html.contains("&lt;img src=x onerror=alert(1)&gt;"))

        let markdown = MarkdownReport().render(result)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("\\<script\\>"))
    }

    @Test func textReportDoesNotPassTerminalEscapesThrough() throws {
        let result = try diff(migrationTable(["| Emmen | 1 | 2 | 3 |"]), migrationTable(["| Emmen | 1 | \u{1B}[2J | 3 |"]))
        let text = TextReport(usesColor: false).render(result)
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Emmen, Vestiging 2016: 2 → \u{FFFD}[2J"))
    }

    @Test func percentagesDifferInPoints() {
        let change = ValueChange(
            old: NumberParser(convention: .nl).parseValue("57%"), new: NumberParser(convention: .nl).parseValue("60,5%"))
        #expect(ValueWording(oldConvention: .nl, newConvention: .nl, reportConvention: .nl).summary(change) == "57% → 60,5% (+3,5 procentpunt)")
        #expect(ValueWording(oldConvention: .nl, newConvention: .nl, reportConvention: .en).summary(change) == "57% → 60.5% (+3.5 pp)")
    }
}
