import ArgumentParser
import Foundation
import StreekCore
import StreekNotebook

extension Language {
    /// Reads `--lang` (every command's): nl or en. Anything else is an error in Dutch, the default, since
    /// no language is known yet.
    public static func option(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text) else {
            throw ValidationError(Message(nl: "--lang verwacht nl of en, niet '\(text)'", en: "--lang expects nl or en, not '\(text)'").text(in: .nl))
        }
        return language
    }
}

/// The edge where messages get their language: `--lang` when given, else the notebook's own (`numbers en`),
/// else Dutch. Errors and warnings keep both texts until they are printed here.
public struct MessageLanguage {
    public var flag: Language?

    public init(flag: Language?) { self.flag = flag }

    /// For lines about one notebook: its declared language unless `--lang` overrides it.
    public func forNotebook(_ notebook: URL, _ renderer: NotebookRenderer) -> Language {
        flag ?? (try? renderer.declaredLanguage(of: notebook)) ?? .nl
    }

    /// For lines about no notebook in particular.
    public var general: Language { flag ?? .nl }
}

/// Prints a message on stderr in the chosen language.
public func printError(_ message: Message, in language: Language) {
    printError(message.text(in: language))
}

/// Prints an error on stderr in the chosen language.
public func printError(_ error: any Error, in language: Language) {
    printError(error.text(in: language))
}
