/// One cell of a table. `missing` is a value of its own and never stands in for zero:
/// a figure that is not known stays unknown through every computation.
public enum Value: Sendable, Hashable {
    case missing
    case number(Double)
    case text(String)

    public var number: Double? {
        if case .number(let n) = self { return n }
        return nil
    }

    public var text: String? {
        if case .text(let t) = self { return t }
        return nil
    }

    public var isMissing: Bool { self == .missing }

    /// Wraps an optional number, keeping `nil` as `.missing`.
    public init(_ number: Double?) {
        self = number.map(Value.number) ?? .missing
    }

    /// Wraps an optional text, keeping `nil` as `.missing`.
    public init(_ text: String?) {
        self = text.map(Value.text) ?? .missing
    }
}

extension Value: CustomStringConvertible {
    /// For debugging and for turning numbers into keys (column names, labels): integral numbers
    /// print without a fraction (`2011`, not `2011.0`). Not a display format; rendering is the
    /// notebook's business.
    public var description: String {
        switch self {
        case .missing: return "missing"
        case .number(let n): return Value.stableDescription(of: n)
        case .text(let t): return t
        }
    }

    /// A locale-free, platform-stable spelling of a number.
    public static func stableDescription(of number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return String(number)
    }
}

// Literals make arguments such as `base: 2011` or `base: "2011-2016"` read naturally.
extension Value: ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral, ExpressibleByStringLiteral {
    public init(integerLiteral value: Int) { self = .number(Double(value)) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(stringLiteral value: String) { self = .text(value) }
}

extension Value {
    /// Ordering used by sorting and grouping: numbers by value, texts by Unicode scalar order
    /// (locale-free, so identical on every machine). Missing is handled by the callers
    /// (it always sorts last). A number sorts before a text.
    static func ascending(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return x < y
        case (.text(let x), .text(let y)): return x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars)
        case (.number, .text): return true
        default: return false
        }
    }
}
