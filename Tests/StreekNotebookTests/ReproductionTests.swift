import Foundation
import Testing
import StreekCore
import StreekNotebook

/// Renders Notebooks/verzorgingsgebieden.md and lays every figure the 2018 quick scan published
/// (Data/published/quickscan_2018.csv and quickscan_2018_tekst.csv) next to the figure the notebook
/// computes. The published ids (tabel, kolom, rij) are the notebook's binding names, column names and row
/// keys; the few exceptions are listed below. A difference fails unless Data/published/inconsistenties.csv
/// lists it, and every listed difference must still be there.
struct ReproductionTests {
    /// Three levels above this file; symlinks resolved, so a private build package that links the file in
    /// still finds the project.
    static let projectRoot = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let notebookPath = "Notebooks/verzorgingsgebieden.md"

    /// Published columns whose notebook column has another name.
    static let columnNames: [String: String] = [
        // The text quotes the binding next to the spending; the notebook shows the table's non-daily binding.
        "bestedingen_niet_dagelijks.binding_in_tekst": "binding_niet_dagelijks",
    ]
    /// Published row labels that are neither an official name nor an alias in Data/geografie.
    static let rowNames: [String: String] = [
        "Drenthe buiten de prov.": "Drenthe (buiten de provincie)",
    ]
    /// Published cells the notebook does not reproduce, with the reason.
    static let skipped: [String: String] = [
        "aankopen_buiten_provincie|Noordenveld|pct_buiten_provincie": "'bijna 40' is no exact figure; Data/ keeps no value for it",
        "aankopen_buiten_provincie|Tynaarlo|pct_buiten_provincie": "'bijna 40' is no exact figure; Data/ keeps no value for it",
    ]
    /// Entries of inconsistenties.csv about the source's own text or plausibility, not about a cell the
    /// notebook computes differently: there the notebook must agree with the published cell.
    static let listedButReproduced: Set<String> = [
        "verhuismutaties|Drenthe totaal|vestiging_2016",   // a mixture of years, the sum itself is right
        "vo_leerlingen_assen|Tynaarlo|leerlingen",           // the prose contradicts itself, the table is right
        "vo_leerlingen_emmen|Emmen|leerlingen",              // a doubt about the unit
        "theaters|Hoogeveen|capaciteit",                     // the prose range, not the table, is off
        "tweede_derde_aankoopgemeente|Assen|orientatie_3e",  // differs from §3.4, not from the notebook
    ]

    struct Cell { var tabel, rij, kolom: String; var waarde: Value; var key: String { "\(tabel)|\(rij)|\(kolom)" } }

    // MARK: Published figures

    @Test func everyPublishedFigureIsReproduced() throws {
        let output = try Self.render(Self.projectRoot)
        let listed = try Self.listedInconsistencies()
        let aliases = try Self.aliases()
        var checked = 0, skipped = 0, knownMismatches = 0
        let cells = try Self.cells("published/quickscan_2018.csv") + Self.cells("published/quickscan_2018_tekst.csv")
        for cell in cells {
            if Self.skipped[cell.key] != nil { skipped += 1; continue }
            if cell.tabel == "ontwikkeling_woon_werk" {
                let (computed, published) = try Self.developmentNames(cell, in: output.evaluated, aliases: aliases)
                #expect(computed == published, "\(cell.key): published \(published.sorted()), notebook \(computed.sorted())")
                checked += 1
                continue
            }
            let computed: Value
            do {
                computed = try Self.computed(cell, in: output.evaluated, aliases: aliases)
            } catch {
                Issue.record("\(cell.key): not found in the notebook: \(error)")
                checked += 1
                continue
            }
            let same = Self.agrees(computed, with: cell)
            if listed.contains(cell.key) {
                if Self.listedButReproduced.contains(cell.key) {
                    #expect(same, "\(cell.key): listed as a doubt about the source, but the notebook gives \(computed)")
                } else {
                    #expect(!same, "\(cell.key) is listed in inconsistenties.csv but the notebook now agrees (\(computed)); update the list")
                    knownMismatches += 1
                }
            } else {
                #expect(same, "\(cell.key): published \(cell.waarde), notebook \(computed)")
            }
            checked += 1
        }
        #expect(checked + skipped == cells.count)
        #expect(skipped == Self.skipped.count, "a skip reason names a cell that is not published")
        #expect(knownMismatches == 3)
        #expect(checked > 500)
    }

    // MARK: Behaviour

    /// The migration chapter follows the data year; 2011 is real data, not 2016 relabelled.
    @Test func migrationFollowsTheDataYear() throws {
        let url = Self.projectRoot.appendingPathComponent(Self.notebookPath)
        let renderer = NotebookRenderer(projectRoot: Self.projectRoot)
        let years = try #require(try renderer.dataYears(of: url))
        #expect(years.parameter == "jaar")
        #expect(years.years == ["2011", "2016"])
        let early = try renderer.render(url, parameters: ["jaar": "2011"])
        let late = try renderer.render(url, parameters: ["jaar": "2016"])
        let full = try late.evaluated.cell("verhuismutaties", "vestiging_2011", ["Hoogeveen"])
        #expect(try early.evaluated.cell("mutaties", "vestiging", ["Hoogeveen"]) == full)
        #expect(try late.evaluated.cell("mutaties", "vestiging", ["Hoogeveen"]) == late.evaluated.cell("verhuismutaties", "vestiging_2016", ["Hoogeveen"]))
        #expect(early.markdown.contains("| Hoogeveen | 1.304 |"))
        #expect(late.markdown.contains("| Hoogeveen | 1.993 |"))
        #expect(!early.markdown.contains("Geen gegevens voor"))
    }

