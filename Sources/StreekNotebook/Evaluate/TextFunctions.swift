import Foundation
import StreekCore

/// Functions on texts, for derive, filter and template holes: `upper(gemeente)`,
/// `replace(gemeente, "-", " ")`, `concat(gemeente, " (", jaar, ")")`. Missing in, missing out; a number
/// given where a text is expected is read as its plain digits (2016 → "2016").
enum TextFunctions {
    static let all: [String: Functions.RowFunction] = [
        "lower": unary("lower") { $0.lowercased() },
        "upper": unary("upper") { $0.uppercased() },
        "capitalise": unary("capitalise", capitalised),
        "capitalize": unary("capitalize", capitalised),
        "trim": unary("trim") { $0.trimmingCharacters(in: .whitespaces) },
        "length": { arguments, position in
            guard arguments.count == 1 else { throw LocatedError(Message(nl: "length(tekst) heeft één argument",
                                                                         en: "length(tekst) takes one argument"), at: position) }
            return text(arguments[0]).map { .number(Double($0.count)) } ?? .missing
        },
        "replace": { arguments, position in
            guard arguments.count == 3 else { throw LocatedError(Message(nl: "replace(tekst, \"zoek\", \"vervang\") heeft drie argumenten",
                                                                         en: "replace(tekst, \"zoek\", \"vervang\") takes three arguments"), at: position) }
            guard let subject = text(arguments[0]) else { return .missing }
            guard let target = text(arguments[1]), !target.isEmpty, let replacement = text(arguments[2]) else {
                throw LocatedError(Message(nl: "replace(tekst, \"zoek\", \"vervang\"): de tekst om te zoeken mag niet leeg zijn",
                                           en: "replace(tekst, \"zoek\", \"vervang\"): the text to look for must not be empty"), at: position)
            }
            return .text(subject.replacingOccurrences(of: target, with: replacement))
        },
        "substring": { arguments, position in
            guard (2...3).contains(arguments.count) else {
                throw LocatedError(Message(nl: "substring(tekst, begin) of substring(tekst, begin, lengte); het eerste teken is 1",
                                           en: "substring(tekst, begin) or substring(tekst, begin, lengte); the first character is 1"), at: position)
            }
            guard let subject = text(arguments[0]) else { return .missing }
            guard let start = whole(arguments[1]), start >= 1 else {
                throw LocatedError(Message(nl: "substring: het begin moet een geheel getal zijn vanaf 1",
                                           en: "substring: the start must be a whole number from 1"), at: position)
            }
            let length = arguments.count == 3 ? whole(arguments[2]) : subject.count
            guard let length, length >= 0 else { throw LocatedError(Message(nl: "substring: de lengte moet een geheel getal zijn vanaf 0",
                                                                            en: "substring: the length must be a whole number from 0"), at: position) }
            return .text(String(subject.dropFirst(start - 1).prefix(length)))
        },
        "concat": { arguments, _ in
            let parts = arguments.map(text)
            return parts.contains(nil) ? .missing : .text(parts.compactMap { $0 }.joined())
        },
    ]

    private static func unary(_ name: String, _ transform: @escaping @Sendable (String) -> String) -> Functions.RowFunction {
        { arguments, position in
            guard arguments.count == 1 else { throw LocatedError(Message(nl: "\(name)(tekst) heeft één argument",
                                                                         en: "\(name)(tekst) takes one argument"), at: position) }
            return text(arguments[0]).map { .text(transform($0)) } ?? .missing
        }
    }

    /// First letter upper case, the rest as written: "de wolden" → "De wolden".
    private static func capitalised(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    private static func text(_ value: Value) -> String? {
        switch value {
        case .text(let text): return text
        case .number(let number): return number.formatted()
        case .missing: return nil
        }
    }

    private static func whole(_ value: Value) -> Int? {
        guard let number = value.number, number == number.rounded(), abs(number) < 1e9 else { return nil }
        return Int(number)
    }
}
