import StreekCore

/// A live figure in the sidecar: the expression as written, its raw value and text, and where a reader
/// finds it (line, the sentence it stands in, the heading above it).
public struct SidecarFigure: Sendable, Codable, Equatable {
    public var line: Int
    public var column: Int
    public var expression: String
    public var value: Value
    public var text: String
    /// The number style the figure was written in; nil when it is written as a key (`2016`, a name).
    public var format: NumberStyle?
    /// The sentence around the figure, with every figure in it filled in.
    public var sentence: String
    /// The same sentence as the author wrote it (figures as their code spans): tells a reworded sentence
    /// from one whose figures changed.
    public var template: String
    /// The nearest heading above the figure, figures filled in; nil before the first heading.
    public var section: String?
}

/// Finds each figure's sentence and section in one pass over the notebook: the source with every figure
/// filled in and every block blanked, split into lines, paragraphs and sentences.
struct FigureContext {
    let document: Document

    func figures() -> [SidecarFigure] {
        let format = document.numberFormat
        let source = Array(document.source.utf8)
        // Replacements in source order: a figure becomes its text, a block becomes a paragraph break.
        var replacements: [(range: Range<Int>, text: String, figure: Int?)] =
            document.figures.enumerated().map { ($1.span.bytes, format.format($1.value, as: $1.format), $0) }
        replacements += document.blocks.map { ($0.span.bytes, "\n\n", nil) }
        replacements.sort { $0.range.lowerBound < $1.range.lowerBound }

        var filled: [UInt8] = []
        filled.reserveCapacity(source.count)
        var figureOffsets = [Int](repeating: 0, count: document.figures.count)
        var position = 0
        for replacement in replacements where replacement.range.lowerBound >= position && replacement.range.upperBound <= source.count {
            filled += source[position..<replacement.range.lowerBound]
            if let figure = replacement.figure { figureOffsets[figure] = filled.count }
            filled += Array(replacement.text.utf8)
            position = replacement.range.upperBound
        }
        filled += source[min(position, source.count)...]

        let paragraphs = Paragraphs(filled)
        let written = Paragraphs(blanked(source))
        return document.figures.enumerated().map { index, figure in
            let offset = figureOffsets[index]
            let context = paragraphs.context(at: offset, length: format.format(figure.value, as: figure.format).utf8.count)
            let template = written.context(at: figure.span.start, length: figure.span.end - figure.span.start).sentence
            return SidecarFigure(
                line: figure.span.line, column: figure.span.column, expression: figure.expression,
                value: figure.value.storable, text: format.format(figure.value, as: figure.format),
                format: { if case .style(let style) = figure.format { return style } else { return nil } }(),
                sentence: context.sentence, template: template, section: context.section)
        }
    }

    /// The notebook with every directive block blanked out (same length, so spans still point right).
    private func blanked(_ source: [UInt8]) -> [UInt8] {
        var text = source
        for block in document.blocks where block.span.end <= text.count {
            for index in block.span.bytes { text[index] = text[index] == 0x0A ? 0x0A : 0x20 }
        }
        return text
    }
}

/// Paragraphs (runs of non-blank lines) and headings of filled-in notebook text, found once.
private struct Paragraphs {
    struct Paragraph {
        var range: Range<Int>
        var section: String?
    }

    let text: [UInt8]
    private(set) var paragraphs: [Paragraph] = []

    init(_ text: [UInt8]) {
        self.text = text
        var section: String?
        var start: Int?
        var lineStart = 0
        while lineStart <= text.count {
            let lineEnd = text[lineStart...].firstIndex(of: 0x0A) ?? text.count
            let line = text[lineStart..<lineEnd]
            let isBlank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            let isHeading = line.first == 0x23  // '#'
            if isBlank || isHeading, let open = start {
                paragraphs.append(Paragraph(range: open..<lineStart, section: section))
                start = nil
            }
            if isHeading {
                let title = String(decoding: line.drop { $0 == 0x23 }, as: UTF8.self).trimmed
                paragraphs.append(Paragraph(range: lineStart..<lineEnd, section: section))
                section = title
            } else if !isBlank, start == nil {
                start = lineStart
            }
            lineStart = lineEnd + 1
        }
        if let open = start { paragraphs.append(Paragraph(range: open..<text.count, section: section)) }
    }

    /// The sentence holding the figure at `offset` (its text `length` bytes long) and the heading above it (binary search over the paragraphs).
    func context(at offset: Int, length: Int) -> (sentence: String, section: String?) {
        var low = 0, high = paragraphs.count
        while low < high {
            let middle = (low + high) / 2
            if paragraphs[middle].range.upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        guard low < paragraphs.count, paragraphs[low].range.contains(offset) else { return ("", nil) }
        let paragraph = paragraphs[low]
        let heading = text[paragraph.range].first == 0x23
        let sentence = heading
            ? String(decoding: text[paragraph.range].drop { $0 == 0x23 }, as: UTF8.self).trimmed
            : Self.sentence(in: text[paragraph.range], at: offset, length: length)
        return (sentence, paragraph.section)
    }

    /// The sentence around `offset`: it ends after `.`, `!` or `?` followed by white space; line breaks
    /// inside become spaces.
    private static func sentence(in paragraph: ArraySlice<UInt8>, at offset: Int, length: Int) -> String {
        func isEnd(_ index: Int) -> Bool {
            let byte = paragraph[index]
            guard byte == 0x2E || byte == 0x21 || byte == 0x3F else { return false }
            let next = index + 1
            return next == paragraph.endIndex || paragraph[next] == 0x20 || paragraph[next] == 0x0A
        }
        var start = offset
        while start > paragraph.startIndex, !isEnd(start - 1) { start -= 1 }
        var end = min(offset + length, paragraph.endIndex)
        while end < paragraph.endIndex, !isEnd(end) { end += 1 }
        end = min(end + 1, paragraph.endIndex)
        let raw = String(decoding: paragraph[start..<end], as: UTF8.self)
        return raw.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).map { $0.trimmed }.joined(separator: " ").trimmed
    }
}

extension StringProtocol {
    /// Without leading spaces and tabs and trailing spaces, tabs and carriage returns (whole characters);
    /// looks only at the ends.
    var trimmed: String {
        var start = startIndex, end = endIndex
        while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
        while end > start {
            let last = self[index(before: end)]
            guard last == " " || last == "\t" || last == "\r" else { break }
            end = index(before: end)
        }
        return String(self[start..<end])
    }
}
