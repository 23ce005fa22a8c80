import ArgumentParser
import Foundation
import StreekNotebook

@main
struct Streek: ParsableCommand {
    /// Like `Streek.main()`, except that `streek diff` exits with 2 on any error (a bad option included),
    /// as diff(1) does, so that 1 always means "the files differ".
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if arguments.first != "watch" { ProcessMemory.keepFreedMemory() }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if arguments.first == "diff", code != .success, code != ExitCode(1) {
                let message = fullMessage(for: error)
                if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "streek",
        abstract: "Render reproducible regional-statistics reports from CommonMark notebooks.",
        discussion: """
            A notebook in Notebooks/ mixes narrative, `streek` directives (fenced code blocks that load tables \
            from Data/ and transform them) and live figures (`= tabel.kolom[rij]`). `streek render` writes \
            each notebook to Rendered/ as Markdown and as a self-contained HTML page.

            Examples:
              streek init mijn-rapport                        # a new project with a first notebook
              streek render                                   # every Notebooks/*.md
              streek render Notebooks/verzorgingsgebieden.md --param jaar=2011 --out /tmp/2011
              streek render --all-years                       # one file per supported data year
              streek render --all                             # one file per year and variant (variants stad: …)
              streek check                                    # is Rendered/ up to date?
              streek watch                                    # live preview in the browser
              streek diff /tmp/2011/verzorgingsgebieden.md Rendered/verzorgingsgebieden.md
              streek data Data/cbs/verhuismutaties_statline.csv  # how a data file is read
              streek verbs                                    # the directive language's verbs
            """,
        version: StreekVersion.current,
        subcommands: [InitCommand.self, RenderCommand.self, CheckCommand.self, WatchCommand.self, DiffCommand.self,
                      DataCommand.self, VerbsCommand.self]
    )
}
