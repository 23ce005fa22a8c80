import Foundation

/// Column names as files write them, made usable in directives. `snake_case` folds a header such as
/// "Totale bevolking (aantal)" to `totale_bevolking_aantal`, "Regio's" to `regios` and the OData key
/// `TotaleBevolking_1` to `totale_bevolking_1`.
public enum HeaderNames {
    public static func snakeCase(_ header: String) -> String {
        let folded = header.folding(options: [.diacriticInsensitive], locale: nil)
        var result = ""
        var previous: Character?
        for character in folded {
            if character.isLetter || character.isNumber {
                // A capital after a small letter starts a word (camelCase keys).
                if character.isUppercase, let previous, previous.isLowercase { result.append("_") }
                result += character.lowercased()
            } else if character == "'" || character == "’" {
                // "Regio's": the apostrophe joins, it does not separate.
            } else if !result.isEmpty, result.last != "_" {
                result.append("_")
            }
            previous = character
        }
        while result.hasSuffix("_") { result.removeLast() }
        if let first = result.first, first.isNumber { result = "_" + result }
        return result.isEmpty ? "kolom" : result
    }
}
