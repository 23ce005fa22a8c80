/// Reads an origin→destination CSV straight from its bytes for `FlowMatrix`: no `String`
/// per cell, place codes and periods interned to small integers as they are met. Accepts
/// the same files as `CSVReader` (metadata lines, BOM, CRLF, quoted fields); other columns
/// are skipped unparsed.
struct FlowCSVScanner {
    /// What the scan produces: one entry per data row with both places present.
    struct Rows {
        var origins: [Int32] = []
        var destinations: [Int32] = []
        var periods: [Int32] = []
        /// NaN = missing count.
        var counts: [Double] = []
        var places = ByteInterner()
        var periodLabels = ByteInterner()
        var metadata = TableMetadata()
    }

    private enum Role: UInt8 { case skip, origin, destination, period, count }

    let origin: String, destination: String, period: String?, count: String, originName: String

    func scan(_ buffer: UnsafeBufferPointer<UInt8>) throws -> Rows {
        var rows = Rows()
        var reader = ByteCursor(buffer: buffer, origin: originName)
        reader.skipByteOrderMark()
        try reader.readPrelude { line, number in
            try CSVReader.apply(metadataLine: line, lineNumber: number, to: &rows.metadata, origin: originName)
        }
        let header = try reader.readHeader()
        let roles = try assignRoles(header)
        let special = ByteCursor.fieldEndTable
        var scratch: [UInt8] = []
        var lastOrigin: (start: Int, length: Int, index: Int32) = (0, -1, -1)
        var lastPeriod: (start: Int, length: Int, index: Int32) = (0, -1, -1)

        while !reader.atEnd {
            if reader.skipBlankLine() { continue }
            var o: Int32 = -1, d: Int32 = -1, p: Int32 = 0, c = Double.nan
            var field = 0
            while true {
                let start = reader.position
                let quoted = reader.peek == UInt8(ascii: "\"")
                if quoted { try reader.readQuoted(into: &scratch) } else { try reader.skipUnquoted(special) }
                if field < roles.count, roles[field] != .skip {
                    try withFieldBytes(quoted: quoted, start: start, end: reader.position, buffer: buffer, scratch: scratch) { bytes in
                        guard bytes.count > 0 else {
                            if roles[field] == .period { throw reader.error(at: start, "empty period") }
                            return
                        }
                        switch roles[field] {
                        case .origin:
                            o = Self.interned(bytes, start: quoted ? -1 : start, cache: &lastOrigin, in: &rows.places, buffer: buffer)
                        case .destination:
                            d = rows.places.intern(bytes)
                        case .period:
                            p = Self.interned(bytes, start: quoted ? -1 : start, cache: &lastPeriod, in: &rows.periodLabels, buffer: buffer)
                        case .count:
                            c = try reader.number(bytes, at: start)
                        case .skip: break
                        }
                    }
                }
                field += 1
                if !reader.consumeComma() { break }
            }
            if field != roles.count {
                throw reader.error(at: reader.position, "expected \(roles.count) fields, found \(field)")
            }
            reader.consumeLineEnd()
            guard o >= 0, d >= 0 else { continue }  // a row without both places says nothing about a flow
            rows.origins.append(o); rows.destinations.append(d); rows.periods.append(p); rows.counts.append(c)
        }
        return rows
    }

    private func assignRoles(_ header: [String]) throws -> [Role] {
        var roles = [Role](repeating: .skip, count: header.count)
        let wanted: [(String?, Role)] = [(origin, .origin), (destination, .destination), (period, .period), (count, .count)]
        for (name, role) in wanted {
            guard let name else { continue }
            guard let position = header.firstIndex(of: name) else {
                throw TableError.unknownColumn(name, suggestion: Suggestion.closest(to: name, among: header))
            }
            roles[position] = role
        }
        return roles
    }

    private func withFieldBytes(quoted: Bool, start: Int, end: Int, buffer: UnsafeBufferPointer<UInt8>, scratch: [UInt8],
                                _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        if quoted {
            try scratch.withUnsafeBufferPointer(body)
        } else {
            try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// Consecutive rows usually repeat the origin and period: compare with the previous
    /// occurrence before hashing.
    private static func interned(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, cache: inout (start: Int, length: Int, index: Int32),
                                 in interner: inout ByteInterner, buffer: UnsafeBufferPointer<UInt8>) -> Int32 {
        if start >= 0, cache.length == bytes.count,
           (0..<bytes.count).allSatisfy({ buffer[cache.start + $0] == bytes[$0] }) {
            return cache.index
        }
        let index = interner.intern(bytes)
        if start >= 0 { cache = (start, bytes.count, index) }
        return index
    }
}
