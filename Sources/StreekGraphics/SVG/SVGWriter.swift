/// Builds SVG text element by element. Shared by charts and maps so that every figure escapes text
/// the same way and writes coordinates with the same fixed precision (byte-identical output for the
/// same input: no locale, no shortest-representation surprises).
public struct SVGWriter: Sendable {
    public private(set) var text = ""

    public init() {}

    /// `<name a="1" b="x">`; attributes keep the order given.
    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name + Self.attributes(attributes) + ">"
    }

    public mutating func close(_ name: String) {
        text += "</" + name + ">"
    }

    /// `<name a="1"/>`
    public mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        text += "<" + name + Self.attributes(attributes) + "/>"
    }

    /// `<name …>escaped text</name>`
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text content: String) {
        open(name, attributes)
        text += Self.escape(content)
        close(name)
    }

    public mutating func newline() {
        text += "\n"
    }

    /// Appends SVG text produced elsewhere (another writer's output).
    public mutating func raw(_ svg: String) {
        text += svg
    }

    private static func attributes(_ attributes: [(String, String)]) -> String {
        attributes.map { " " + $0.0 + "=\"" + escape($0.1) + "\"" }.joined()
    }

    /// Escapes text and attribute values for XML.
    public static func escape(_ text: String) -> String {
        var text = text
        let escaped = text.withUTF8 { utf8 -> String? in
            // Path data and most labels need no escaping: no new string for them.
            guard utf8.contains(where: { Self.entity(for: $0) != nil }) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(utf8.count + 16)
            // Byte by byte: the five characters are ASCII, which UTF-8 never uses inside another character,
            // and a quote followed by a combining mark is escaped too (a Character walk saw one cluster).
            for byte in utf8 {
                if let entity = Self.entity(for: byte) { entity.withUTF8Buffer { result.append(contentsOf: $0) } } else { result.append(byte) }
            }
            return String(decoding: result, as: UTF8.self)
        }
        return escaped ?? text
    }

    private static func entity(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }

    /// A coordinate with at most `decimals` decimals, no trailing zeros, never "-0": 12.5, 3, -0.25.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "0" }
        let scale = Double(Int(pow10(decimals)))
        // Far outside any drawing; clamped so the integer conversion below cannot overflow.
        var scaled = (min(max(value, -1e12), 1e12) * scale).rounded()
        if scaled == 0 { scaled = 0 }  // drops the sign of -0
        let negative = scaled < 0
        let magnitude = Int(abs(scaled))
        let whole = magnitude / Int(scale), fraction = magnitude % Int(scale)
        var result = (negative ? "-" : "") + String(whole)
        if fraction != 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: decimals - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            result += "." + digits
        }
        return result
    }

    private static func pow10(_ exponent: Int) -> Double {
        (0..<max(0, min(exponent, 6))).reduce(1.0) { result, _ in result * 10 }
    }
}
