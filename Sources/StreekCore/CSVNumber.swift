/// Reads a number as a data file writes it, straight from the bytes: plain integers without
/// building a `String`, decimals and exponents through `Double`. Rejects what `Double.init`
/// would also accept but no data file means as a number (`nan`, `inf`, hex, spaces).
enum CSVNumber {
    private static let zero = UInt8(ascii: "0"), minus = UInt8(ascii: "-"), plus = UInt8(ascii: "+"),
                       point = UInt8(ascii: "."), lowerE = UInt8(ascii: "e"), upperE = UInt8(ascii: "E")

    @inline(__always)
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, decimalMark: UInt8 = UInt8(ascii: "."), thousands: UInt8? = nil) -> Double? {
        if let whole = integer(bytes) { return whole }
        return nonInteger(bytes, decimalMark: decimalMark, thousands: thousands)
    }

    /// A plain whole number (`-12`, at most 15 digits) straight from the bytes; nil for anything else.
    @inline(__always)
    static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        let count = bytes.count
        guard count > 0 else { return nil }
        var index = 0
        let negative = bytes[0] == minus
        if negative { index = 1 }
        guard index < count, count - index <= 15 else { return nil }
        var value = 0
        while index < count {
            let digit = Int(bytes[index]) &- 48
            if digit < 0 || digit > 9 { return nil }
            value = value &* 10 &+ digit
            index += 1
        }
        return negative ? -Double(value) : Double(value)  // "-0" stays −0, as Double("-0") reads it
    }

    /// A plain whole number of at most 9 digits (so it fits 32 bits), read without a `Double`;
    /// nil for anything else, "-0" included (it reads as −0, which only a decimal keeps).
    @inline(__always)
    static func int32(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let count = bytes.count
        guard count > 0 else { return nil }
        let negative = bytes[0] == minus
        let start = negative ? 1 : 0
        guard start < count, count - start <= 9 else { return nil }
        var value: Int32 = 0
        for index in start..<count {
            let digit = Int32(bytes[index]) &- 48
            if digit < 0 || digit > 9 { return nil }
            value = value &* 10 &+ digit
        }
        if negative { return value == 0 ? nil : -value }
        return value
    }

    /// Every other number: decimals, exponents, thousands separators, a typeset minus.
    static func nonInteger(_ bytes: UnsafeBufferPointer<UInt8>, decimalMark: UInt8, thousands: UInt8?) -> Double? {
        guard let first = bytes.first else { return nil }
        // Most texts (names, codes) fail on their first byte; say so before building anything.
        guard (first >= zero && first <= zero + 9) || first == minus || first == plus || first == decimalMark || first == 0xE2 else { return nil }
        if thousands != nil || bytes.contains(where: { $0 >= 0x80 }) {
            return NumberSyntax.parse(Substring(String(decoding: bytes, as: UTF8.self)), decimalMark: decimalMark, thousands: thousands)
        }
        return general(bytes, decimalMark: decimalMark)
    }

    /// Decimals and exponents: only digits, signs, the decimal mark and `e`, at least one digit.
    private static func general(_ bytes: UnsafeBufferPointer<UInt8>, decimalMark: UInt8) -> Double? {
        var text = ""
        text.reserveCapacity(bytes.count)
        var digits = false
        for byte in bytes {
            switch byte {
            case zero...(zero + 9): digits = true; text.unicodeScalars.append(Unicode.Scalar(byte))
            case minus, plus, lowerE, upperE: text.unicodeScalars.append(Unicode.Scalar(byte))
            case decimalMark: text.append(".")
            default: return nil
            }
        }
        return digits ? Double(text) : nil
    }

    /// The same rules for a `String` (numbers in expressions and parameters).
    static func parse(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }
}
