import Testing
import StreekCore
@testable import StreekNotebook

@Suite("Directive language")
struct DirectiveLanguageTests {
    private func program(_ body: String, kind: DirectiveKind = .table) throws -> DirectiveProgram {
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            DirectiveLine(text: String($1), position: SourcePosition(line: $0 + 2, column: 1))
        }
        return try DirectiveParser.parse(DirectiveBlock(kind: kind, position: SourcePosition(line: 1, column: 1), lines: lines,
                                                        replacedBytes: 0..<0, containerPrefix: ""))
    }

    private func message(_ body: String, kind: DirectiveKind = .table) -> String? {
        do {
            _ = try program(body, kind: kind)
            return nil
        } catch let error as LocatedError {
            return "\(error.position): \(error.message.en)"
        } catch {
            return "\(error)"
        }
    }

    @Test func pipelineWithContinuationLinesAndSettings() throws {
        let parsed = try program("""
            saldi = load "migratie/verhuismutaties.csv"   # een opmerking
              | filter jaar == $jaar
              | derive saldo = vestiging - vertrek
              | sort saldo desc, gemeente
            caption "Saldo {$jaar}"
            columns gemeente "Gemeente", saldo "Saldo"
            format saldo signed
            """)
        #expect(parsed.pipelines.count == 1)
        #expect(parsed.pipelines[0].name == "saldi")
        #expect(parsed.pipelines[0].steps.map { type(of: $0.verb).name } == ["filter", "derive", "sort"])
        #expect(parsed.pipelines[0].steps[1].position == SourcePosition(line: 4, column: 5))
        #expect(parsed.presentation.columns == ["gemeente", "saldo"])
        #expect(parsed.presentation.labels["saldo"]?.parts.count == 1)
        #expect(parsed.presentation.styles["saldo"] == NumberStyle(signed: true))
    }

    @Test func onePipelineOnOneLine() throws {
        let parsed = try program("t = load \"a.csv\" | top 3 by x | select a, x as y")
        #expect(parsed.pipelines[0].steps.count == 2)
    }

    @Test func everyVerbParsesItsDocumentedExample() throws {
        let examples = [
            "filter jaar == 2016 and not (gemeente in (\"A\", \"B\"))", "select a, b as c", "drop a, b", "rename a as b",
            "derive s = a - b, t = s * 2", "group g: n = count(), s = sum(x)", "group: s = sum(x)", "join left other on a, b",
            "join anti other on a", "join (from x | filter a > 1) on a", "join cross other", "append other", "sort a desc, b", "rank a desc as r", "top 15 by totaal", "top 3",
            "totals \"Totaal\" in g for a, b", "percent a as p decimals 1", "spread jaar: a, b", "gather a, b into k, v",
            "spread jaar: a order 2016, x fill 0", "key g, jaar", "partners of \"Hoogeveen\" from h to b count n", "partners of $stad", "balance by periode",
            "geo gemeente", "align gemeente to 2019", "rate a per 1000 of b as r", "share a of b as s",
            "change a to b as d, p", "index a by jaar base 2011 per g as i", "top 3 by a asc with ties",
            "recode g \"a\" as \"b\", 1 as 2 else missing", "recode g into h \"a\" as \"b\"",
            "orientation from h to b value n ranks 2, 3 tolerance 100", "composite a, b, c as score",
        ]
        for example in examples {
            #expect(message("t = from x\n  | \(example)") == nil, "\(example)")
        }
        let documented = Set(examples.map { String($0.prefix { $0.isLetter }) })
        #expect(documented == Set(VerbCatalogue.names))
    }

    @Test func unknownVerbIsReportedAtTheVerbWithASuggestion() {
        #expect(message("t = load \"a.csv\"\n  | fliter x > 1") == "3:5: unknown verb 'fliter'; did you mean 'filter'?")
    }

    @Test func badArgumentsSayWhatWasExpected() {
        #expect(message("t = from x | top drie")?.contains("expected the number of rows (a whole number), found 'drie'") == true)
        #expect(message("t = from x | rank a desc")?.contains("expected 'as'") == true)
        #expect(message("t = from x | top 3 extra")?.contains("unexpected 'extra' in 'top'; usage: top N [per KOLOM, …] [by KOLOM [asc]] [with ties]") == true)
        #expect(message("t = from x | filter \"open")?.contains("string is not closed") == true)
    }

    @Test func settingsBelongToTheirKindOfBlock() {
        #expect(message("caption \"x\"", kind: .silent)?.contains("'caption' is a setting of 'streek table' blocks") == true)
        #expect(message("text \"x\"", kind: .table)?.contains("'text' is a setting of 'streek text' blocks") == true)
        #expect(message("parm jaar = 2016", kind: .setup)?.contains("did you mean 'param'?") == true)
    }

    @Test func setupDeclaresParametersYearsAndNumberFormat() throws {
        let setup = try program("param jaar = 2016\nparam stad = \"Emmen\"\nyears jaar: 2011, 2016\nnumbers en", kind: .setup).setup
        #expect(setup.parameters.map(\.name) == ["jaar", "stad"])
        #expect(setup.parameters[1].value == .text("Emmen"))
        #expect(setup.dataYears?.parameter == "jaar")
        #expect(setup.dataYears?.years == [.number(2011), .number(2016)])
        #expect(setup.numberFormat == .en)
    }

    @Test func verbAtStatementStartExplainsPipelines() {
        #expect(message("filter x > 1")?.contains("'filter' is a verb; a pipeline starts with load") == true)
    }

    @Test func templatesSplitTextAndHoles() throws {
        let template = try Template(parsing: "Saldo {saldo as signed} in $jaar {{x}}", at: SourcePosition(line: 1, column: 1))
        #expect(template.parts.count == 5)
        if case .hole(_, let style) = template.parts[1] { #expect(style.signed) } else { Issue.record("expected a hole") }
        if case .text(let text) = template.parts[4] { #expect(text == " {x}") } else { Issue.record("expected text") }
    }
}
