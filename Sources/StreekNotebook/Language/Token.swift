/// A token of the directive language, with where it starts in the notebook.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case identifier(String)
        /// `` `Totale bevolking (aantal)` ``: a column name in backticks, for headers that are no plain
        /// word (spaces, brackets, hyphens). Never a keyword or verb.
        case quotedName(String)
        case number(Double)
        case string(String)
        /// `$name`: a notebook parameter.
        case parameter(String)
        /// `[ ... ]`: a row key, kept as raw text (municipality names contain spaces and hyphens).
        case key(String)
        /// Operators and punctuation: `| = == != < <= > >= + - * / ( ) , : . ->`.
        case symbol(String)
        /// End of a directive line.
        case newline
        case end
    }

    var kind: Kind
    var position: SourcePosition

    var identifier: String? {
        if case .identifier(let name) = kind { return name }
        return nil
    }

    func isSymbol(_ symbol: String) -> Bool { kind == .symbol(symbol) }
    func isWord(_ word: String) -> Bool { kind == .identifier(word) }

    /// How the token reads in an error message.
    var display: String {
        switch kind {
        case .identifier(let name): return "'\(name)'"
        case .quotedName(let name): return "'`\(name)`'"
        case .number(let value): return "'\(value.formatted())'"
        case .string(let text): return "\"\(text)\""
        case .parameter(let name): return "'$\(name)'"
        case .key(let text): return "'[\(text)]'"
        case .symbol(let symbol): return "'\(symbol)'"
        case .newline: return "end of line"
        case .end: return "end of directive"
        }
    }
}

extension Double {
    /// Shortest plain rendering for messages and keys: 2016 rather than 2016.0.
    func formatted() -> String {
        if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
        return String(self)
    }
}
