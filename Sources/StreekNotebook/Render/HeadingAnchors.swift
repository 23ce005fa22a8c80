/// Gives every heading in cmark's HTML an `id`, made from its text the way GitHub does for Markdown
/// (`## 3.1 Verhuizingen` → `31-verhuizingen`), so a link such as `[…](#verantwoording)` works in the
/// rendered Markdown on a forge and in the HTML page alike.
enum HeadingAnchors {
    static func add(to html: String, taken: Set<String>) -> String {
        var used = taken
        let bytes = Array(html.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 1024)
        var index = 0, copied = 0
        // Byte by byte: the page holds inline SVG figures, so it is long; `<hr />` and other tags that
        // start with `<h` are skipped, not mistaken for the end of the headings.
        while index + 3 < bytes.count {
            guard bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "h"),
                  (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]), bytes[index + 3] == UInt8(ascii: ">") else {
                index += 1
                continue
            }
            let level = bytes[index + 2]
            let contentStart = index + 4
            guard let close = firstIndex(of: Array("</h".utf8) + [level, UInt8(ascii: ">")], in: bytes, from: contentStart) else { break }
            let base = slug(plainText(String(decoding: bytes[contentStart..<close], as: UTF8.self)))
            var anchor = base, counter = 1
            while used.contains(anchor) { anchor = "\(base)-\(counter)"; counter += 1 }
            used.insert(anchor)
            output += bytes[copied..<index]
            output += Array("<h\(Character(Unicode.Scalar(level))) id=\"\(anchor)\">".utf8)
            index = close + 5
            output += bytes[contentStart..<index]
            copied = index
        }
        output += bytes[copied...]
        return String(decoding: output, as: UTF8.self)
    }

    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
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
