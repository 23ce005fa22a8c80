import Crypto
import Foundation

/// The SHA-256 of a file's bytes, written as 64 lowercase hex digits. Identifies content, never a time:
/// a file saved again unchanged keeps its digest.
public struct ContentDigest: Hashable, Sendable, Codable, CustomStringConvertible {
    public let hex: String

    public init<Bytes: DataProtocol>(of bytes: Bytes) {
        hex = Self.hex(SHA256.hash(data: bytes))
    }

    /// A digest over several labelled parts, e.g. the cache key of one render. Each part is
    /// length-prefixed, so no two different lists of parts give the same input.
    public init(combining parts: [String]) {
        var hasher = SHA256()
        for part in parts {
            let bytes = Array(part.utf8)
            hasher.update(data: Array("\(bytes.count):".utf8))
            hasher.update(data: bytes)
        }
        hex = Self.hex(hasher.finalize())
    }

    /// The digest of a file's current bytes, or nil when there is no readable file at `url`.
    public init?(ofFileAt url: URL) {
        guard let data = try? Data(contentsOf: url) else { return nil }
        self.init(of: data)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        hex = try container.decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(hex)
    }

    public var description: String { hex }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(SHA256.byteCount * 2)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
