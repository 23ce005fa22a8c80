/// Gives every heading in cmark's HTML an `id`, made from its text the way GitHub does for Markdown
/// (`## 3.1 Verhuizingen` → `31-verhuizingen`), so a link such as `[…](#verantwoording)` works in the
/// rendered Markdown on a forge and in the HTML page alike.
enum HeadingAnchors {
    static func add(to html: String, taken: Set<String>) -> String {
        var used = taken
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<h"), open.upperBound < rest.endIndex,
              let level = rest[open.upperBound].wholeNumberValue, (1...6).contains(level),
              rest[rest.index(after: open.upperBound)...].hasPrefix(">") {
            let contentStart = rest.index(open.upperBound, offsetBy: 2)
            guard let close = rest[contentStart...].range(of: "</h\(level)>") else { break }
            let base = slug(plainText(String(rest[contentStart..<close.lowerBound])))
            var anchor = base, counter = 1
            while used.contains(anchor) { anchor = "\(base)-\(counter)"; counter += 1 }
            used.insert(anchor)
            result += rest[..<open.lowerBound] + "<h\(level) id=\"\(anchor)\">" + rest[contentStart..<close.upperBound]
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// GitHub's rule: lower case; letters, digits, `-` and `_` stay; spaces become `-`; the rest goes.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "-" || character == "_" { result.append(character) }
            else if character == " " { result.append("-") }
        }
        return result.isEmpty ? "kop" : result
    }

    /// Heading text without tags and with cmark's entities decoded.
    private static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
        }
        return text.replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
    }
}
