import Foundation
import StreekCore
@testable import StreekNotebook

/// A throwaway project folder (Notebooks/, Data/) for end-to-end tests.
struct TestProject {
    let root: URL

    init(data: [String: String] = TestProject.standardData) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("streek-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Notebooks"), withIntermediateDirectories: true)
        for (path, contents) in data {
            try write(contents, to: "Data/" + path)
        }
    }

    func write(_ contents: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: url)
    }

    /// Writes `Notebooks/<name>.md` and renders it in memory.
    func render(_ notebook: String, name: String = "test", parameters: [String: String] = [:]) throws -> NotebookRenderer.Output {
        try write(notebook, to: "Notebooks/\(name).md")
        return try NotebookRenderer(projectRoot: root).render(root.appendingPathComponent("Notebooks/\(name).md"), parameters: parameters)
    }

    /// Renders and returns the error message as a user reading `language` sees it, or nil when the render succeeded.
    func renderError(_ notebook: String, parameters: [String: String] = [:], in language: Language) -> String? {
        do {
            _ = try render(notebook, parameters: parameters)
            return nil
        } catch {
            return error.text(in: language)
        }
    }

    /// The error in English (`--lang en`); most tests of what a message says read it in English.
    func englishError(_ notebook: String, parameters: [String: String] = [:]) -> String? {
        renderError(notebook, parameters: parameters, in: .en)
    }

    /// The error in Dutch, as a user sees it by default.
    func dutchError(_ notebook: String, parameters: [String: String] = [:]) -> String? {
        renderError(notebook, parameters: parameters, in: .nl)
    }

    /// A small slice of the real migration data (OIS Groningen 2018, table 'Verhuismutaties', CBS) and of
    /// the top-15 flows, enough to exercise every stage.
    static let standardData: [String: String] = [
        "migratie/verhuismutaties.csv": """
        # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), tabel Verhuismutaties, §3.1
        # grain: finest
        # title: Vestiging en vertrek
        gemeente,jaar,vestiging,vertrek
        Hoogeveen,2011,1304,1463
        Hoogeveen,2016,1993,2427
        Emmen,2011,2478,2833
        Emmen,2016,3057,3001
        Midden-Drenthe,2011,1092,1055
        Midden-Drenthe,2016,1724,2243

        """,
        "migratie/verhuisstromen.csv": """
        # source: OIS Groningen, Quick scan Verzorgingsgebieden (2018), top-15-tabellen, §3.1
        # grain: finest
        # title: Verhuisde personen
        herkomst,bestemming,periode,personen
        De Wolden,Hoogeveen,2011-2016,966
        Hoogeveen,De Wolden,2011-2016,1138
        Emmen,Hoogeveen,2011-2016,502
        Hoogeveen,Emmen,2011-2016,484

        """,
        "geografie/gemeenten.csv": """
        # source: CBS, Gemeentelijke indeling op 1 januari 2016
        # grain: finest
        # title: Gemeenten
        code,naam,provincie,ring
        GM0118,Hoogeveen,Drenthe,stad
        GM0114,Emmen,Drenthe,stad
        GM1690,De Wolden,Drenthe,drenthe
        GM1731,Midden-Drenthe,Drenthe,drenthe

        """,
        "geografie/herindelingen.csv": """
        # source: CBS, Gemeentelijke herindelingen
        # grain: finest
        # title: Herindelingen
        jaar,oude_code,oude_naam,nieuwe_code,nieuwe_naam

        """,
    ]
}
