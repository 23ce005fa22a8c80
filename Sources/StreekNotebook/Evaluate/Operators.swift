import StreekCore

/// Arithmetic, comparison and logic on values. Missing in, missing out: a missing vestiging minus a known
/// vertrek is missing, never a number. Truth is a number (1 or 0), as in the table columns it ends up in.
enum Operators {
    static func unary(_ op: String, _ value: Value, at position: SourcePosition) throws -> Value {
        switch op {
        case "-":
            if value.isMissing { return .missing }
            guard let number = value.number else { throw LocatedError(Message(nl: "kan van de tekst '\(value.text ?? "")' geen negatief getal maken",
                                                                              en: "cannot negate the text '\(value.text ?? "")'"), at: position) }
            return .number(-number)
        case "not":
            return .number(isTrue(value) ? 0 : 1)
        default:
            throw LocatedError(Message(nl: "onbekende bewerking '\(op)'", en: "unknown operator '\(op)'"), at: position)
        }
    }

    static func binary(_ op: String, _ left: Value, _ right: Value, at position: SourcePosition) throws -> Value {
        switch op {
        case "and": return .number(isTrue(left) && isTrue(right) ? 1 : 0)
        case "or": return .number(isTrue(left) || isTrue(right) ? 1 : 0)
        case "==", "!=", "<", "<=", ">", ">=":
            return .number(try compare(op, left, right, at: position) ? 1 : 0)
        default:
            break
        }
        if left.isMissing || right.isMissing { return .missing }
        if op == "+", let a = left.text, let b = right.text { return .text(a + b) }
        guard let a = left.number, let b = right.number else {
            let text = left.number == nil ? left : right
            throw LocatedError(Message(nl: "'\(op)' heeft getallen nodig, maar kreeg de tekst '\(text.text ?? "")'",
                                       en: "'\(op)' needs numbers, but got the text '\(text.text ?? "")'"), at: position)
        }
        switch op {
        case "+": return .number(a + b)
        case "-": return .number(a - b)
        case "*": return .number(a * b)
        case "/": return b == 0 ? .missing : .number(a / b)
        default: throw LocatedError(Message(nl: "onbekende bewerking '\(op)'", en: "unknown operator '\(op)'"), at: position)
        }
    }

    /// Non-zero numbers and non-empty texts are true; missing is false.
    static func isTrue(_ value: Value) -> Bool {
        switch value {
        case .missing: return false
        case .number(let number): return number != 0
        case .text(let text): return !text.isEmpty
        }
    }

    /// Equality as `==` sees it, shared with `in` so the two never disagree: 2016 equals "2016".
    static func equal(_ left: Value, _ right: Value) -> Bool {
        !left.isMissing && !right.isMissing && order(left, right) == 0
    }

    private static func compare(_ op: String, _ left: Value, _ right: Value, at position: SourcePosition) throws -> Bool {
        if left.isMissing || right.isMissing { return false } // unknown is neither equal nor unequal; use is_missing(x)
        // "2" < 10 would compare characters ("10" < "2"): ordering a number against a text is refused.
        // Equality stays: 2016 == "2016" is what an author means.
        if op != "==", op != "!=", (left.number == nil) != (right.number == nil) {
            let text = left.number == nil ? left : right
            throw LocatedError(Message(nl: "'\(op)' vergelijkt een getal met de tekst \"\(text.text ?? "")\"; schrijf het getal zonder aanhalingstekens",
                                       en: "'\(op)' compares a number with the text \"\(text.text ?? "")\"; write the number without quotes"), at: position)
        }
        let order = order(left, right)
        switch op {
        case "==": return order == 0
        case "!=": return order != 0
        case "<": return order < 0
        case "<=": return order <= 0
        case ">": return order > 0
        default: return order >= 0
        }
    }

    /// -1, 0 or 1; a number meets a text as the text it is written as (2016 and "2016" are equal).
    private static func order(_ left: Value, _ right: Value) -> Int {
        switch (left, right) {
        case (.number(let a), .number(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.text(let a), .text(let b)): return a < b ? -1 : (a > b ? 1 : 0)
        case (.number(let a), .text(let b)): return a.formatted() < b ? -1 : (a.formatted() > b ? 1 : 0)
        case (.text(let a), .number(let b)): return a < b.formatted() ? -1 : (a > b.formatted() ? 1 : 0)
        default: return 0
        }
    }
}
