/// Reads numbers back from the text a streek renderer wrote in a given `NumberConvention`.
///
/// Strict on purpose: a cell only counts as a number when it is written exactly as the renderer writes
/// numbers (thousands groups of three, one decimal separator), so labels like `A28` or `2011-2016` stay text.
public struct NumberParser: Sendable {
    public var convention: NumberConvention

    public init(convention: NumberConvention) {
        self.convention = convention
    }

    /// Classifies a cell or figure: number, missing value, or text.
    public func parseValue(_ text: String) -> ParsedValue {
        let trimmed = text.trimmingWhitespace()
        if trimmed == convention.missingToken {
            return ParsedValue(text: trimmed, meaning: .missing)
        }
        if let number = parseNumber(trimmed) {
            return ParsedValue(text: trimmed, meaning: .number(number))
        }
        return ParsedValue(text: trimmed, meaning: .text)
    }

    /// The number `text` denotes, or nil when it is not a number in this convention.
    public func parseNumber(_ text: String) -> ParsedNumber? {
        var body = Substring(text.trimmingWhitespace())
        var isNegative = false
        if let first = body.first, first == "\u{2212}" || first == "-" || first == "+" {
            isNegative = first != "+"
            body = body.dropFirst()
        }
        var isPercent = false
        if body.last == "%" {
            isPercent = true
            body = body.dropLast()
            if body.last == " " { body = body.dropLast() }
        }
        let parts = body.split(separator: convention.decimalSeparator, omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2 else { return nil }
        guard let integer = integerDigits(parts[0]) else { return nil }
        var fraction = ""
        if parts.count == 2 {
            fraction = String(parts[1])
            guard !fraction.isEmpty, fraction.allSatisfy(\.isASCIIDigit) else { return nil }
        }
        guard let magnitude = Double(fraction.isEmpty ? integer.digits : "\(integer.digits).\(fraction)"), magnitude.isFinite else {
            return nil
        }
        return ParsedNumber(
            value: isNegative ? -magnitude : magnitude,
            fractionDigits: fraction.count,
            isPercent: isPercent,
            usesGrouping: integer.grouped
        )
    }

    /// Digits of the integer part with thousands separators removed; nil when grouping is malformed.
    private func integerDigits(_ text: Substring) -> (digits: String, grouped: Bool)? {
        let groups = text.split(separator: convention.thousandsSeparator, omittingEmptySubsequences: false)
        guard let head = groups.first, !head.isEmpty, head.allSatisfy(\.isASCIIDigit) else { return nil }
        if groups.count == 1 { return (String(head), false) }
        guard head.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }) else {
            return nil
        }
        return (groups.joined(), true)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

extension StringProtocol {
    /// Trims spaces and tabs (including non-breaking spaces) at both ends.
    func trimmingWhitespace() -> String {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return start < end ? String(self[start..<end]) : ""
    }
}
