/// Backslash escapes as the renderer writes them in table cells, captions and notes (`\*`, `\<`, `\|`).
enum MarkdownEscapes {
    /// Turns `\X` back into `X` for ASCII punctuation X (CommonMark's escapable characters); a backslash
    /// before anything else is literal.
    static func unescape(_ text: String) -> String {
        var result = ""
        var pendingBackslash = false
        for character in text {
            if pendingBackslash {
                if !isEscapable(character) { result.append("\\") }
                result.append(character)
                pendingBackslash = false
            } else if character == "\\" {
                pendingBackslash = true
            } else {
                result.append(character)
            }
        }
        if pendingBackslash { result.append("\\") }
        return result
    }

    static func isEscapable(_ character: Character) -> Bool {
        character.isASCII && character.isPunctuation || character.isASCII && character.isSymbol
    }
}
