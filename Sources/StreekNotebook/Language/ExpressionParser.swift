import Foundation
import StreekCore

/// Precedence-climbing parser for expressions:
/// `or` < `and` < `not` < comparison and `in` < `+ -` < `* /` < unary minus < lookup, call, literal.
struct ExpressionParser {
    /// Limits that keep parsing and evaluation (both recursive) far from the end of the stack; a real
    /// expression stays well inside them.
    static let maximumNesting = 64
    static let maximumNodes = 1_000

    static func parse(_ cursor: inout TokenCursor) throws -> Expression {
        if cursor.expressionNesting == 0 { cursor.expressionNodes = 0 }
        return try nested(&cursor, parseOr)
    }

    /// Runs `parse` one level deeper, refusing to go past `maximumNesting`.
    private static func nested(_ cursor: inout TokenCursor, _ parse: (inout TokenCursor) throws -> Expression) throws -> Expression {
        guard cursor.expressionNesting < maximumNesting else {
            throw cursor.error(Message(nl: "expressie is te diep genest (meer dan \(maximumNesting) niveaus van haakjes, 'not' of '-')",
                                       en: "expression is nested too deeply (more than \(maximumNesting) levels of brackets, 'not' or '-')"))
        }
        cursor.expressionNesting += 1
        defer { cursor.expressionNesting -= 1 }
        return try parse(&cursor)
    }

    /// Counts one node of the expression tree, refusing to go past `maximumNodes`.
    private static func countNode(_ cursor: inout TokenCursor) throws {
        cursor.expressionNodes += 1
        guard cursor.expressionNodes <= maximumNodes else {
            throw cursor.error(Message(nl: "expressie is te lang (meer dan \(maximumNodes) delen); verdeel haar over meer stappen met derive",
                                       en: "expression is too long (more than \(maximumNodes) parts); split it over several derive steps"))
        }
    }

    private static func parseOr(_ cursor: inout TokenCursor) throws -> Expression {
        try parseLeftAssociative(&cursor, operators: ["or"], operand: parseAnd)
    }

    private static func parseAnd(_ cursor: inout TokenCursor) throws -> Expression {
        try parseLeftAssociative(&cursor, operators: ["and"], operand: parseNot)
    }

    /// `operand (op operand)*`, grouping to the left: `a - b - c` is `(a - b) - c`.
    private static func parseLeftAssociative(_ cursor: inout TokenCursor, operators: Set<String>,
                                             operand: (inout TokenCursor) throws -> Expression) throws -> Expression {
        var left = try operand(&cursor)
        while let op = operatorText(cursor.current), operators.contains(op) {
            let position = cursor.current.position
            try countNode(&cursor)
            cursor.advance()
            left = .binary(op, left, try operand(&cursor), position)
        }
        return left
    }

    private static func operatorText(_ token: Token) -> String? {
        switch token.kind {
        case .symbol(let symbol): return symbol
        case .identifier(let word): return word
        default: return nil
        }
    }

    private static func parseNot(_ cursor: inout TokenCursor) throws -> Expression {
        if cursor.current.isWord("not") {
            let position = cursor.current.position
            cursor.advance()
            return .unary("not", try nested(&cursor, parseNot), position)
        }
        return try parseComparison(&cursor)
    }

    private static let comparisons: Set<String> = ["==", "!=", "<", "<=", ">", ">="]

    private static func parseComparison(_ cursor: inout TokenCursor) throws -> Expression {
        let left = try parseAdditive(&cursor)
        if case .symbol(let symbol) = cursor.current.kind, comparisons.contains(symbol) {
            let position = cursor.current.position
            cursor.advance()
            return .binary(symbol, left, try parseAdditive(&cursor), position)
        }
        if cursor.current.isWord("in") {
            let position = cursor.current.position
            cursor.advance()
            if case .identifier(let table) = cursor.current.kind, cursor.next.isSymbol(".") {
                cursor.advance()
                cursor.advance()
                let column = try cursor.identifier(Message(nl: "een kolomnaam na '\(table).'", en: "a column name after '\(table).'"))
                return .memberOfColumn(left, table: table, column: column, position)
            }
            try cursor.expect(symbol: "(", Message(nl: "na 'in' (schrijf: x in (\"a\", \"b\") of x in tabel.kolom)",
                                                   en: "after 'in' (write: x in (\"a\", \"b\") or x in tabel.kolom)"))
            var options = [try parse(&cursor)]
            while cursor.skip(symbol: ",") { options.append(try parse(&cursor)) }
            try cursor.expect(symbol: ")", Message(nl: "om de lijst na 'in' af te sluiten", en: "to close the list after 'in'"))
            return .member(left, options, position)
        }
        return left
    }

    private static func parseAdditive(_ cursor: inout TokenCursor) throws -> Expression {
        try parseLeftAssociative(&cursor, operators: ["+", "-"], operand: parseMultiplicative)
    }

    private static func parseMultiplicative(_ cursor: inout TokenCursor) throws -> Expression {
        try parseLeftAssociative(&cursor, operators: ["*", "/"], operand: parseUnary)
    }

    private static func parseUnary(_ cursor: inout TokenCursor) throws -> Expression {
        if cursor.current.isSymbol("-") {
            let position = cursor.current.position
            cursor.advance()
            return .unary("-", try nested(&cursor, parseUnary), position)
        }
        return try parsePrimary(&cursor)
    }

    private static func parsePrimary(_ cursor: inout TokenCursor) throws -> Expression {
        try countNode(&cursor)
        let token = cursor.current
        switch token.kind {
        case .number(let value):
            cursor.advance()
            return .literal(.number(value), token.position)
        case .string(let text):
            cursor.advance()
            return .literal(.text(text), token.position)
        case .parameter(let name):
            cursor.advance()
            return .parameter(name, token.position)
        case .symbol("("):
            cursor.advance()
            let inner = try parse(&cursor)
            try cursor.expect(symbol: ")", Message(nl: "om '(' af te sluiten", en: "to close '('"))
            return inner
        case .quotedName(let name):
            cursor.advance()
            return .name(name, token.position)
        case .identifier(let name):
            cursor.advance()
            if name == "missing" { return .literal(.missing, token.position) }
            if cursor.skip(symbol: "(") {
                var arguments: [Expression] = []
                if !cursor.current.isSymbol(")") {
                    arguments.append(try parse(&cursor))
                    while cursor.skip(symbol: ",") { arguments.append(try parse(&cursor)) }
                }
                try cursor.expect(symbol: ")", Message(nl: "om de argumenten van \(name)(…) af te sluiten",
                                                       en: "to close the arguments of \(name)(…)"))
                return .call(name, arguments, token.position)
            }
            if cursor.skip(symbol: ".") {
                let column = try cursor.identifier(Message(nl: "een kolomnaam na '\(name).'", en: "a column name after '\(name).'"))
                var keys: [String]?
                if case .key(let text) = cursor.current.kind {
                    cursor.advance()
                    keys = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                }
                return .lookup(table: name, column: column, keys: keys, token.position)
            }
            return .name(name, token.position)
        default:
            throw cursor.error(Message(nl: "een waarde, een kolom of een naam verwacht, maar \(token.display.nl) gevonden",
                                       en: "expected a value, a column or a name, found \(token.display.en)"))
        }
    }
}
