/// Reads an origin→destination CSV straight from its bytes for `FlowMatrix`: no `String`
/// per cell, place codes and periods interned to small integers as they are met. Accepts
/// the same files as `CSVReader` (metadata lines, BOM, CRLF, quoted fields); other columns
/// are skipped unparsed.
struct FlowCSVScanner {
    /// What the scan produces.
    struct Rows {
        var flows = FlowAccumulator()
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
        let roles = try assignRoles(reader.readHeader())
        var scratch: [UInt8] = []
        var cells = RowCells()
        // Rows usually come sorted by origin and period: remembering the last one skips most lookups.
        var originCache = LastInterned(), periodCache = LastInterned()

        while !reader.atEnd {
            if reader.skipBlankLine() { continue }
            cells = RowCells()
            var field = 0
            while true {
                let start = reader.position
                let role = field < roles.count ? roles[field] : .skip
                if reader.peek == UInt8(ascii: "\"") {
                    try reader.readQuoted(into: &scratch)
                    if role != .skip, let problem = scratch.withUnsafeBufferPointer({ take($0, role: role, into: &cells, rows: &rows, originCache: &originCache, periodCache: &periodCache) }) {
                        throw reader.error(at: start, problem)
                    }
                } else {
                    try reader.skipUnquoted()
                    if role != .skip,
                       let problem = take(UnsafeBufferPointer(rebasing: buffer[start..<reader.position]), role: role, into: &cells, rows: &rows,
                                       originCache: &originCache, periodCache: &periodCache) {
                        throw reader.error(at: start, problem)
                    }
                }
                field += 1
                if !reader.consumeComma() { break }
            }
            if field != roles.count {
                throw reader.error(at: reader.position, "expected \(roles.count) fields, found \(field)")
            }
            reader.consumeLineEnd()
            guard cells.origin >= 0, cells.destination >= 0 else { continue }  // without both places there is no flow
            rows.flows.add(origin: Int(cells.origin), destination: Int(cells.destination), period: Int(cells.period), count: cells.count)
        }
        return rows
    }

    /// The most recently interned value of one column, as bytes (at most 16).
    private struct LastInterned {
        var bytes: (UInt64, UInt64) = (0, 0)
        var length = -1
        var index: Int32 = -1

        mutating func lookup(_ text: UnsafeBufferPointer<UInt8>, intern: (UnsafeBufferPointer<UInt8>) -> Int32) -> Int32 {
            guard text.count <= 16 else { return intern(text) }
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(text)) }
            if length == text.count && words == bytes { return index }
            index = intern(text)
            bytes = words
            length = text.count
            return index
        }
    }

    /// The cells of the row being read.
    private struct RowCells {
        var origin: Int32 = -1, destination: Int32 = -1, period: Int32 = 0, count = Double.nan
    }

    /// Stores one cell; returns what is wrong with it, if anything.
    private func take(_ bytes: UnsafeBufferPointer<UInt8>, role: Role, into cells: inout RowCells, rows: inout Rows,
                      originCache: inout LastInterned, periodCache: inout LastInterned) -> String? {
        guard bytes.count > 0 else { return role == .period ? "empty period" : nil }
        switch role {
        case .origin: cells.origin = originCache.lookup(bytes) { rows.places.intern($0) }
        case .destination: cells.destination = rows.places.intern(bytes)
        case .period: cells.period = periodCache.lookup(bytes) { rows.periodLabels.intern($0) }
        case .count:
            guard let number = ByteCursor.number(bytes) else { return "'\(String(decoding: bytes, as: UTF8.self))' is not a number" }
            cells.count = number
        case .skip: break
        }
        return nil
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
}
