import ArgumentParser
import StreekNotebook

struct VerbsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verbs",
        abstract: "List the verbs of the directive language with their syntax.",
        discussion: "Notebooks/handleiding.md documents each verb with a live example."
    )

    func run() {
        for verb in DirectiveLanguage.verbs {
            print("\(verb.usage)\n    \(verb.summary)")
        }
    }
}
