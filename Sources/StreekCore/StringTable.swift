/// The distinct texts of a text column (its dictionary): cells store an `Int32` code into
/// `strings`, so grouping, joining and sorting compare integers. Immutable and shared between
/// columns picked from the same source, so selecting rows copies only the codes.
final class StringTable: Sendable {
    let strings: [String]
    let codes: [String: Int32]

    init(strings: [String], codes: [String: Int32]) {
        self.strings = strings
        self.codes = codes
    }

    convenience init(strings: [String]) {
        var codes: [String: Int32] = [:]
        codes.reserveCapacity(strings.count)
        for (code, string) in strings.enumerated() { codes[string] = Int32(code) }
        self.init(strings: strings, codes: codes)
    }

    static let empty = StringTable(strings: [], codes: [:])

    var count: Int { strings.count }

    /// Position of every code in locale-free Unicode scalar order, so sorting compares integers.
    func scalarOrderRanks() -> [Int32] {
        let order = strings.indices.sorted { strings[$0].unicodeScalars.lexicographicallyPrecedes(strings[$1].unicodeScalars) }
        var ranks = [Int32](repeating: 0, count: strings.count)
        for (rank, code) in order.enumerated() { ranks[code] = Int32(rank) }
        return ranks
    }

    /// For each code of `other`, the code of the same text here (−1 when absent).
    func translating(_ other: StringTable) -> [Int32] {
        if other === self { return (0..<Int32(count)).map { $0 } }
        return other.strings.map { codes[$0] ?? -1 }
    }
}

/// Builds a dictionary-encoded column from texts, interning each distinct text once.
struct StringTableBuilder {
    private(set) var strings: [String] = []
    private(set) var codes: [String: Int32] = [:]

    mutating func code(for text: String?) -> Int32 {
        guard let text else { return -1 }
        if let code = codes[text] { return code }
        let code = Int32(strings.count)
        codes[text] = code
        strings.append(text)
        return code
    }

    func build() -> StringTable { StringTable(strings: strings, codes: codes) }
}
