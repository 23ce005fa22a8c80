/// The signs statistical offices put in a cell instead of a figure. A cell holding one of them is a
/// missing value that keeps the sign as its flag, so a table can show the source's own sign and a
/// note can say what it means. An empty cell is missing without a flag.
public enum MissingSymbols {
    /// CBS's signs (Verklaring van tekens), in the order the notes list them.
    public static let cbs = [".", "x", "-", "?"]

    /// What a sign means, for the note under a table; nil for a sign the author declared.
    public static func meaning(of symbol: String, dutch: Bool) -> String? {
        switch symbol {
        case ".": return dutch ? "cijfer onbekend, onvoldoende betrouwbaar of geheim" : "figure unknown, unreliable or confidential"
        case "x": return dutch ? "geheim" : "confidential"
        case "-": return dutch ? "nihil volgens de bron (niet als 0 meegeteld)" : "nil according to the source (not counted as 0)"
        case "?": return dutch ? "onzeker of onbekend" : "uncertain or unknown"
        default: return nil
        }
    }
}

/// The flags of one column's missing cells, by row: which sign the source wrote. Kept beside the
/// column's values so it travels with the rows through filter, sort and join.
public struct MissingFlags: Sendable, Equatable {
    public var byRow: [Int: String]

    public init(_ byRow: [Int: String] = [:]) {
        self.byRow = byRow
    }

    public subscript(row: Int) -> String? { byRow[row] }

    /// The flags of the given rows, renumbered in the new order; nil when none is left.
    func picking<Rows: Collection<Int>>(_ rows: Rows) -> MissingFlags? {
        var picked: [Int: String] = [:]
        for (position, row) in rows.enumerated() { if let flag = byRow[row] { picked[position] = flag } }
        return picked.isEmpty ? nil : MissingFlags(picked)
    }

    /// How many cells carry each sign, sorted by sign.
    public var counts: [(symbol: String, count: Int)] {
        Dictionary(byRow.values.map { ($0, 1) }, uniquingKeysWith: +).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
