import Foundation
import StreekCore

/// Parse stage: notebook text → `Notebook`. Uses libcmark for the block structure (so fences, nesting and
/// code spans follow CommonMark exactly) and the source positions to locate directives and live figures.
public enum NotebookParser {
    public static func parse(_ source: SourceText, path: String) throws -> Notebook {
        let tree = MarkdownTree(parsing: source)
        var directives: [DirectiveBlock] = []
        for block in tree.codeBlocks {
            if let directive = try directive(from: block, in: source, path: path) {
                directives.append(directive)
            }
        }
        var figures: [InlineFigure] = []
        var references: [InlineReference] = []
        for spans in tree.codeSpans {
            let found = try inlineSpans(in: spans, source: source, path: path)
            figures += found.figures
            references += found.references
        }
        var notebook = Notebook(path: path, source: source, directives: directives, figures: figures)
        notebook.references = references
        notebook.headings = tree.headings.map { heading in
            NotebookHeading(level: heading.level, pieces: heading.pieces.map { piece in
                switch piece {
                case .text(let text): return .text(text)
                case .code(let code): return .code(code)
                }
            }, position: heading.start, bytes: source.offset(line: heading.start.line, column: 1)..<source.endOfLine(heading.endLine))
        }
        notebook.internalLinks = tree.internalLinks.map { link in
            InternalLink(target: link.target, position: position(of: link, in: source))
        }
        notebook.htmlAnchors = tree.htmlAnchors
        return notebook
    }

    /// `= expressie` is a live figure; `=`, `==` or `=>` in a code span are just code.
    static func isLiveFigure(_ literal: String) -> Bool {
        let afterEquals = literal.dropFirst().drop { $0 == " " }
        return literal.hasPrefix("=") && !afterEquals.isEmpty && !afterEquals.hasPrefix("=") && !afterEquals.hasPrefix(">")
    }

