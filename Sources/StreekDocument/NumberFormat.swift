import Foundation
import StreekCore

/// How a number is shown: decimals (nil = none for whole numbers, one otherwise), as a percentage,
/// with an explicit sign (for saldi and changes).
public struct NumberStyle: Sendable, Equatable, Hashable, Codable {
    public var decimals: Int?
    public var percent = false
    public var signed = false
    /// Thousands separators; off for years and codes (`plain`).
    public var grouping = true

    public init(decimals: Int? = nil, percent: Bool = false, signed: Bool = false, grouping: Bool = true) {
        self.decimals = decimals
        self.percent = percent
        self.signed = signed
        self.grouping = grouping
    }

    public static let automatic = NumberStyle()

    /// A Double holds 15–17 significant digits; more decimals than this would only show noise.
    public static let maximumDecimals = 10
}

/// Number formatting by the conventions of Dutch statistical publications (default) or English:
///
/// | | nl | en |
/// |---|---|---|
/// | thousands | 1.304 | 1,304 |
/// | decimals | 108,5 | 108.5 |
/// | negative | −434 (minus sign) | -434 |
/// | percentage | 57% | 57% |
/// | missing | n.n.b. | n/a |
///
/// Rounding is half away from zero at the shown decimals, as statistical tables do.
public struct NumberFormat: Sendable, Equatable {
    /// The report's language; the same type as the language of messages.
    public typealias Language = StreekCore.Language

    public var language: Language

    public init(_ language: Language = .nl) { self.language = language }

    public var missing: String { language == .nl ? "n.n.b." : "n/a" }
    /// Written after a difference between two percentages: they differ in points, not in percent.
    public var percentagePointUnit: String { language == .nl ? " procentpunt" : " pp" }
    private var thousandsSeparator: String { language == .nl ? "." : "," }
    private var decimalSeparator: String { language == .nl ? "," : "." }
    private var minus: String { language == .nl ? "\u{2212}" : "-" }

    public func format(_ value: Value, style: NumberStyle = .automatic) -> String {
        switch value {
        case .missing: return missing
        case .text(let text): return text
        case .number(let number): return format(number, style: style)
        }
    }

    public func format(_ number: Double, style: NumberStyle = .automatic) -> String {
        guard number.isFinite else { return missing }
        var decimals = min(style.decimals ?? (number == number.rounded() ? 0 : 1), NumberStyle.maximumDecimals)
        var scale = pow(10, Double(decimals))
        if !(abs(number) * scale).isFinite { (decimals, scale) = (0, 1) } // near Double's limit: no room for decimals
        let rounded = (abs(number) * scale).rounded(.toNearestOrAwayFromZero)
        let isZero = rounded == 0
        // Every whole Double below 2^63 converts exactly; String(format:) is many times slower (Foundation).
        var digits = Array((rounded < 9.2e18 ? String(Int64(rounded)) : String(format: "%.0f", rounded)).utf8)
        if digits.count <= decimals { digits.insert(contentsOf: repeatElement(UInt8(ascii: "0"), count: decimals + 1 - digits.count), at: 0) }
        // Built as bytes in one pass: every table cell comes through here, once per output.
        let integerDigits = digits.count - decimals
        var text: [UInt8] = []
        text.reserveCapacity(digits.count + integerDigits / 3 + 8)
        if number < 0, !isZero { text += minus.utf8 } else if style.signed, !isZero { text.append(UInt8(ascii: "+")) }
        for (index, digit) in digits[..<integerDigits].enumerated() {
            if style.grouping, index > 0, (integerDigits - index) % 3 == 0 { text += thousandsSeparator.utf8 }
            text.append(digit)
        }
        if decimals > 0 {
            text += decimalSeparator.utf8
            text += digits[integerDigits...]
        }
        if style.percent { text.append(UInt8(ascii: "%")) }
        return String(decoding: text, as: UTF8.self)
    }

    /// "A", "A en B", "A, B en C" (English: "A, B and C").
    public func enumeration(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        let conjunction = language == .nl ? " en " : " and "
        return items.dropLast().joined(separator: ", ") + conjunction + items.last!
    }
}
