import StreekCore
import StreekDocument
/// Number styles as written after `format kolom` or `as` in a live figure:
/// `integer`, `decimals 1`, `percent`, `percent decimals 1`, `signed`, `signed decimals 1`, `plain`
/// (no thousands separator: years, codes).
enum StyleParser {
    static let words = ["integer", "decimals", "percent", "signed", "plain"]

    static func parse(_ cursor: inout TokenCursor) throws -> NumberStyle {
        var style = NumberStyle()
        var sawWord = false
        while let word = cursor.current.identifier, words.contains(word) {
            cursor.advance()
            sawWord = true
            switch word {
            case "integer": style.decimals = 0
            case "decimals": style.decimals = try cursor.integer(Message(nl: "het aantal decimalen",
                                                                         en: "the number of decimals"), maximum: NumberStyle.maximumDecimals)
            case "percent": style.percent = true
            case "plain": style.grouping = false
            default: style.signed = true
            }
        }
        guard sawWord else {
            let styles = words.joined(separator: ", ")
            var message = Message.expected(Message(nl: "een getalstijl (\(styles))",
                                                   en: "a number style (\(styles))"), found: cursor.current.display)
            if let word = cursor.current.identifier, let guess = Suggestion.closest(to: word, among: words) { message += Message.didYouMean(guess) }
            throw cursor.error(message)
        }
        return style
    }

    /// `as signed` after an expression; automatic when there is no `as`.
    static func parseOptionalAs(_ cursor: inout TokenCursor) throws -> NumberStyle {
        cursor.skip(word: "as") ? try parse(&cursor) : .automatic
    }
}