    /// `#naam`: a cross-reference; the name is letters, digits, `_` and `-`, starting with a letter or digit.
    static func referenceName(_ literal: String) -> String? {
        guard literal.hasPrefix("#") else { return nil }
        let name = literal.dropFirst()
        guard let first = name.first, first.isLetter || first.isNumber,
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }) else { return nil }
        return String(name)
    }

    /// Where the link's `#target` is written: in an inline link in its paragraph, else in a link
    /// reference definition anywhere in the notebook, else the paragraph itself.
    private static func position(of link: MarkdownTree.InternalLink, in source: SourceText) -> SourcePosition {
        let block = source.offset(line: link.blockStart.line, column: link.blockStart.column)..<source.endOfLine(link.blockEndLine)
        let target = Array(("#" + link.target).utf8)
        for (opening, range) in [("(", block), ("<", block), (": ", 0..<source.bytes.count), (": <", 0..<source.bytes.count)] {
            let pattern = Array(opening.utf8) + target
            if let found = firstOffset(of: pattern, in: source.bytes, range: range) {
                return source.position(ofOffset: found + opening.utf8.count)
            }
        }
        return link.blockStart
    }

    private static func firstOffset(of pattern: [UInt8], in bytes: [UInt8], range: Range<Int>) -> Int? {
        guard range.count >= pattern.count else { return nil }
        for start in range.lowerBound...(range.upperBound - pattern.count)
        where bytes[start] == pattern[0] && bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            // The link's destination ends here: `)`, `>`, a space or the end of the line.
            let after = start + pattern.count
            if after == bytes.count || [UInt8(ascii: ")"), UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\n"), UInt8(ascii: "\r")].contains(bytes[after]) {
                return start
            }
        }
        return nil
    }

    private static func directive(from block: MarkdownTree.CodeBlock, in source: SourceText, path: String) throws -> DirectiveBlock? {
        let words = block.info.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard let first = words.first, first == "streek" else { return nil }
        let kindWord = words.count > 1 ? String(words[1]) : ""
        guard let kind = DirectiveKind(rawValue: kindWord), kind != .silent || kindWord.isEmpty else {
            let names = DirectiveKind.allCases.map(\.rawValue).filter { !$0.isEmpty }
            let kinds = "'streek', " + names.map { "'streek \($0)'" }.joined(separator: ", ")
            var message = Message(nl: "onbekende soort directief 'streek \(kindWord)'; gebruik \(kinds)",
                                  en: "unknown directive kind 'streek \(kindWord)'; use \(kinds)")
            if let guess = Suggestion.closest(to: kindWord, among: names) { message += .didYouMean("streek \(guess)") }
            throw NotebookError(file: path, position: block.start, message: message)
        }
        let openingLine = source.line(block.start.line)
        let prefixBytes = Array(openingLine.utf8.prefix(max(block.start.column - 1, 0)))
        let prefix = String(decoding: prefixBytes, as: UTF8.self)
        try requireClosingFence(block, openingLine: openingLine, prefixLength: prefixBytes.count, source: source, path: path)

        var lines: [DirectiveLine] = []
        let literalLines = block.literal.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for (index, literalLine) in literalLines.enumerated() where index < literalLines.count - 1 || !literalLine.isEmpty {
            let lineNumber = block.start.line + 1 + index
            let sourceLine = source.line(lineNumber)
            let text = String(literalLine)
            let column = sourceLine.hasSuffix(text) ? sourceLine.utf8.count - text.utf8.count + 1 : 1
            lines.append(DirectiveLine(text: text, position: SourcePosition(line: lineNumber, column: column)))
        }
        let start = prefix.isEmpty ? source.offset(line: block.start.line, column: 1) : source.offset(line: block.start.line, column: block.start.column)
        return DirectiveBlock(
            kind: kind, position: block.start, lines: lines,
            replacedBytes: start..<source.endOfLine(block.endLine),
            containerPrefix: String(prefix.map { $0 == ">" || $0 == " " || $0 == "\t" ? $0 : " " }))
    }

    /// cmark closes an unterminated fence at the end of its container, swallowing the rest of the notebook;
    /// for a directive that is almost always a mistake, so it is refused.
    private static func requireClosingFence(_ block: MarkdownTree.CodeBlock, openingLine: String, prefixLength: Int,
                                            source: SourceText, path: String) throws {
        let fence = openingLine.utf8.dropFirst(prefixLength).prefix { $0 == UInt8(ascii: "`") || $0 == UInt8(ascii: "~") }
        guard let fenceCharacter = fence.first else { return }
        let closing = source.line(block.endLine).trimmingCharacters(in: .whitespaces)
        let closingRun = closing.drop(while: { $0 == ">" || $0 == " " })
        let isClosed = block.endLine > block.start.line
            && closingRun.utf8.count >= fence.count
            && closingRun.utf8.allSatisfy { $0 == fenceCharacter }
        if !isClosed {
            let fenceText = String(decoding: fence, as: UTF8.self)
            throw NotebookError(file: path, position: block.start,
                                message: Message(nl: "het directief met \(fenceText) wordt nooit afgesloten; zet een regel met \(fenceText) na het directief",
                                                 en: "directive fence \(fenceText) is never closed; add a line with \(fenceText) after the directive"))
        }
    }

    private static func inlineSpans(in spans: MarkdownTree.CodeSpans, source: SourceText, path: String) throws
        -> (figures: [InlineFigure], references: [InlineReference]) {
        let range = source.offset(line: spans.blockStart.line, column: spans.blockStart.column)..<source.endOfLine(spans.blockEnd.line)
        var candidates = CodeSpanScanner.spans(in: source.bytes, range: range)[...]
        var figures: [InlineFigure] = []
        var references: [InlineReference] = []
        for literal in spans.literals {
            guard let index = candidates.firstIndex(where: { CodeSpanScanner.normalizedContent(source.bytes, $0.contentRange) == literal }) else {
                // Left as code it would print the expression instead of its value: refuse, never guess.
                if isLiveFigure(literal) {
                    throw NotebookError(file: path, position: spans.blockStart,
                                        message: Message(nl: "kan het levende getal `\(literal.prefix(40))` niet in deze alinea plaatsen; schrijf het op één regel",
                                                         en: "cannot place the live figure `\(literal.prefix(40))` in this paragraph; write it on one line"))
                }
                continue
            }
            let span = candidates[index]
            candidates = candidates[(index + 1)...]
            if let name = referenceName(literal) {
                var hash = span.contentRange.lowerBound
                while hash < span.contentRange.upperBound, source.bytes[hash] != UInt8(ascii: "#") { hash += 1 }
                references.append(InlineReference(
                    name: name, position: source.position(ofOffset: hash),
                    startsSentence: startsSentence(before: span.range.lowerBound, blockStart: range.lowerBound, bytes: source.bytes),
                    replacedBytes: span.range))
                continue
            }
            guard isLiveFigure(literal) else { continue }
            var expressionStart = span.contentRange.lowerBound
            while expressionStart < span.contentRange.upperBound,
                  source.bytes[expressionStart] == UInt8(ascii: " ") || source.bytes[expressionStart] == UInt8(ascii: "=") {
                expressionStart += 1
            }
            let expression = String(literal.dropFirst()).trimmingCharacters(in: .whitespaces)
            figures.append(InlineFigure(expression: expression, position: source.position(ofOffset: expressionStart), replacedBytes: span.range))
        }
        return (figures, references)
    }

    /// Nothing but white space (and block-quote markers) between the paragraph's start and `offset`, or a
    /// full stop, `!` or `?` before it.
    private static func startsSentence(before offset: Int, blockStart: Int, bytes: [UInt8]) -> Bool {
        var index = offset - 1
        while index >= blockStart, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: ">")].contains(bytes[index]) {
            index -= 1
        }
        return index < blockStart || [UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?")].contains(bytes[index])
    }
}
