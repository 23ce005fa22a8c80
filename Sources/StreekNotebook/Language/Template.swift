import StreekCore
import StreekDocument

/// A string with holes: `"Verhuizingen in {$jaar}"`, `"{gemeente}: {saldo as signed}"`, or the shorthand
/// `"$jaar"`. A hole holds an expression and an optional `as` number style. `{{` and `}}` are literal braces.
struct Template: Sendable {
    enum Part: Sendable {
        case text(String)
        case hole(Expression, NumberStyle)
    }

    var parts: [Part]

    init(parts: [Part]) { self.parts = parts }

    /// `position` is that of the opening quote; `escapeOffsets` where the lexer dropped a backslash (see
    /// `Token.escapeOffsets`), so a hole's column is exact in the notebook.
    init(parsing text: String, at position: SourcePosition, escapeOffsets: [Int] = []) throws {
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        func sourcePosition(_ index: String.Index) -> SourcePosition {
            let offset = text.utf8.distance(from: text.startIndex, to: index)
            return SourcePosition(line: position.line, column: position.column + 1 + offset + escapeOffsets.filter { $0 < offset }.count)
        }
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if (character == "{" || character == "}"), next < text.endIndex, text[next] == character {
                literal.append(character)
                index = text.index(after: next)
            } else if character == "{" {
                guard let close = text[next...].firstIndex(of: "}") else {
                    throw LocatedError(Message(nl: "'{' in tekst heeft geen afsluitende '}' (schrijf {{ voor een letterlijke accolade)",
                                               en: "'{' in text has no closing '}' (write {{ for a literal brace)"), at: sourcePosition(index))
                }
                if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                parts.append(try Self.hole(String(text[next..<close]), at: sourcePosition(next)))
                index = text.index(after: close)
            } else if character == "$", next < text.endIndex, text[next].isLetter || text[next] == "_" {
                let end = text[next...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? text.endIndex
                if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
                parts.append(.hole(.parameter(String(text[next..<end]), sourcePosition(index)), .automatic))
                index = end
            } else {
                literal.append(character)
                index = next
            }
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        self.parts = parts
    }

    private static func hole(_ source: String, at position: SourcePosition) throws -> Part {
        var cursor = TokenCursor(try Lexer.expressionTokens(of: source, at: position))
        let expression = try ExpressionParser.parse(&cursor)
        let style = try StyleParser.parseOptionalAs(&cursor)
        try cursor.expectEnd(Message(verbatim: "in {…}"))
        return .hole(expression, style)
    }

    var isPlain: Bool { parts.allSatisfy { if case .text = $0 { return true } else { return false } } }
}
