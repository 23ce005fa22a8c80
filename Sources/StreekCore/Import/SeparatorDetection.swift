/// Finds the field separator from the first lines of a file: the candidate (`;`, tab, `,`) that
/// splits the most lines into the same number of fields (two or more), counting only separators
/// outside quotes. Title and footer lines (one field each) and `#` metadata lines do not vote.
enum SeparatorDetection {
    static let candidates: [UInt8] = [UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: ",")]

    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, sampleLines: Int = 50) -> UInt8 {
        let lines = sample(bytes, count: sampleLines)
        var best: (separator: UInt8, agreeing: Int, fields: Int) = (UInt8(ascii: ","), 0, 0)
        for candidate in candidates {
            let counts = lines.map { fieldCount($0, separator: candidate) }.filter { $0 >= 2 }
            guard let (fields, agreeing) = Dictionary(counts.map { ($0, 1) }, uniquingKeysWith: +)
                .max(by: { ($0.value, $0.key) < ($1.value, $1.key) }) else { continue }
            if agreeing > best.agreeing || (agreeing == best.agreeing && fields > best.fields) {
                best = (candidate, agreeing, fields)
            }
        }
        return best.separator
    }

    /// Non-blank lines that are not `#` metadata, up to `count`.
    private static func sample(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> [Slice<UnsafeBufferPointer<UInt8>>] {
        var lines: [Slice<UnsafeBufferPointer<UInt8>>] = []
        for line in bytes.prefix(262_144).split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let trimmed = line.last == UInt8(ascii: "\r") ? line.dropLast() : line
            if trimmed.isEmpty || trimmed.first == UInt8(ascii: "#") { continue }
            lines.append(trimmed)
            if lines.count == count { break }
        }
        return lines
    }

    private static func fieldCount(_ line: Slice<UnsafeBufferPointer<UInt8>>, separator: UInt8) -> Int {
        var count = 1, quoted = false
        for byte in line {
            if byte == UInt8(ascii: "\"") { quoted.toggle() } else if byte == separator, !quoted { count += 1 }
        }
        return count
    }
}
