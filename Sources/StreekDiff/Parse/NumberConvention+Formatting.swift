import Foundation

extension NumberConvention {
    /// Writes `number` the way a streek renderer would in this convention.
    ///
    /// - Parameter signed: also write `+` before positive numbers (used for differences).
    public func format(_ number: ParsedNumber, signed: Bool = false) -> String {
        // Beyond 15 decimals a Double shows only noise; near its limit there is no room for decimals at all.
        var digits = min(max(0, number.fractionDigits), 15)
        if !(abs(number.value) * pow10(digits)).isFinite { digits = 0 }
        let scale = pow10(digits)
        let scaled = (abs(number.value) * scale).rounded()
        let integerPart = (scaled / scale).rounded(.towardZero)
        let fractionPart = scaled - integerPart * scale

        var text = number.usesGrouping ? grouped(integerDigits(integerPart)) : integerDigits(integerPart)
        if digits > 0 {
            let fraction = integerDigits(fractionPart)
            text += String(decimalSeparator) + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        if number.isPercent { text += "%" }

        let isZero = scaled == 0
        if number.value < 0 && !isZero { return minusSign + text }
        if signed && !isZero { return "+" + text }
        return text
    }

    /// Writes a value as it would appear in this convention: numbers reformatted, missing values as this
    /// convention's token, text unchanged.
    public func format(_ value: ParsedValue) -> String {
        switch value.meaning {
        case .number(let number): return format(number)
        case .missing: return missingToken
        case .text: return value.text
        }
    }

    private func grouped(_ digits: String) -> String {
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(thousandsSeparator) }
            result.append(digit)
        }
        return result
    }

    /// Every digit of a whole Double, however large (Int64 would trap beyond 9.2e18).
    private func integerDigits(_ value: Double) -> String {
        value.isFinite ? String(format: "%.0f", value) : "0"
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }
}
