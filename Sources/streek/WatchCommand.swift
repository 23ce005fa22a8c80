import ArgumentParser
import Foundation
import StreekOptions

/// `streek watch` runs in its own program, `streek-preview`, next to `streek`: the preview server's
/// network libraries would otherwise be loaded by every `streek` process. This command checks the
/// options, then replaces itself with that program, passing the same arguments.
struct WatchCommand: ParsableCommand {
    static let configuration = WatchOptions.configuration

    @OptionGroup var options: WatchOptions

    func run() throws {
        // After the program path and "watch": the arguments exactly as the user typed them.
        let arguments = Array(CommandLine.arguments.dropFirst().drop { $0 != Self.configuration.commandName }.dropFirst())
        let language = options.render.messages.general
        do {
            try PreviewProgram.replaceProcess(with: try PreviewProgram.locate(), arguments: arguments)
        } catch let error as PreviewProgram.Missing {
            printError(error.message, in: language)
            throw ExitCode.failure
        } catch let error as PreviewProgram.CannotStart {
            printError(error.message, in: language)
            throw ExitCode.failure
        }
    }
}
