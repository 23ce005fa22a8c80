import ArgumentParser
import Foundation
import StreekCore
import StreekNotebook
import StreekOptions

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check that Rendered/ is what a render would produce now.",
        discussion: """
            Renders in memory and compares byte for byte with the files on disk. Exits non-zero and names \
            every stale or missing file; writes nothing. Year and variant renders (render --all or \
            --all-years) that are in the folder are checked too; with --all or --all-years every \
            combination must be there.

            Examples:
              streek check
              streek check Notebooks/verzorgingsgebieden.md
            """
    )

    @OptionGroup var options: RenderOptions

    @Option(help: "Folder with the rendered files (default: Rendered/ in the project).")
    var out: String?

    func run() throws {
        let renderer = NotebookRenderer(projectRoot: options.projectRoot)
        let folder = options.outputFolder(out)
        var problems = 0
        for (job, renderFlag) in try options.jobsToCheck(renderer: renderer, in: folder) {
            let language = options.messages.forNotebook(job.notebook, renderer)
            let command = "streek render \(renderer.displayPath(of: job.notebook))" + (renderFlag.map { " " + $0 } ?? "")
            do {
                let rendered = try renderer.render(job.notebook, parameters: job.parameters, baseName: job.baseName)
                for file in rendered.files {
                    let url = folder.appendingPathComponent(file.path)
                    let current = try? Data(contentsOf: url)
                    if current == nil {
                        problems += 1
                        printError(Message(nl: "ontbreekt: \(renderer.displayPath(of: url))",
                                           en: "missing: \(renderer.displayPath(of: url))"), in: language)
                    } else if current != Data(file.contents) {
                        problems += 1
                        printError(Message(nl: "verouderd: \(renderer.displayPath(of: url)) (voer uit: \(command))",
                                           en: "stale: \(renderer.displayPath(of: url)) (run: \(command))"), in: language)
                    }
                }
                for leftover in OutputWriter.leftoverFigures(in: folder, baseName: job.baseName, keeping: rendered.files) {
                    problems += 1
                    printError(Message(nl: "overgebleven: \(renderer.displayPath(of: leftover)) (voer uit: \(command))",
                                       en: "left over: \(renderer.displayPath(of: leftover)) (run: \(command))"), in: language)
                }
            } catch {
                problems += 1
                printError(error, in: language)
            }
        }
        if problems > 0 { throw ExitCode.failure }
        print(Message(nl: "Rendered/ is actueel.", en: "Rendered/ is up to date.").text(in: options.messages.general))
    }
}
