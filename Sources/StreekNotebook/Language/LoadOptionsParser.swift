import StreekCore

/// The options after `load "bestand.csv"` that say how the file is written, where detection should
/// not decide (see the handleiding, "Gegevens van CBS StatLine"):
///
///     load "cbs/bevolking.csv" separator ";" decimal "," thousands "." encoding "windows-1252"
///       missing "n.b." text regiocode number inwoners names snake_case
enum LoadOptionsParser {
    static let words = ["separator", "decimal", "thousands", "encoding", "missing", "text", "number", "names"]

    static func parse(_ cursor: inout TokenCursor) throws -> LoadOptions {
        var options = LoadOptions()
        while let word = cursor.current.identifier, words.contains(word) {
            cursor.advance()
            switch word {
            case "separator":
                if cursor.skip(word: "tab") { options.separator = UInt8(ascii: "\t") } else {
                    options.separator = try character(&cursor, Message(nl: "een scheidingsteken: \";\", \",\" of tab",
                                                                       en: "a separator: \";\", \",\" or tab"), allowed: ";,|\t")
                }
            case "decimal": options.decimalMark = try character(&cursor, Message(nl: "een decimaalteken: \",\" of \".\"",
                                                                                 en: "a decimal mark: \",\" or \".\""), allowed: ",.")
            case "thousands":
                options.thousands = cursor.skip(word: "none") ? .none
                    : .separator(try character(&cursor, Message(nl: "een scheidingsteken voor duizendtallen (\".\", \",\", \" \") of none",
                                                                en: "a thousands separator (\".\", \",\", \" \") or none"), allowed: ".,' "))
            case "encoding":
                let position = cursor.current.position
                let name = try cursor.string(Message(nl: "een tekenset zoals \"utf-8\" of \"windows-1252\"",
                                                     en: "an encoding such as \"utf-8\" or \"windows-1252\""))
                guard let encoding = TextEncoding(name: name) else {
                    throw LocatedError(Message(nl: "onbekende tekenset \"\(name)\"; gebruik \"utf-8\" of \"windows-1252\" (ook voor Latin-1)",
                                               en: "unknown encoding \"\(name)\"; use \"utf-8\" or \"windows-1252\" (also for Latin-1)"), at: position)
                }
                options.encoding = encoding
            case "missing":
                repeat { options.missingSymbols.append(try cursor.string(Message(nl: "een teken dat ontbrekend betekent, zoals \"n.b.\"",
                                                                                 en: "a sign that means missing, such as \"n.b.\""))) } while cursor.skip(symbol: ",")
            case "text": options.textColumns += try cursor.identifierList(Message(nl: "een kolom om als tekst te lezen",
                                                                                  en: "a column to read as text"))
            case "number": options.numberColumns += try cursor.identifierList(Message(nl: "een kolom om als getallen te lezen",
                                                                                      en: "a column to read as numbers"))
            default:
                let position = cursor.current.position
                let style = try cursor.identifier(Message(verbatim: "snake_case"))
                guard style == "snake_case" else { throw LocatedError(Message(nl: "names neemt snake_case (de enige manier om kopnamen bij het laden te veranderen)",
                                                                              en: "names takes snake_case (the only way to rename headers on load)"), at: position) }
                options.snakeCaseNames = true
            }
        }
        return options
    }

    private static func character(_ cursor: inout TokenCursor, _ what: Message, allowed: String) throws -> UInt8 {
        let position = cursor.current.position
        let text = try cursor.string(what)
        guard text.utf8.count == 1, let byte = text.utf8.first, allowed.utf8.contains(byte) else {
            throw LocatedError(.expected(what, found: Message(verbatim: "\"\(text)\"")), at: position)
        }
        return byte
    }
}
