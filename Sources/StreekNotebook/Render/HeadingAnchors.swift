/// The ids of headings, made from their text the way GitHub does for Markdown (`## 3.1 Verhuizingen` →
/// `31-verhuizingen`), so a link such as `[…](#verantwoording)` works in the rendered Markdown on a forge
/// and in the HTML page alike. `NavigationBuilder` gives each heading its id; `CmarkSubstitution` writes it.
enum HeadingAnchors {
    /// GitHub's rule: lower case; letters, digits, `-` and `_` stay; spaces become `-`; the rest goes.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" { result.append(character) }
            else if character == " " { result.append("-") }
        }
        return result.isEmpty ? "kop" : result
    }
}
