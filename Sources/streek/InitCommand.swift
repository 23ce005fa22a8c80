import ArgumentParser
import Foundation
import StreekCore
import StreekOptions

/// `streek init DIR`: a new project with the folders Streek expects, a first notebook and one data file.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new project: Notebooks/, Data/, Rendered/, a .gitignore and a first notebook.",
        discussion: """
            Creates the folder when it does not exist. Refuses, writing nothing, when any of the files or \
            folders it would create is already there.

            Examples:
              streek init mijn-rapport && cd mijn-rapport && streek render
              streek init                # in the current, empty folder
            """
    )

    @Argument(help: "The project folder (default: the current folder).")
    var folder: String = "."

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of messages: nl (default) or en.", valueName: "nl|en"), transform: Language.option)
    var language: Language?

    func run() throws {
        let target = URL(fileURLWithPath: folder, isDirectory: true).standardizedFileURL
        let manager = FileManager.default
        let language = MessageLanguage(flag: language).general
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue {
            printError(Message(nl: "streek init: \(folder) bestaat al en is geen map", en: "streek init: \(folder) exists and is not a folder"), in: language)
            throw ExitCode.failure
        }
        let existing = ProjectTemplate.topLevelNames.filter {
            manager.fileExists(atPath: target.appendingPathComponent($0).path)
        }
        guard existing.isEmpty else {
            let names = existing.joined(separator: ", ")
            printError(Message(nl: "streek init: \(folder) bevat al \(names); er is niets geschreven. Kies een lege of nieuwe map.",
                               en: "streek init: \(folder) already holds \(names); nothing was written. Choose an empty or new folder."), in: language)
            throw ExitCode.failure
        }
        do {
            try write(into: target)
        } catch {
            printError(Message(nl: "streek init: kan het project niet schrijven in \(folder): \(error.localizedDescription)",
                               en: "streek init: cannot write the project into \(folder): \(error.localizedDescription)"), in: language)
            throw ExitCode.failure
        }
        let next = (folder == "." ? "" : "cd \(folder) && ") + "streek render"
        print(Message(nl: """
            Nieuw Streek-project in \(folder):
              Notebooks/eerste-rapport.md   een eerste notebook
              Data/verhuismutaties.csv      een klein gegevensbestand met bron
              Data/README.md                de afspraken voor CSV-bestanden
              Rendered/                     hier komen de rapporten
            Verder: \(next)
            """, en: """
            New Streek project in \(folder):
              Notebooks/eerste-rapport.md   a first notebook
              Data/verhuismutaties.csv      a small data file with its source
              Data/README.md                the conventions for CSV files
              Rendered/                     the reports go here
            Next: \(next)
            """).text(in: language))
    }

    /// Writes every file into a hidden staging folder inside the project first and then moves the
    /// top-level entries into place, so a failure halfway leaves no partial project behind.
    private func write(into target: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: target, withIntermediateDirectories: true)
        let staging = target.appendingPathComponent(".streek-init-\(ProcessInfo.processInfo.processIdentifier).tmp")
        defer { try? manager.removeItem(at: staging) }
        for file in ProjectTemplate.files {
            let url = staging.appendingPathComponent(file.path)
            if file.path.hasSuffix("/") {
                try manager.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url, options: .withoutOverwriting)
            }
        }
        var moved: [URL] = []
        do {
            for name in ProjectTemplate.topLevelNames {
                let destination = target.appendingPathComponent(name)
                try manager.moveItem(at: staging.appendingPathComponent(name), to: destination)
                moved.append(destination)
            }
        } catch {
            for url in moved { try? manager.removeItem(at: url) }
            throw error
        }
    }
}
