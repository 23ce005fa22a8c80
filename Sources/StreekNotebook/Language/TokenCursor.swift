import StreekCore

/// Reads a token list front to back with the small "expect this" helpers every parser here needs.
struct TokenCursor {
    private let tokens: [Token]
    private(set) var index = 0
    /// Brackets, `not` and unary minus open so far in the expression being parsed, and the nodes it has.
    var expressionNesting = 0
    var expressionNodes = 0

    init(_ tokens: [Token]) {
        self.tokens = tokens.isEmpty ? [Token(kind: .end, position: SourcePosition(line: 1, column: 1))] : tokens
    }

    var current: Token { tokens[min(index, tokens.count - 1)] }
    var next: Token { tokens[min(index + 1, tokens.count - 1)] }
    var isAtEnd: Bool { current.kind == .end || current.kind == .newline }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

    /// Where each word between two cursor positions first stands, so an error about a column a verb
    /// names (`change vestging to …`) can point at that word rather than at the verb.
    func wordPositions(from start: Int, to end: Int) -> [String: SourcePosition] {
        var positions: [String: SourcePosition] = [:]
        for token in tokens[min(start, tokens.count)..<min(end, tokens.count)] {
            if case .identifier(let word) = token.kind, positions[word] == nil { positions[word] = token.position }
        }
        return positions
    }

    /// Consumes the word if it is next.
    mutating func skip(word: String) -> Bool {
        guard current.isWord(word) else { return false }
        advance()
        return true
    }

    mutating func skip(symbol: String) -> Bool {
        guard current.isSymbol(symbol) else { return false }
        advance()
        return true
    }

    mutating func expect(word: String, _ context: Message) throws {
        guard skip(word: word) else { throw error(.expected(Message(verbatim: "'\(word)' ") + context, found: current.display)) }
    }

    mutating func expect(symbol: String, _ context: Message) throws {
        guard skip(symbol: symbol) else { throw error(.expected(Message(verbatim: "'\(symbol)' ") + context, found: current.display)) }
    }

    /// A plain name or one in backticks (`` `Totale bevolking` ``).
    mutating func identifier(_ what: Message) throws -> String {
        var quoted: String?
        if case .quotedName(let name) = current.kind { quoted = name }
        guard let name = current.identifier ?? quoted else { throw error(.expected(what, found: current.display)) }
        advance()
        return name
    }

    /// One or more comma-separated identifiers: `gemeente, jaar`.
    mutating func identifierList(_ what: Message) throws -> [String] {
        var names = [try identifier(what)]
        while skip(symbol: ",") { names.append(try identifier(what)) }
        return names
    }

    mutating func string(_ what: Message) throws -> String {
        guard case .string(let text) = current.kind else {
            throw error(.expected(what + Message(nl: " tussen dubbele aanhalingstekens", en: " in double quotes"), found: current.display))
        }
        advance()
        return text
    }

    /// A string literal parsed as a template, with holes placed at their exact columns.
    mutating func template(_ what: Message) throws -> Template {
        let token = current
        let text = try string(what)
        return try Template(parsing: text, at: token.position, escapeOffsets: token.escapeOffsets)
    }

    /// A literal value in a verb: "tekst", a number or `missing`.
    mutating func literal(_ what: Message) throws -> Value {
        switch current.kind {
        case .string(let text): advance(); return .text(text)
        case .number(let number): advance(); return .number(number)
        case .identifier("missing"): advance(); return .missing
        default: throw error(.expected(what, found: current.display))
        }
    }

    /// A whole number from 0 up to `maximum`; settings such as `decimals` name a small bound, so no input
    /// can ask for a conversion that traps or for work without end.
    mutating func integer(_ what: Message, maximum: Int = 1_000_000_000) throws -> Int {
        guard case .number(let value) = current.kind, value == value.rounded(), value >= 0 else {
            throw error(.expected(what + Message(nl: " (een geheel getal)", en: " (a whole number)"), found: current.display))
        }
        guard value <= Double(maximum) else {
            throw error(Message(nl: "\(what.nl) mag hoogstens \(maximum) zijn, niet \(current.display.nl)",
                                en: "\(what.en) may be at most \(maximum), found \(current.display.en)"))
        }
        advance()
        return Int(value)
    }

    /// A number, a string or a parameter: the value of a verb argument like `partners of $stad`.
    mutating func literalOrParameter(_ what: Message) throws -> Expression {
        let position = current.position
        switch current.kind {
        case .number(let value): advance(); return .literal(.number(value), position)
        case .string(let text): advance(); return .literal(.text(text), position)
        case .parameter(let name): advance(); return .parameter(name, position)
        default: throw error(.expected(what + Message(nl: " (een getal, een \"tekst\" of een $parameter)",
                                                      en: " (a number, a \"text\" or a $parameter)"),
                                       found: current.display))
        }
    }

    func error(_ message: Message) -> LocatedError { LocatedError(message, at: current.position) }

    /// Fails unless the line has been read completely.
    func expectEnd(_ context: Message) throws {
        guard isAtEnd else {
            throw error(Message(nl: "onverwacht \(current.display.nl) \(context.nl)", en: "unexpected \(current.display.en) \(context.en)"))
        }
    }
}

extension Message {
    /// "een kolom verwacht, maar 'x' gevonden" / "expected a column, found 'x'".
    static func expected(_ what: Message, found: Message) -> Message {
        Message(nl: "\(what.nl) verwacht, maar \(found.nl) gevonden", en: "expected \(what.en), found \(found.en)")
    }
}
