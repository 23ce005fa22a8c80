/// The character encodings a data file may come in. Older StatLine downloads and spreadsheets saved
/// on Windows write Windows-1252 (a superset of Latin-1 for every printable character).
public enum TextEncoding: String, Sendable, Equatable, CaseIterable {
    case utf8 = "utf-8"
    case windows1252 = "windows-1252"

    /// `"latin-1"`, `"iso-8859-1"`, `"cp1252"`, `"UTF8"`: the spellings authors use.
    public init?(name: String) {
        switch name.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "latin-1", "latin1", "iso-8859-1", "iso8859-1": self = .windows1252
        default: return nil
        }
    }
}

/// Turns a file's bytes into UTF-8 without a byte-order mark. Undeclared files are UTF-8 when they
/// are valid UTF-8 and Windows-1252 when they hold no multi-byte UTF-8 sequence at all (a pure
/// single-byte file); a file mixing both is an error naming its first bad byte.
public enum TextDecoding {
    public struct Decoded: Sendable {
        public var bytes: [UInt8]
        public var encoding: TextEncoding
        /// The file started with a UTF-8 byte-order mark (dropped).
        public var hadByteOrderMark: Bool
    }

    public static func decode(_ bytes: [UInt8], declared: TextEncoding?, origin: String) throws -> Decoded {
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        let body = bom ? Array(bytes[3...]) : bytes
        switch declared {
        case .windows1252:
            return Decoded(bytes: windows1252ToUTF8(body), encoding: .windows1252, hadByteOrderMark: bom)
        case .utf8:
            if let bad = firstInvalidUTF8(body) { throw badByte(bad, in: body, origin: origin, declared: true) }
            return Decoded(bytes: body, encoding: .utf8, hadByteOrderMark: bom)
        case nil:
            guard let bad = firstInvalidUTF8(body) else { return Decoded(bytes: body, encoding: .utf8, hadByteOrderMark: bom) }
            if !bom, !containsMultiByteUTF8(body) {
                return Decoded(bytes: windows1252ToUTF8(body), encoding: .windows1252, hadByteOrderMark: false)
            }
            throw badByte(bad, in: body, origin: origin, declared: false)
        }
    }

    /// Offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length = byte >= 0xF0 && byte <= 0xF4 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 && byte <= 0xDF ? 2 : 0
            guard length > 0, index + length <= bytes.count else { return index }
            let sequence = bytes[index..<(index + length)]
            guard sequence.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
                  String(validating: sequence, as: UTF8.self) != nil else { return index }
            index += length
        }
        return nil
    }

    private static func containsMultiByteUTF8(_ bytes: [UInt8]) -> Bool {
        for index in bytes.indices where bytes[index] >= 0xC2 && bytes[index] <= 0xF4 {
            let length = bytes[index] >= 0xF0 ? 4 : bytes[index] >= 0xE0 ? 3 : 2
            guard index + length <= bytes.count else { continue }
            if String(validating: bytes[index..<(index + length)], as: UTF8.self) != nil { return true }
        }
        return false
    }

    private static func badByte(_ offset: Int, in bytes: [UInt8], origin: String, declared: Bool) -> CSVError {
        let (line, column) = position(of: offset, in: bytes)
        let hex = "0x" + String(bytes[offset], radix: 16, uppercase: true)
        let advice = declared
            ? "the load line says encoding \"utf-8\"; if the file comes from Excel or an older StatLine download, use encoding \"windows-1252\""
            : "the file mixes UTF-8 with other bytes; save it as UTF-8, or add encoding \"windows-1252\" to the load line if it is Windows-1252/Latin-1"
        return CSVError(origin: origin, line: line, column: column, message: "byte \(hex) is not valid UTF-8; \(advice)")
    }

    /// 1-based line and character column of a byte offset (characters counted as UTF-8 lead bytes).
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    /// Windows-1252 bytes 0x80–0x9F that differ from Latin-1 (the euro sign, curly quotes, dashes …).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 16)
        for byte in bytes {
            if byte < 0x80 { output.append(byte); continue }
            let scalar = byte < 0xA0 ? windows1252High[Int(byte - 0x80)] : UInt32(byte)
            output.append(contentsOf: String(Character(Unicode.Scalar(scalar)!)).utf8)
        }
        return output
    }
}
