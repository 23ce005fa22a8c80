import StreekCore

/// Reads a token list front to back with the small "expect this" helpers every parser here needs.
struct TokenCursor {
    private let tokens: [Token]
    private(set) var index = 0

    init(_ tokens: [Token]) {
        self.tokens = tokens.isEmpty ? [Token(kind: .end, position: SourcePosition(line: 1, column: 1))] : tokens
    }

    var current: Token { tokens[min(index, tokens.count - 1)] }
    var next: Token { tokens[min(index + 1, tokens.count - 1)] }
    var isAtEnd: Bool { current.kind == .end || current.kind == .newline }

    mutating func advance() { if index < tokens.count - 1 { index += 1 } }

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

    mutating func expect(word: String, _ context: String) throws {
        guard skip(word: word) else { throw error("expected '\(word)' \(context), found \(current.display)") }
    }

    mutating func expect(symbol: String, _ context: String) throws {
        guard skip(symbol: symbol) else { throw error("expected '\(symbol)' \(context), found \(current.display)") }
    }

    /// A plain name or one in backticks (`` `Totale bevolking` ``).
    mutating func identifier(_ what: String) throws -> String {
        var quoted: String?
        if case .quotedName(let name) = current.kind { quoted = name }
        guard let name = current.identifier ?? quoted else { throw error("expected \(what), found \(current.display)") }
        advance()
        return name
    }

    /// One or more comma-separated identifiers: `gemeente, jaar`.
    mutating func identifierList(_ what: String) throws -> [String] {
        var names = [try identifier(what)]
        while skip(symbol: ",") { names.append(try identifier(what)) }
        return names
    }

    mutating func string(_ what: String) throws -> String {
        guard case .string(let text) = current.kind else { throw error("expected \(what) in double quotes, found \(current.display)") }
        advance()
        return text
    }

    mutating func integer(_ what: String) throws -> Int {
        guard case .number(let value) = current.kind, value == value.rounded(), value >= 0 else {
            throw error("expected \(what) (a whole number), found \(current.display)")
        }
        advance()
        return Int(value)
    }

    /// A number, a string or a parameter: the value of a verb argument like `partners of $stad`.
    mutating func literalOrParameter(_ what: String) throws -> Expression {
        let position = current.position
        switch current.kind {
        case .number(let value): advance(); return .literal(.number(value), position)
        case .string(let text): advance(); return .literal(.text(text), position)
        case .parameter(let name): advance(); return .parameter(name, position)
        default: throw error("expected \(what) (a number, a \"text\" or a $parameter), found \(current.display)")
        }
    }

    func error(_ message: String) -> LocatedError { LocatedError(message, at: current.position) }

    /// Fails unless the line has been read completely.
    func expectEnd(_ context: String) throws {
        guard isAtEnd else { throw error("unexpected \(current.display) \(context)") }
    }
}
