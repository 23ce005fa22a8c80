import Foundation
import StreekCore
import Testing
@testable import StreekNotebook

/// The handleiding's section on error messages quotes what Streek prints for small changes to two example
/// notebooks. These tests make each change, render against the real Data/ and require every quoted line
/// to be real output, so the manual stays true when a message changes.
struct HandleidingMessageTests {
    /// The report of the section: a setup block, a heading on line 7, a table block on lines 9–13 and a
    /// live figure on line 15.
    static func rapport(line10: String = "mutaties = load \"migratie/verhuismutaties.csv\"",
                        line11: String? = "  | filter jaar == $jaar",
                        line12: String = "  | derive saldo = vestiging - vertrek",
                        kind: String = "table", settings: [String] = [],
                        closed: Bool = true,
                        line15: String = "Het saldo van Hoogeveen was `= mutaties.saldo[Hoogeveen]`.") -> String {
        let head = ["# Rapport", "", "```streek setup", "param jaar = 2016", "param stad = \"Hoogeveen\"", "```",
                    "## Verhuizingen", ""]
        let block = ["```streek \(kind)", line10] + (line11.map { [$0] } ?? []) + [line12] + settings + (closed ? ["```"] : [])
        return (head + block + ["", line15, ""]).joined(separator: "\n")
    }

    /// The map example: a map block on lines 3–8.
    static func kaart(line4: String = "stromen = load \"migratie/verhuisstromen.csv\" | filter bestemming == \"Assen\" | align herkomst to 2023",
                      value: String = "personen", outline: String = "Assen") -> String {
        ["# Kaart", "", "```streek map", line4, "value \(value)", "area herkomst", "outline \(outline)", "```", ""].joined(separator: "\n")
    }

    /// Every variant the section describes, as (notebook name, text, parameters).
    static let variants: [(name: String, text: String, parameters: [String: String])] = [
        ("rapport", rapport(line11: "  | fliter jaar == $jaar"), [:]),
        ("rapport", rapport(line12: "  | derive saldo = vestiging - vertrekk"), [:]),
        ("rapport", rapport(line12: "  | change vestiging to vertrekk as verschil, procent"), [:]),
        ("rapport", rapport(line11: "  | filter jaar == $jar"), [:]),
        ("rapport", rapport(line10: "mutaties = load \"migratie/verhuismutatie.csv\""), [:]),
        ("rapport", rapport(line11: "  | partners of \"Hogeveen\""), [:]),
        ("rapport", rapport(line15: "Het saldo van Hoogeveen was `= mutaties.saldo[Hogeveen]`."), [:]),
        ("rapport", rapport(line11: "  | filter gemeente == Emmen"), [:]),
        ("rapport", rapport(settings: ["captoin \"Saldo\""]), [:]),
        ("rapport", rapport(settings: ["format saldo decimal 1"]), [:]),
        ("rapport", rapport(line15: "Het saldo van Hoogeveen was `= mutaties.saldo[$stad]`."), ["stad": "Hogeveen"]),
        ("rapport", rapport(line11: "  | filter gemeente == $stad"), ["stad": "Hogeveen"]),
        ("rapport", rapport(line11: nil, line15: "Het saldo van Hoogeveen was `= mutaties.saldo[Hoogeveen]`."), [:]),
        ("rapport", rapport(settings: ["mutaties = load \"migratie/verhuismutaties.csv\""]), [:]),
        ("rapport", rapport(kind: "", settings: ["caption \"Saldo\""]), [:]),
        ("rapport", rapport(closed: false), [:]),
        ("rapport", rapport(kind: "chart", settings: ["y gemeente"]), [:]),
        ("rapport", rapport(kind: "chart", settings: ["y sald"]), [:]),
        ("rapport", rapport(line11: "  | filter jaar == 2020", kind: "chart"), [:]),
        ("rapport", rapport(line11: "  | filter jaar == $jaar or jaar == 2011", kind: "chart",
                            settings: ["type line", "x jaar", "series gemeente", "index 2010"]), [:]),
        ("rapport", rapport(line11: "  | filter jaar == $jaar or gemeente != \"Emmen\"", kind: "chart",
                            settings: ["type line", "x jaar", "series gemeente", "index 2011"]), [:]),
        ("rapport", rapport(line15: "Zie `#mutaites`; het saldo was `= mutaties.saldo[Hoogeveen]`."), [:]),
        ("rapport", rapport(line15: "Zie `#mutaties`; het saldo was `= mutaties.saldo[Hoogeveen]`."), [:]),
        ("rapport", rapport(line15: "Zie [boven](#verhuizing)."), [:]),
        ("kaart", kaart(outline: "Asen"), [:]),
        ("kaart", kaart(value: "bestemming"), [:]),
        ("kaart", kaart(line4: "stromen = load \"migratie/verhuisstromen.csv\" | align herkomst to 2023"), [:]),
        ("kaart", kaart(line4: "stromen = load \"migratie/verhuisstromen.csv\" | filter bestemming == \"Assen\""), [:]),
        ("kaart", kaart(outline: "GM9999"), [:]),
    ]

