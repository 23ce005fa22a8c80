/// Finds the figures (numbers and missing-value tokens) in a line of prose.
///
/// A figure starts at a digit, or a minus sign directly before a digit, that does not continue a word
/// (`A28`, `2011-2016` → `2011` and `2016`); it runs over digits, separators followed by a digit, and a
/// closing `%`. The run is then read with `NumberParser`; runs it rejects stay plain text.
struct FigureScanner: Sendable {
    let parser: NumberParser

    init(convention: NumberConvention) {
        parser = NumberParser(convention: convention)
    }

    func segments(of text: String) -> [ProseSentence.Segment] {
        let characters = Array(text)
        var segments: [ProseSentence.Segment] = []
        var plain = ""
        var index = 0
        while index < characters.count {
            if let (end, figure) = run(in: characters, at: index) {
                if let figure {
                    if !plain.isEmpty { segments.append(.text(plain)) }
                    plain = ""
                    segments.append(.figure(figure))
                } else {
                    plain += String(characters[index..<end])
                }
                index = end
            } else {
                plain.append(characters[index])
                index += 1
            }
        }
        if !plain.isEmpty { segments.append(.text(plain)) }
        return segments
    }

    /// The index after a number-like run starting at `start`, with its value when it reads as a figure
    /// (a run that does not, like `3.5` in Dutch text, is kept whole as plain text). Nil when no run starts here.
    private func run(in characters: [Character], at start: Int) -> (Int, ParsedValue?)? {
        if start > 0, characters[start - 1].isLetter || characters[start - 1].isNumber { return nil }
        if let end = missingToken(in: characters, at: start) {
            return (end, ParsedValue(text: String(characters[start..<end]), meaning: .missing))
        }
        var index = start
        if characters[index] == "\u{2212}" || characters[index] == "-" { index += 1 }
        guard index < characters.count, characters[index].isASCIIDigit else { return nil }
        while index < characters.count {
            let character = characters[index]
            let isSeparator = character == "." || character == ","
            if character.isASCIIDigit || (isSeparator && index + 1 < characters.count && characters[index + 1].isASCIIDigit) {
                index += 1
            } else {
                break
            }
        }
        if index < characters.count, characters[index] == "%" { index += 1 }
        // A run glued to letters (`3e`, `12km`) is a label, not a figure.
        if index < characters.count, characters[index].isLetter { return (index, nil) }
        let run = String(characters[start..<index])
        guard let number = parser.parseNumber(run) else { return (index, nil) }
        return (index, ParsedValue(text: run, meaning: .number(number)))
    }

    private func missingToken(in characters: [Character], at start: Int) -> Int? {
        let token = Array(parser.convention.missingToken)
        let end = start + token.count
        guard end <= characters.count, Array(characters[start..<end]) == token else { return nil }
        if end < characters.count, characters[end].isLetter || characters[end].isNumber { return nil }
        return end
    }
}
