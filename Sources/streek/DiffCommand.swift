import ArgumentParser
import Foundation
import StreekCore
import StreekDiff
import StreekDocument
import StreekOptions

/// `streek diff OLD.md NEW.md`: semantic comparison of two rendered notebooks. All logic lives in
/// StreekDiff; this command only wires options and maps outcomes to diff(1)-style exit codes.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two rendered notebooks: tables cell by cell, prose figure by figure.",
        discussion: """
            Compares two renders of `streek render` (e.g. the same notebook for two data years). When both \
            have a sidecar (x.json beside x.md; a .json may also be given directly) the typed data is \
            compared: tables by their name, rows by their key columns (else the first text column with \
            unique values; never by position or rank), columns by id (a label with the year in it does not \
            matter), numbers raw with their difference (percentage points for percentages), and live \
            figures by expression, shown in their sentence. The report starts with a summary and the \
            largest relative changes. Renders without a sidecar are read back from their Markdown.

            --rev REV reads the old side from a git revision without checking it out, so \
            `streek diff --rev HEAD Rendered/x.md` shows what a re-render changed.

            The report is in Dutch; --lang en writes it in English (the default when both renders used \
            `numbers en`). Numbers follow the report's language.

            Exit status: 0 when the renders are equal, 1 when they differ (after --threshold), 2 on error.

            Examples:
              streek diff /tmp/2011/verzorgingsgebieden.md Rendered/verzorgingsgebieden.md
              streek diff --rev HEAD~1 Rendered/verzorgingsgebieden.md
              streek diff old.md new.md --threshold 5% --format md > changes.md
              streek diff old.md new.md --format html > changes.html
              streek diff old.md new.md --lang en
              streek diff old.md new.md --color always | less -R
            """
    )

    @Argument(help: "The older render (x.md or its sidecar x.json); with --rev, the file in that revision.")
    var old: String

    @Argument(help: "The newer render (default with --rev: the same file as it is now).")
    var new: String?

    /// As git's external diff driver, git passes: path old-file old-hex old-mode new-file new-hex new-mode.
    @Argument(help: .hidden)
    var gitArguments: [String] = []

    @Flag(name: .customLong("git-driver"), help: ArgumentHelp(
        "Run as git's diff driver for Rendered/*.json (see the handleiding); always exits 0 unless an error occurs."))
    var gitDriver = false

    @Option(name: .customLong("rev"), help: ArgumentHelp("Read the old render from this git revision.", valueName: "REV"))
    var revision: String?

    @Option(help: ArgumentHelp("Leave out numeric changes smaller than this: an amount (10) or a relative change (5%).", valueName: "size"))
    var threshold: String?

    @Option(help: "Output format: text, md or html.")
    var format: ReportFormat = .text

    @Option(help: "Colour the text report: auto (when writing to a terminal), always or never.")
    var color: ColorMode = .auto

    @Option(name: .customLong("lang"), help: ArgumentHelp("The report's language: nl or en (default nl; en when both renders are English).", valueName: "nl|en"),
            transform: Language.option)
    var language: Language?

    /// Messages before the renders are read: in the language asked for, else Dutch.
    private var wording: DiffWording { .of(language ?? .nl) }

    func run() throws {
        let useColor = color.usesColor(
            outputIsTerminal: isatty(STDOUT_FILENO) == 1, environment: ProcessInfo.processInfo.environment)
        let outcome: RenderedDiff.Outcome
        do {
            let options = RenderedDiff.Options(format: format, useColor: useColor, threshold: threshold.flatMap(Threshold.init(parsing:)),
                                               oldRevision: revision, language: language)
            if gitDriver {
                // old = the path in the repository, new = the old file, gitArguments = old-hex old-mode new-file …
                guard let oldFile = new, gitArguments.count == 5 else { throw ValidationError(wording.gitDriverArguments) }
                outcome = try RenderedDiff.gitDriver(path: old, oldFile: oldFile, newFile: gitArguments[2], options: options)
                print(outcome.report, terminator: "")
                return
            }
            outcome = try RenderedDiff.run(oldPath: old, newPath: new ?? old, options: options)
        } catch {
            let message = (error as? RenderedDocumentError)?.message(in: wording.language) ?? "\(error)"
            FileHandle.standardError.write(Data("streek diff: \(message)\n".utf8))
            throw ExitCode(2)
        }
        print(outcome.report, terminator: "")
        if outcome.hasDifferences { throw ExitCode(1) }
    }

    func validate() throws {
        if new == nil, revision == nil { throw ValidationError(wording.needTwoRenders) }
        if !gitDriver, !gitArguments.isEmpty { throw ValidationError(wording.atMostTwoRenders) }
        if let threshold, Threshold(parsing: threshold) == nil { throw ValidationError(wording.badThreshold(threshold)) }
    }
}

extension ReportFormat: ExpressibleByArgument {}

extension ColorMode: ExpressibleByArgument {}
