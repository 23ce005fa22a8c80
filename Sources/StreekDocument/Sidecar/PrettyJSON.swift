import StreekCore

/// JSON written straight into bytes, exactly as `JSONEncoder` writes it with `.prettyPrinted`,
/// `.sortedKeys` and `.withoutEscapingSlashes` (two-space indent, `"key" : value`, an empty array as
/// `[`, a blank line, `]`). The sidecar is written once per render, and JSONEncoder's generic machinery
/// costs a command-line process several milliseconds of start-up work; this writer costs little.
///
/// The caller writes an object's keys in JSONEncoder's sorted order (case-insensitive); tests compare
/// the bytes with JSONEncoder's on real renders and generated values.
public struct PrettyJSON {
    public private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the container being written has no element yet.
    private var isFirst = true

    public init(capacity: Int = 1 << 16) { bytes.reserveCapacity(capacity) }

    /// `{ … }`: `body` writes the members with `key(_:)` and a value each.
    public mutating func object(_ body: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// `[ … ]`, one element per item.
    public mutating func array<Items: Sequence>(_ items: Items, _ write: (inout PrettyJSON, Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            startElement()
            write(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// Starts the member `name` of the object being written; its value must follow.
    public mutating func key(_ name: StaticString) {
        startElement()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: "\" : ".utf8)
    }

    /// A member name known only at run time (the caller still writes the members in sorted order).
    public mutating func key(_ name: String) {
        startElement()
        string(name)
        bytes.append(contentsOf: " : ".utf8)
    }

    /// Ends the text with a line break, as files end.
    public mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    public mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: utf8[start..<index])
                appendEscaped(byte)
                start = index + 1
            }
            bytes.append(contentsOf: utf8[start...])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    public mutating func int(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }

    public mutating func bool(_ flag: Bool) { bytes.append(contentsOf: (flag ? "true" : "false").utf8) }

    /// A finite number as JSONEncoder writes a Double: Swift's shortest round-trip text, without `.0`
    /// for whole numbers.
    public mutating func number(_ number: Double) {
        let text = number.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    /// A cell: `null` when missing (the sidecar stores non-finite numbers as missing beforehand).
    public mutating func value(_ value: Value) {
        switch value {
        case .missing: bytes.append(contentsOf: "null".utf8)
        case .number(let number): self.number(number)
        case .text(let text): string(text)
        }
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        depth += 1
        isFirst = true
    }

    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
        isFirst = false
    }

    private mutating func startElement() {
        if !isFirst { bytes.append(contentsOf: ",\n".utf8) }
        indent()
        isFirst = false
    }

    private mutating func indent() {
        bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
    }

    private mutating func appendEscaped(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
        case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
        case 0x08: bytes.append(contentsOf: "\\b".utf8)
        case 0x0C: bytes.append(contentsOf: "\\f".utf8)
        case 0x0A: bytes.append(contentsOf: "\\n".utf8)
        case 0x0D: bytes.append(contentsOf: "\\r".utf8)
        case 0x09: bytes.append(contentsOf: "\\t".utf8)
        default:
            let digits = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "\\u00".utf8)
            bytes.append(digits[Int(byte >> 4)])
            bytes.append(digits[Int(byte & 0x0F)])
        }
    }
}
