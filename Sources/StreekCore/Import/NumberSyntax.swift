/// Reads a trimmed cell as a number in a given dialect: an optional sign, digits (with thousands
/// groups of three when the dialect has a thousands separator), an optional decimal part, and an
/// exponent only in plain numbers. Rejects what `Double.init` would also accept but no data file
/// means as a number (`nan`, `inf`, hex).
public enum NumberSyntax {
    public static func parse(_ text: Substring, decimalMark: UInt8, thousands: UInt8?) -> Double? {
        var plain: [UInt8] = []
        plain.reserveCapacity(text.utf8.count)
        var bytes = text.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            plain.append(first); bytes = bytes.dropFirst()
        } else if text.hasPrefix("−") {  // U+2212, as typeset tables write a minus
            plain.append(UInt8(ascii: "-")); bytes = bytes.dropFirst(3)
        }
        let integerEnd = bytes.firstIndex(where: { $0 == decimalMark || $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) ?? bytes.endIndex
        let integer = bytes[..<integerEnd]
        guard integer.contains(where: isDigit) || bytes[integerEnd...].dropFirst().first.map(isDigit) == true else { return nil }
        if let thousands, integer.contains(thousands) {
            let groups = integer.split(separator: thousands, omittingEmptySubsequences: false)
            guard let head = groups.first, (1...3).contains(head.count), head.allSatisfy(isDigit),
                  groups.dropFirst().allSatisfy({ $0.count == 3 && $0.allSatisfy(isDigit) }) else { return nil }
            groups.forEach { plain += $0 }
            // An exponent after grouped digits is no number anyone writes.
            if bytes[integerEnd...].contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) { return nil }
        } else {
            guard integer.allSatisfy(isDigit) else { return nil }
            plain += integer
        }
        var rest = bytes[integerEnd...]
        if rest.first == decimalMark {
            rest = rest.dropFirst()
            let fraction = rest.prefix(while: isDigit)
            plain.append(UInt8(ascii: "."))
            plain += fraction
            rest = rest.dropFirst(fraction.count)
        }
        if let e = rest.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            rest = rest.dropFirst()
            plain.append(UInt8(ascii: "e"))
            if let sign = rest.first, sign == UInt8(ascii: "-") || sign == UInt8(ascii: "+") { plain.append(sign); rest = rest.dropFirst() }
            let exponent = rest.prefix(while: isDigit)
            guard !exponent.isEmpty else { return nil }
            plain += exponent
            rest = rest.dropFirst(exponent.count)
        }
        guard rest.isEmpty else { return nil }
        return Double(String(decoding: plain, as: UTF8.self))
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// What one cell says about the file's decimal mark.
    enum Evidence: Equatable {
        /// Only digits, or not a number at all.
        case none
        /// `108.5`, `0.125`, `1234.567`, `1,304.5`: the point can only be a decimal mark.
        case decimalPoint
        /// `108,5`, `1.304,5`, `1.304.000`: the comma can only be a decimal mark (or the point only a thousands separator).
        case decimalComma
        /// `1.304` or `1,304`: a thousands separator or a decimal mark, the cell alone cannot tell.
        case ambiguous
    }

    /// Classifies a trimmed cell. A mark is decisive when it is followed by other than exactly three
    /// digits, follows more than three digits or a leading zero, repeats, or comes with the other mark.
    static func evidence(_ text: Substring) -> Evidence {
        var bytes = text.utf8[...]
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        guard let first = bytes.first, isDigit(first), let last = bytes.last, isDigit(last) else { return .none }
        let point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        guard bytes.allSatisfy({ isDigit($0) || $0 == point || $0 == comma }) else { return .none }
        let points = bytes.filter { $0 == point }.count, commas = bytes.filter { $0 == comma }.count
        switch (points, commas) {
        case (0, 0): return .none
        case (_, 0): return points > 1 ? (isGrouped(bytes, by: point) ? .decimalComma : .none) : single(bytes, mark: point)
        case (0, _): return commas > 1 ? (isGrouped(bytes, by: comma) ? .decimalPoint : .none) : swapped(single(bytes, mark: comma))
        default:
            // Both marks: the last one is the decimal mark, the other groups thousands.
            let lastMark = bytes.last(where: { $0 == point || $0 == comma })!
            let integer = bytes[..<bytes.lastIndex(of: lastMark)!]
            guard (lastMark == point ? commas : points) > 0, isGrouped(integer, by: lastMark == point ? comma : point) else { return .none }
            return lastMark == point ? .decimalPoint : .decimalComma
        }
    }

    private static func single(_ bytes: Substring.UTF8View.SubSequence, mark: UInt8) -> Evidence {
        let index = bytes.firstIndex(of: mark)!
        let head = bytes[..<index], tail = bytes[bytes.index(after: index)...]
        if tail.count != 3 || head.count > 3 || head.first == UInt8(ascii: "0") { return .decimalPoint }
        return .ambiguous
    }

    private static func swapped(_ evidence: Evidence) -> Evidence {
        evidence == .decimalPoint ? .decimalComma : evidence
    }

    private static func isGrouped(_ bytes: Substring.UTF8View.SubSequence, by mark: UInt8) -> Bool {
        let groups = bytes.split(separator: mark, omittingEmptySubsequences: false)
        guard let head = groups.first, (1...3).contains(head.count) else { return false }
        return groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}
