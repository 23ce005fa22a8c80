import Foundation

/// A whole origin→destination table held as one dense places × places matrix per period:
/// the fast path for national tables (hundreds of municipalities, millions of rows), where
/// the general `Table` verbs would build a `Value` per cell.
///
/// It answers the same questions as `placeBalances` and `partnerFlows` with the same
/// results (same missing-value rules, same row order); the tests check that. Memory grows
/// with places² × periods (390 municipalities × 10 years ≈ 12 MB).
public struct FlowMatrix: Sendable {
    /// Places in order of first appearance in a row between two different places.
    public let places: [String]
    /// Period labels in order of first appearance (one empty label when there is no period column).
    public let periods: [String]
    public let metadata: TableMetadata
    let periodColumn: String?
    /// cells[(period × n + origin) × n + destination]: the summed count; NaN when no row,
    /// −∞ when rows exist but all their counts are missing.
    let cells: [Double]
    /// appears[period × n + place]: the place is in some row of that period.
    let appears: [Bool]
    /// Position of each place in name order, for tie-breaking without comparing strings.
    let nameRank: [Int]

    public var placeCount: Int { places.count }

    /// Loads `url` with the given column names. An empty period cell is an error; rows
    /// missing either place are skipped; an empty count is a missing value.
    public static func load(contentsOf url: URL, origin: String, destination: String,
                            period: String?, count: String) throws -> FlowMatrix {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)
        return try parse(data, origin: origin, destination: destination, period: period, count: count, name: url.path)
    }

    public static func parse(_ data: Data, origin: String, destination: String,
                             period: String?, count: String, name: String) throws -> FlowMatrix {
        let scanner = FlowCSVScanner(origin: origin, destination: destination, period: period, count: count, originName: name)
        let rows = try data.withUnsafeBytes { raw in
            try scanner.scan(raw.bindMemory(to: UInt8.self))
        }
        return FlowMatrix(rows: rows, periodColumn: period)
    }

    init(rows: FlowCSVScanner.Rows, periodColumn: String?) {
        let placeSequence = rows.flows.placeSequence, periodSequence = rows.flows.periodSequence
        let n = placeSequence.count, periodCount = periodSequence.count
        let (cells, appears) = rows.flows.compacted()
        let names = placeSequence.map { rows.places.string($0) }
        var rank = [Int](repeating: 0, count: n)
        for (position, place) in names.indices.sorted(by: { names[$0].unicodeScalars.lexicographicallyPrecedes(names[$1].unicodeScalars) }).enumerated() {
            rank[place] = position
        }
        self.places = names
        self.periods = rows.periodLabels.count == 0 ? (periodCount > 0 ? [""] : []) : periodSequence.map { rows.periodLabels.string($0) }
        self.metadata = rows.metadata
        self.periodColumn = periodColumn
        self.cells = cells
        self.appears = appears
        self.nameRank = rank
    }

    /// The counted flow from `origin` to `destination` in a period: nil when there is no
    /// row or only missing counts.
    func flow(period: Int, from origin: Int, to destination: Int) -> Double? {
        let value = cells[(period * placeCount + origin) * placeCount + destination]
        return value.isNaN || value == -.infinity ? nil : value
    }

    func hasRow(period: Int, from origin: Int, to destination: Int) -> Bool {
        !cells[(period * placeCount + origin) * placeCount + destination].isNaN
    }
}
