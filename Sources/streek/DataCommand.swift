import ArgumentParser
import Foundation
import StreekCore
import StreekNotebook
import StreekOptions

struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show how Streek reads a data file: dialect, columns, missing values, first rows, the load line.",
        discussion: """
            Examples:
              streek data Data/cbs/verhuismutaties_statline.csv
              streek data ~/Downloads/bevolking.csv --rows 10
            """
    )

    @Argument(help: "A CSV file.")
    var file: String

    @Option(help: "How many rows to show.")
    var rows = 5

    @Option(help: "Project folder with Data/ (default: the current folder).")
    var project: String = "."

    @Option(name: .customLong("lang"), help: ArgumentHelp("Language of error messages: nl (default) or en.", valueName: "nl|en"), transform: Language.option)
    var language: Language?

    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let url = URL(fileURLWithPath: file, relativeTo: cwd).standardizedFileURL
        do {
            print(try DataOverview.describe(url, projectRoot: URL(fileURLWithPath: project, relativeTo: cwd).standardizedFileURL, rows: rows))
        } catch {
            let language = MessageLanguage(flag: self.language).general
            printError((language == .nl ? "fout: " : "error: ") + error.text(in: language))
            throw ExitCode.failure
        }
    }
}
