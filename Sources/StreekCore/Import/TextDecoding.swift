/// The character encodings a data file may come in. Older StatLine downloads and spreadsheets saved
/// on Windows write Windows-1252 (a superset of Latin-1 for every printable character).
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
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

/// Decides a file's encoding and converts Windows-1252 to UTF-8. An undeclared file is UTF-8 when
/// its bytes are valid UTF-8 and Windows-1252 when it holds no multi-byte UTF-8 sequence at all (a
/// pure single-byte file); a file mixing both is an error naming its first bad byte.
enum TextDecoding {
    static func encoding(of buffer: UnsafeBufferPointer<UInt8>, declared: TextEncoding?, origin: String) throws -> TextEncoding {
        if let declared { return declared }
        // A sample decides; a bad byte further on is caught when the cells are validated.
        var sample = buffer.prefix(65_536)
        if sample.count < buffer.count { while let last = sample.last, last >= 0x80 { sample = sample.dropLast() } }
        guard firstInvalidUTF8(sample) != nil else { return .utf8 }
        if try isSingleByte(buffer, origin: origin) { return .windows1252 }
        throw firstBadByte(buffer, origin: origin, declared: false)!
    }

    /// No byte-order mark and no valid multi-byte UTF-8 sequence: a Windows-1252/Latin-1 file.
    static func isSingleByte(_ buffer: UnsafeBufferPointer<UInt8>, origin: String) throws -> Bool {
        if buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF { return false }
        for index in buffer.indices where buffer[index] >= 0xC2 && buffer[index] <= 0xF4 {
            let length = buffer[index] >= 0xF0 ? 4 : buffer[index] >= 0xE0 ? 3 : 2
            guard index + length <= buffer.count else { continue }
            if String(validating: buffer[index..<(index + length)], as: UTF8.self) != nil { return false }
        }
        return true
    }

    /// Offset of the first byte that does not belong to a valid UTF-8 sequence.
    static func firstInvalidUTF8<Bytes: Collection>(_ bytes: Bytes) -> Int? where Bytes.Element == UInt8, Bytes.Index == Int {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length = byte >= 0xF0 && byte <= 0xF4 ? 4 : byte >= 0xE0 && byte <= 0xEF ? 3 : byte >= 0xC2 && byte <= 0xDF ? 2 : 0
            guard length > 0, index + length <= bytes.endIndex,
                  String(validating: Array(bytes[index..<(index + length)]), as: UTF8.self) != nil else { return index }
            index += length
        }
        return nil
    }

    static func firstBadByte(_ buffer: UnsafeBufferPointer<UInt8>, origin: String, declared: Bool) -> CSVError? {
        guard let offset = firstInvalidUTF8(buffer) else { return nil }
        var line = 1, column = 1
        for byte in buffer[..<offset] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        let hex = "0x" + String(buffer[offset], radix: 16, uppercase: true)
        let advice = declared
            ? Message(nl: "de load-regel zegt encoding \"utf-8\"; een bestand uit Excel of een oudere StatLine-download heeft encoding \"windows-1252\" nodig",
                      en: "the load line says encoding \"utf-8\"; a file from Excel or an older StatLine download needs encoding \"windows-1252\"")
            : Message(nl: "het bestand mengt UTF-8 met andere bytes; sla het op als UTF-8, of zet encoding \"windows-1252\" in de load-regel als het Windows-1252/Latin-1 is",
                      en: "the file mixes UTF-8 with other bytes; save it as UTF-8, or add encoding \"windows-1252\" to the load line if it is Windows-1252/Latin-1")
        return CSVError(origin: origin, line: line, column: column,
                        message: Message(nl: "byte \(hex) is geen geldige UTF-8; \(advice.nl)",
                                         en: "byte \(hex) is not valid UTF-8; \(advice.en)"))
    }

    /// Windows-1252 bytes 0x80–0x9F that differ from Latin-1 (the euro sign, curly quotes, dashes …).
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252ToUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
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