    /// Every message line the variants produce, in `language`.
    static func messages(in language: Language) -> Set<String> {
        let renderer = NotebookRenderer(projectRoot: HandleidingTests.projectRoot)
        var lines: Set<String> = []
        for variant in variants {
            do {
                _ = try renderer.render(bytes: Array(variant.text.utf8), path: "Notebooks/\(variant.name).md",
                                        parameters: variant.parameters, baseName: variant.name)
            } catch {
                lines.formUnion(error.text(in: language).split(separator: "\n").map(String.init))
            }
        }
        return lines
    }

    /// The lines of the handleiding's section "Foutmeldingen" that quote a message of an example notebook.
    static func quotedMessages(_ label: String) throws -> [String] {
        let source = try HandleidingTests.source()
        let section = source.components(separatedBy: "\n## Foutmeldingen\n").last?.components(separatedBy: "\n## ").first ?? ""
        return section.split(separator: "\n").map(String.init).filter {
            ($0.hasPrefix("Notebooks/rapport.md:") || $0.hasPrefix("Notebooks/kaart.md:")) && $0.contains(": \(label): ")
        }
    }

    @Test func everyQuotedDutchMessageIsRealOutput() throws {
        let produced = Self.messages(in: .nl)
        let quoted = try Self.quotedMessages("fout")
        #expect(quoted.count >= 20)
        for line in quoted {
            #expect(produced.contains(line), "not produced: \(line)")
        }
    }

    @Test func everyQuotedEnglishMessageIsRealOutput() throws {
        let produced = Self.messages(in: .en)
        let quoted = try Self.quotedMessages("error")
        #expect(!quoted.isEmpty)
        for line in quoted {
            #expect(produced.contains(line), "not produced: \(line)")
        }
    }

    /// Messages the handleiding quotes about itself (`Notebooks/handleiding.md:64:1: fout: --param stad=Emen …`):
    /// rendering the handleiding with that parameter must print exactly that line, position included.
    @Test func everyQuotedMessageAboutTheHandleidingItselfIsRealOutput() throws {
        let quoted = try HandleidingTests.source().split(separator: "\n").map(String.init)
            .filter { $0.hasPrefix("Notebooks/handleiding.md:") && $0.contains(": fout: --param ") }
        #expect(!quoted.isEmpty)
        for line in quoted {
            let assignment = try #require(line.firstMatch(of: /--param (\w+)=(\w+)/))
            var printed = ""
            do {
                _ = try NotebookRenderer(projectRoot: HandleidingTests.projectRoot)
                    .render(HandleidingTests.notebookURL, parameters: [String(assignment.1): String(assignment.2)])
            } catch {
                printed = error.text(in: .nl)
            }
            #expect(printed.split(separator: "\n").contains { $0 == line }, "not produced: \(line); got: \(printed)")
        }
    }

    @Test(.disabled("prints the messages while writing the handleiding")) func printMessages() {
        for line in Self.messages(in: .nl).sorted() { print(line) }
        for line in Self.messages(in: .en).sorted() { print(line) }
    }
}
