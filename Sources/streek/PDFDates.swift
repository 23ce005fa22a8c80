import Foundation

/// Makes a printed PDF independent of the moment it was printed. Chromium stamps `/CreationDate` and
/// `/ModDate` with the clock; everything else it writes is the same for the same page. Each stamp is
/// overwritten in place with a string of the same length, so the cross-reference offsets stay valid:
/// with `SOURCE_DATE_EPOCH` set (the reproducible-builds convention) by that moment, else by blanks,
/// which drops the entry from the dictionary.
enum PDFDates {
    static func normalize(_ bytes: inout [UInt8], epoch: Int?) {
        for key in ["/CreationDate", "/ModDate"] {
            let pattern = Array((key + " (D:").utf8)
            var start = 0
            while let found = firstIndex(of: pattern, in: bytes, from: start) {
                guard let close = bytes[found...].firstIndex(of: UInt8(ascii: ")")), close - found < 64 else {
                    start = found + pattern.count
                    continue
                }
                let value = found + key.utf8.count + 1
                if let epoch, case let stamped = Array("(\(dateString(epoch)))".utf8), stamped.count == close - value + 1 {
                    bytes.replaceSubrange(value...close, with: stamped)
                } else {
                    bytes.replaceSubrange(found...close, with: [UInt8](repeating: UInt8(ascii: " "), count: close - found + 1))
                }
                start = close + 1
            }
        }
    }

    /// `D:YYYYMMDDHHmmSS+00'00'` in UTC.
    static func dateString(_ epoch: Int) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                            from: Date(timeIntervalSince1970: TimeInterval(epoch)))
        let digits = [(parts.year!, 4), (parts.month!, 2), (parts.day!, 2), (parts.hour!, 2), (parts.minute!, 2), (parts.second!, 2)]
            .map { value, width in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "D:" + digits.joined() + "+00'00'"
    }

    private static func firstIndex(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count, start <= bytes.count - pattern.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0], bytes[index..<(index + pattern.count)].elementsEqual(pattern) { return index }
            index += 1
        }
        return nil
    }
}