    /// A source figure flows into every figure derived from it.
    @Test func changingASourceFigureMovesTheDerivedFigures() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("streek-reproduction-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: copy) }
        try FileManager.default.createDirectory(at: copy.appendingPathComponent("Notebooks"), withIntermediateDirectories: true)
        // Resolve links first: copying a linked Data/ would copy the link, and the edit below would hit the real file.
        try FileManager.default.copyItem(at: Self.projectRoot.appendingPathComponent("Data").resolvingSymlinksInPath(), to: copy.appendingPathComponent("Data"))
        try FileManager.default.copyItem(at: Self.projectRoot.appendingPathComponent(Self.notebookPath), to: copy.appendingPathComponent(Self.notebookPath))
        let file = copy.appendingPathComponent("Data/migratie/verhuismutaties.csv")
        let original = try String(contentsOf: file, encoding: .utf8)
        let before = try Self.render(Self.projectRoot).evaluated
        let vestiging = try #require(try before.cell("verhuismutaties", "vestiging_2016", ["Hoogeveen"]).number)
        let vertrek = try #require(try before.cell("verhuismutaties", "vertrek_2016", ["Hoogeveen"]).number)
        let row = "Hoogeveen,2016,2016,\(Int(vestiging)),\(Int(vertrek))"
        #expect(original.contains(row))
        try original.replacingOccurrences(of: row, with: "Hoogeveen,2016,2016,\(Int(vestiging) + 100),\(Int(vertrek))")
            .write(to: file, atomically: true, encoding: .utf8)

        let untouched = try String(contentsOf: Self.projectRoot.appendingPathComponent("Data/migratie/verhuismutaties.csv"), encoding: .utf8)
        try #require(untouched == original, "the project's own data file changed; only the copy may")

        let after = try Self.render(copy).evaluated
        func moved(_ table: String, _ column: String, _ row: String) throws -> Double {
            let old = try #require(try before.cell(table, column, [row]).number)
            let new = try #require(try after.cell(table, column, [row]).number)
            return new - old
        }
        #expect(try moved("verhuismutaties", "saldo_2016", "Hoogeveen") == 100)
        #expect(try moved("verhuismutaties", "vestiging_2016", "Drenthe totaal") == 100)
        #expect(try moved("verhuismutaties", "saldo_2016", "Drenthe totaal") == 100)
        #expect(try moved("mutaties", "saldo", "Hoogeveen") == 100)
        #expect(try moved("verhuismutaties", "saldo_2011", "Hoogeveen") == 0)
    }

    /// The Verantwoording's file table must tell the truth: every listed file exists with that grain, and
    /// every file the notebook loads (apart from the reference files) is listed.
    @Test func fileOverviewMatchesTheDataFiles() throws {
        let data = Self.projectRoot.appendingPathComponent("Data")
        let overview = try Self.readAsText(data.appendingPathComponent("bronnen/quickscan_2018_bestanden.csv"), "jaren")
        let files = try overview.column("bestand"), grains = try overview.column("grain")
        var listed: Set<String> = []
        for row in 0..<overview.rowCount {
            let path = try #require(files[row].text)
            listed.insert(path)
            let table = try CSVReader.read(contentsOf: data.appendingPathComponent(path))
            #expect(table.metadata.grain == grains[row].text, "\(path): grain differs from its # grain: line")
        }
        let source = try String(contentsOf: Self.projectRoot.appendingPathComponent(Self.notebookPath), encoding: .utf8)
        let loaded = Set(source.matches(of: /load "([^"]+)"/).map { String($0.1) })
            .filter { !$0.hasPrefix("published/") && !$0.hasPrefix("bronnen/") }
        #expect(!loaded.isEmpty)
        #expect(loaded.subtracting(listed).isEmpty, "loaded but not in the overview: \(loaded.subtracting(listed).sorted())")
    }

    // MARK: Helpers

    static func render(_ root: URL) throws -> NotebookRenderer.Output {
        try NotebookRenderer(projectRoot: root).render(root.appendingPathComponent(notebookPath))
    }

    static func cells(_ path: String) throws -> [Cell] {
        let table = try CSVReader.read(contentsOf: projectRoot.appendingPathComponent("Data").appendingPathComponent(path))
        let tabel = try table.column("tabel"), rij = try table.column("rij"), kolom = try table.column("kolom"), waarde = try table.column("waarde")
        return (0..<table.rowCount).map {
            Cell(tabel: tabel[$0].text ?? "", rij: rij[$0].text ?? "", kolom: kolom[$0].text ?? "", waarde: waarde[$0])
        }
    }

