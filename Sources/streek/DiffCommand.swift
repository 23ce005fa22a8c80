import ArgumentParser
import Foundation
import StreekDiff

/// `streek diff OLD.md NEW.md`: semantic comparison of two rendered notebooks. All logic lives in
/// StreekDiff; this command only wires options and maps outcomes to diff(1)-style exit codes.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two rendered notebooks: tables cell by cell, prose figure by figure.",
        discussion: """
            Reads two files written by `streek render` (e.g. the same notebook rendered for two data years) \
            and reports what changed: header parameters, tables (matched by anchor, else caption; rows \
            keyed by their first column) with added and removed rows and columns and changed cells with \
            their numeric difference, and prose sentences whose figures changed, under their heading. \
            Figures are written in the new file's number format.

            Exit status: 0 when the files are equal, 1 when they differ, 2 on error.

            Examples:
              streek diff Rendered/scan-2011.md Rendered/scan-2016.md
              streek diff old.md new.md --format md > changes.md
              streek diff old.md new.md --format html > changes.html
              streek diff old.md new.md --color always | less -R
            """
    )

    @Argument(help: "The older rendered Markdown file.")
    var old: String

    @Argument(help: "The newer rendered Markdown file.")
    var new: String

    @Option(help: "Output format: text, md or html.")
    var format: ReportFormat = .text

    @Option(help: "Colour the text report: auto (when writing to a terminal), always or never.")
    var color: ColorMode = .auto

    func run() throws {
        let useColor = color.usesColor(
            outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        let outcome: RenderedDiff.Outcome
        do {
            outcome = try RenderedDiff.run(oldPath: old, newPath: new, format: format, useColor: useColor)
        } catch {
            FileHandle.standardError.write(Data("streek diff: \(error)\n".utf8))
            throw ExitCode(2)
        }
        print(outcome.report, terminator: "")
        if outcome.hasDifferences { throw ExitCode(1) }
    }
}

extension ReportFormat: ExpressibleByArgument {}
extension ColorMode: ExpressibleByArgument {}
