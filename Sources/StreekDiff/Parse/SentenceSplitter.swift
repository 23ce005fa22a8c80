/// Splits a paragraph of prose into sentences.
///
/// A sentence ends at `.`, `!` or `?` (plus closing quotes, brackets or emphasis) followed by a space and
/// a capital letter, a digit or opening punctuation. Common Dutch and English abbreviations and single-letter
/// initials (`o.a. Assen`, `J. Smit`) do not end a sentence.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "o.a.", "bijv.", "bv.", "m.n.", "d.w.z.", "t.o.v.", "i.v.m.", "ca.", "resp.", "incl.", "excl.",
        "nr.", "p.", "pp.", "blz.", "e.a.", "e.d.", "vgl.", "zgn.", "mln.", "mld.", "mrd.", "min.", "max.",
        "gem.", "jr.", "e.g.", "i.e.", "etc.", "vs.", "approx.", "no.", "fig.", "dr.", "mr.", "prof.", "ir.", "drs.",
    ]

    static func sentences(in paragraph: String) -> [String] {
        let characters = Array(paragraph)
        var sentences: [String] = []
        var start = 0
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            guard character == "." || character == "!" || character == "?" else { continue }
            var end = index
            while end < characters.count, "\"'’”)]*_".contains(characters[end]) { end += 1 }
            guard end < characters.count, characters[end] == " " else { continue }
            var next = end
            while next < characters.count, characters[next] == " " { next += 1 }
            guard next < characters.count, startsSentence(characters[next]) else { continue }
            if character == ".", isAbbreviation(characters, periodAt: index - 1) { continue }
            sentences.append(String(characters[start..<end]))
            start = next
            index = next
        }
        let rest = String(characters[start...]).trimmingWhitespace()
        if !rest.isEmpty { sentences.append(rest) }
        return sentences
    }

    private static func startsSentence(_ character: Character) -> Bool {
        character.isUppercase || character.isNumber || "\"'‘“([*_".contains(character)
    }

    /// True when the word ending at the period is an abbreviation or an initial.
    private static func isAbbreviation(_ characters: [Character], periodAt period: Int) -> Bool {
        // No abbreviation is longer than a few letters, so the look-back is bounded (a 10 MB run without
        // spaces must not be rescanned at every period).
        var wordStart = period
        while wordStart > 0, period - wordStart < 12, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" {
            wordStart -= 1
        }
        if wordStart > 0, !characters[wordStart - 1].isWhitespace, characters[wordStart - 1] != "(" { return false }
        let word = String(characters[wordStart...period])
        if abbreviations.contains(word.lowercased()) { return true }
        return word.count == 2 && word.first!.isLetter
    }
}
