import Foundation
import StreekCore
import StreekDocument

/// The functions expressions can call. Row functions work on single values (in a filter, a derive or a
/// live figure); aggregates reduce a whole column, as in `sum(verhuizingen.vestiging)` in a live figure.
enum Functions {
    typealias RowFunction = @Sendable ([Value], SourcePosition) throws -> Value
    /// Values of one column, how to write numbers, and the style that column's numbers take (years plain).
    typealias Aggregate = @Sendable ([Value], NumberFormat, NumberStyle) throws -> Value

    static let rowFunctions: [String: RowFunction] = valueFunctions.merging(TextFunctions.all) { first, _ in first }

    private static let valueFunctions: [String: RowFunction] = [
        "abs": { arguments, position in
            let value = try one(arguments, "abs", position)
            return value.number.map { .number(abs($0)) } ?? value
        },
        "round": { arguments, position in
            guard (1...2).contains(arguments.count) else { throw LocatedError(Message(nl: "round(x) of round(x, decimalen)",
                                                                                      en: "round(x) or round(x, decimalen)"), at: position) }
            guard let number = arguments[0].number else { return arguments[0] }
            let decimals = arguments.count == 2 ? (arguments[1].number ?? 0) : 0
            let factor = pow(10, decimals)
            return .number((number * factor).rounded(.toNearestOrAwayFromZero) / factor)
        },
        "if": { arguments, position in
            guard arguments.count == 3 else { throw LocatedError(Message(nl: "if(voorwaarde, dan, anders) heeft drie argumenten",
                                                                         en: "if(voorwaarde, dan, anders) takes three arguments"), at: position) }
            return Operators.isTrue(arguments[0]) ? arguments[1] : arguments[2]
        },
        "coalesce": { arguments, _ in arguments.first { !$0.isMissing } ?? .missing },
        "is_missing": { arguments, position in .number(try one(arguments, "is_missing", position).isMissing ? 1 : 0) },
        "min": { arguments, _ in extreme(arguments, <) },
        "max": { arguments, _ in extreme(arguments, >) },
    ]

    /// The same set of summaries as `group` (StreekCore's `AggregateFunction`), for live figures and
    /// expressions: `sum(t.kolom)`, `mean(saldo)` inside a derive.
    static let aggregates: [String: Aggregate] = Dictionary(uniqueKeysWithValues: AggregateFunction.allCases.map { function in
        let aggregate: Aggregate = { values, format, style in try function.reduce(values, list: listJoiner(format, style)) }
        return (function.rawValue, aggregate)
    })

    /// `list(t.gemeente)` → "Hoogeveen, Emmen en Meppel" (or "… and …" in English), numbers as the column writes them.
    static func listJoiner(_ format: NumberFormat, _ style: NumberStyle) -> AggregateFunction.ListJoiner {
        { values in format.enumeration(values.map { format.format($0, style: style) }) }
    }

    static func unknownMessage(_ name: String) -> Message {
        let known = (Array(rowFunctions.keys) + Array(aggregates.keys)).sorted()
        var message = Message(nl: "onbekende functie '\(name)'", en: "unknown function '\(name)'")
        if let guess = Suggestion.closest(to: name, among: known) { message += Message.didYouMean(guess) }
        let list = Set(known).sorted().joined(separator: ", ")
        return message + Message(nl: " (functies: \(list))", en: " (functions: \(list))")
    }

    private static func one(_ arguments: [Value], _ name: String, _ position: SourcePosition) throws -> Value {
        guard arguments.count == 1 else { throw LocatedError(Message(nl: "\(name)(…) heeft één argument",
                                                                     en: "\(name)(…) takes one argument"), at: position) }
        return arguments[0]
    }

    private static func numbers(_ values: [Value]) -> [Double] { values.compactMap(\.number) }

    private static func extreme(_ values: [Value], _ better: (Double, Double) -> Bool) -> Value {
        guard var best = values.compactMap(\.number).first else { return .missing }
        for number in values.compactMap(\.number) where better(number, best) { best = number }
        return .number(best)
    }
}
