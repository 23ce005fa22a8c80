import StreekDocument

/// Builds a new text from a notebook's source by replacing byte ranges (directives, live figures) and
/// copying every other byte unchanged: the author's prose survives byte for byte.
struct Splicer {
    struct Replacement {
        var range: Range<Int>
        var text: String
    }

    let source: SourceText

    func splice(_ replacements: [Replacement]) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(source.bytes.count + replacements.reduce(0) { $0 + $1.text.utf8.count })
        var cursor = source.bomLength
        for replacement in replacements.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            output += source.bytes[cursor..<replacement.range.lowerBound]
            output += Array(replacement.text.utf8)
            cursor = replacement.range.upperBound
        }
        output += source.bytes[cursor...]
        return String(decoding: output, as: UTF8.self)
    }

    /// The replacement for a directive block: its output lines, kept inside the block's container and
    /// separated from neighbouring text by blank lines so it cannot merge into a paragraph.
    func blockReplacement(for block: PlacedBlock, lines: [String]) -> Replacement {
        let newline = source.lineEnding
        let before = block.span.bytes.lowerBound
        let after = block.span.bytes.upperBound
        let blankBefore = before == source.bomLength || isBlankLine(endingAt: before)
        let blankAfter = after >= source.bytes.count || isBlankLine(startingAt: after)
        guard !lines.isEmpty else {
            // A block that shows nothing disappears with one of the blank lines around it.
            if blankBefore, blankAfter, after < source.bytes.count, block.containerPrefix.isEmpty {
                return Replacement(range: before..<source.endOfLine(source.position(ofOffset: after).line), text: "")
            }
            return Replacement(range: block.span.bytes, text: blankBefore || blankAfter ? "" : newline)
        }
        var text = ""
        if !blankBefore { text += newline + block.containerPrefix }
        for (index, line) in lines.enumerated() {
            if index > 0 { text += (line.isEmpty ? block.containerPrefix.trimmingTrailingSpaces : block.containerPrefix) }
            text += line + newline
        }
        if !blankAfter { text += block.containerPrefix.trimmingTrailingSpaces + newline }
        return Replacement(range: block.span.bytes, text: text)
    }

    /// Whether the line above the one holding `offset` is blank (or there is none).
    private func isBlankLine(endingAt offset: Int) -> Bool {
        let line = source.position(ofOffset: offset).line
        return line == 1 || isBlank(source.line(line - 1))
    }

    private func isBlankLine(startingAt offset: Int) -> Bool {
        isBlank(source.line(source.position(ofOffset: offset).line))
    }

    private func isBlank(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" || $0 == ">" }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
