import Foundation
import StreekCore
import StreekDocument

/// The functions expressions can call. Row functions work on single values (in a filter, a derive or a
/// live figure); aggregates reduce a whole column, as in `sum(verhuizingen.vestiging)` in a live figure.
enum Functions {
    typealias RowFunction = @Sendable ([Value], SourcePosition) throws -> Value
    /// Values of one column, how to write numbers, and the style that column's numbers take (years plain).
    typealias Aggregate = @Sendable ([Value], NumberFormat, NumberStyle) throws -> Value

    static let rowFunctions: [String: RowFunction] = [
        "abs": { arguments, position in
            let value = try one(arguments, "abs", position)
            return value.number.map { .number(abs($0)) } ?? value
        },
        "round": { arguments, position in
            guard (1...2).contains(arguments.count) else { throw LocatedError("round(x) or round(x, decimalen)", at: position) }
            guard let number = arguments[0].number else { return arguments[0] }
            let decimals = arguments.count == 2 ? (arguments[1].number ?? 0) : 0
            let factor = pow(10, decimals)
            return .number((number * factor).rounded(.toNearestOrAwayFromZero) / factor)
        },
        "if": { arguments, position in
            guard arguments.count == 3 else { throw LocatedError("if(voorwaarde, dan, anders) takes three arguments", at: position) }
            return Operators.isTrue(arguments[0]) ? arguments[1] : arguments[2]
        },
        "coalesce": { arguments, _ in arguments.first { !$0.isMissing } ?? .missing },
        "is_missing": { arguments, position in .number(try one(arguments, "is_missing", position).isMissing ? 1 : 0) },
        "min": { arguments, _ in extreme(arguments, <) },
        "max": { arguments, _ in extreme(arguments, >) },
    ]

    static let aggregates: [String: Aggregate] = [
        "sum": { values, _, _ in numbers(values).isEmpty ? .missing : .number(numbers(values).reduce(0, +)) },
        "mean": { values, _, _ in numbers(values).isEmpty ? .missing : .number(numbers(values).reduce(0, +) / Double(numbers(values).count)) },
        "min": { values, _, _ in extreme(values, <) },
        "max": { values, _, _ in extreme(values, >) },
        "count": { values, _, _ in .number(Double(values.filter { !$0.isMissing }.count)) },
        "first": { values, _, _ in values.first ?? .missing },
        "last": { values, _, _ in values.last ?? .missing },
        /// `list(t.gemeente)` → "Hoogeveen, Emmen en Meppel" (or "… and …" in English).
        "list": { values, format, style in .text(format.enumeration(values.filter { !$0.isMissing }.map { format.format($0, style: style) })) },
    ]

    static func unknownMessage(_ name: String, rowContext: Bool) -> String {
        let known = (Array(rowFunctions.keys) + (rowContext ? [] : Array(aggregates.keys))).sorted()
        var message = "unknown function '\(name)'"
        if let guess = Suggestion.closest(to: name, among: known) { message += "; did you mean '\(guess)'?" }
        return message + " (functions: \(Set(known).sorted().joined(separator: ", ")))"
    }

    private static func one(_ arguments: [Value], _ name: String, _ position: SourcePosition) throws -> Value {
        guard arguments.count == 1 else { throw LocatedError("\(name)(…) takes one argument", at: position) }
        return arguments[0]
    }

    private static func numbers(_ values: [Value]) -> [Double] { values.compactMap(\.number) }

    private static func extreme(_ values: [Value], _ better: (Double, Double) -> Bool) -> Value {
        guard var best = values.compactMap(\.number).first else { return .missing }
        for number in values.compactMap(\.number) where better(number, best) { best = number }
        return .number(best)
    }
}