    /// Keys "tabel|rij|kolom" of the listed inconsistencies that name a cell.
    static func listedInconsistencies() throws -> Set<String> {
        let table = try Self.readAsText(projectRoot.appendingPathComponent("Data/published/inconsistenties.csv"), "gepubliceerd")
        let tabel = try table.column("tabel"), rij = try table.column("rij"), kolom = try table.column("kolom")
        return Set((0..<table.rowCount).compactMap { row in
            guard let t = tabel[row].text, let r = rij[row].text, let k = kolom[row].text else { return nil }
            return "\(t)|\(r)|\(k)"
        })
    }

    /// Spellings in the source → official name (Data/geografie/gemeentenamen_alias.csv).
    static func aliases() throws -> [String: String] {
        let table = try CSVReader.read(contentsOf: projectRoot.appendingPathComponent("Data/geografie/gemeentenamen_alias.csv"))
        let alias = try table.column("alias"), name = try table.column("naam")
        return Dictionary(uniqueKeysWithValues: (0..<table.rowCount).map { (alias[$0].text ?? "", name[$0].text ?? "") })
    }

    /// The text names the home municipalities from which more (toename) or fewer (afname) people work in
    /// a city; the notebook has them as a matrix. Compared as sets, names through the alias list.
    static func developmentNames(_ cell: Cell, in evaluated: EvaluatedNotebook, aliases: [String: String]) throws -> (Set<String>, Set<String>) {
        let table = try #require(evaluated.tables["ontwikkeling_woon_werk"])
        let column = try table.column("richting_\(cell.rij)"), places = try table.column("woongemeente")
        let computed = Set((0..<table.rowCount).filter { column[$0] == .text(cell.kolom) }.compactMap { places[$0].text })
        // "omliggende gemeenten" (Emmen) names no municipality; Data/ leaves it out on purpose (see its note).
        let names = (cell.waarde.text ?? "").components(separatedBy: ", ").filter { $0 != "omliggende gemeenten" }
        return (computed, Set(names.map { aliases[$0] ?? $0 }))
    }

    /// The notebook's value for a published cell; text cells in a notation (capacity, hall count) are
    /// rebuilt from the numbers the notebook holds.
    static func computed(_ cell: Cell, in evaluated: EvaluatedNotebook, aliases: [String: String]) throws -> Value {
        let row = rowNames[cell.rij] ?? cell.rij
        let key = evaluated.tables[cell.tabel].map { table in
            (try? evaluated.cell(cell.tabel, table.columnNames[0], [row])) != nil ? row : (aliases[row] ?? row)
        } ?? row
        func value(_ column: String) throws -> Value { try evaluated.cell(cell.tabel, column, [key]) }
        switch (cell.tabel, cell.kolom) {
        case ("theaters", "capaciteit"):
            let first = try value("capaciteit_zaal_1").number.map { "\(Int($0))" } ?? ">\(Int(try value("capaciteit_zaal_1_ondergrens").number ?? 0))"
            return .text(try value("capaciteit_zaal_2").number.map { "\(first)+\(Int($0))" } ?? first)
        case ("theaters", "informatie"):
            let halls = Int(try value("zalen").number ?? 0)
            let remark = try value("opmerking").text ?? ""
            return .text("\(halls) \(halls == 1 ? "zaal" : "zalen")" + (remark.isEmpty ? "" : ", \(remark)"))
        case ("grootste_verhuisstroom_buiten", "ook_veel"):
            return try value("ook_veel")
        default:
            return try value(columnNames["\(cell.tabel).\(cell.kolom)"] ?? cell.kolom)
        }
    }

    /// Numbers agree at the published precision; texts agree up to a capital at the start ("Buiten
    /// Drenthe") and the source's spellings of names ("Den Haag"); "x" marks the diagonal (no value).
    static func agrees(_ computed: Value, with cell: Cell) -> Bool {
        switch cell.waarde {
        case .number(let published):
            guard let number = computed.number else { return false }
            let decimals = (0...3).first { (published * pow(10, Double($0))).rounded() == published * pow(10, Double($0)) } ?? 3
            let scale = pow(10, Double(decimals))
            return (number * scale).rounded(.toNearestOrAwayFromZero) == (published * scale).rounded()
        case .text(let published):
            if published == "x" { return computed.isMissing }
            guard let text = computed.text else { return false }
            let aliases = (try? Self.aliases()) ?? [:]
            let normalise = { (s: String) -> String in
                let names = s.components(separatedBy: ", ").map { aliases[$0] ?? $0 }.joined(separator: ", ")
                return names.prefix(1).uppercased() + names.dropFirst()
            }
            return normalise(text) == normalise(published)
        case .missing:
            return computed.isMissing
        }
    }

    /// A data file whose column mixes numbers and text, read as the notebook's load line reads it.
    static func readAsText(_ url: URL, _ column: String) throws -> Table {
        var options = LoadOptions()
        options.textColumns = [column]
        return try CSVImport.read(contentsOf: url, options: options).table
    }
}
