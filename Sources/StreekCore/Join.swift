/// Which rows `joined` keeps.
public enum JoinKind: String, Sendable, CaseIterable {
    /// Every pair of matching rows.
    case inner
    /// Like inner, plus left rows without a match (their right-hand cells missing).
    case left
    /// Left rows without a match, left columns only.
    case anti
}

extension Table {
    /// The most rows a join may produce unless the caller says otherwise: 5 million, or twice
    /// the larger input when that is more. A lookup join (each left row matching at most one
    /// right row) never comes near it; keys that do not identify rows multiply them.
    public static func defaultJoinRowLimit(left: Int, right: Int) -> Int {
        Swift.max(5_000_000, 2 * Swift.max(left, right))
    }

    /// Rows of this table matched to rows of `other` on equal values in all `keys`. Output rows
    /// follow this table's row order, several matches in `other`'s row order. Missing keys
    /// never match. The result has this table's columns, then `other`'s non-key columns.
    /// A join that would produce more than `rowLimit` rows stops with an error naming the keys.
    public func joined(_ other: Table, on keys: [String], kind: JoinKind = .inner, rowLimit: Int? = nil) throws -> Table {
        let leftKeys = try keys.map { try column($0) }
        let rightKeys = try keys.map { try other.column($0) }
        for (left, right) in zip(leftKeys, rightKeys) where left.isNumeric != right.isNumeric {
            throw TableError.invalidArgument(Message(
                nl: "joinsleutel '\(left.name)' bevat aan de ene kant getallen en aan de andere kant tekst",
                en: "join key '\(left.name)' is numeric on one side and text on the other"))
        }
        let rightExtra = other.columns.filter { !keys.contains($0.name) }
        if kind != .anti, let clash = rightExtra.first(where: { columnNames.contains($0.name) }) {
            throw TableError.invalidArgument(Message(
                nl: "beide tabellen hebben een kolom '\(clash.name)'; geef er één een andere naam vóór de join",
                en: "both tables have a column '\(clash.name)'; rename one before joining"))
        }

        let matches = JoinMatches(left: leftKeys, leftRows: rowCount, right: rightKeys, rightRows: other.rowCount)
        if kind != .anti {
            let limit = rowLimit ?? Self.defaultJoinRowLimit(left: rowCount, right: other.rowCount)
            let produced = matches.outputRows(keepingUnmatched: kind == .left)
            if produced > limit {
                throw TableError.invalidArgument(Message(
                    nl: "join on \(keys.joined(separator: ", ")) zou \(produced) rijen opleveren, meer dan de grens van \(limit): "
                        + "deze sleutels passen op \(matches.largestMatchCount) rijen van de andere tabel tegelijk; join op kolommen die de rijen ervan aanwijzen",
                    en: "join on \(keys.joined(separator: ", ")) would produce \(produced) rows, more than the limit of \(limit): "
                        + "these keys match \(matches.largestMatchCount) rows of the other table at once; join on columns that identify its rows"))
            }
        }
        var leftRows: [Int] = []
        var rightRows: [Int?] = []
        for row in 0..<rowCount {
            let found = matches.rightRows(matching: row)
            switch kind {
            case .inner, .left:
                for match in found {
                    leftRows.append(row)
                    rightRows.append(match)
                }
                if found.isEmpty && kind == .left {
                    leftRows.append(row)
                    rightRows.append(nil)
                }
            case .anti:
                if found.isEmpty { leftRows.append(row) }
            }
        }

        let combinedMetadata = metadata.combined(with: other.metadata)
        let leftPart = columns.map { $0.picking(leftRows) }
        if kind == .anti { return Table(unchecked: leftPart, metadata: combinedMetadata) }
        let rightPart = rightExtra.map { $0.picking(rightRows) }
        return Table(unchecked: leftPart + rightPart, metadata: combinedMetadata)
    }
}

/// For each left row, the right rows with equal keys, found through integer key codes shared by
/// both sides. A key with a missing cell matches nothing.
struct JoinMatches {
    private let leftIds: [Int32]
    private let offsets: [Int]
    private let rows: [Int]

    init(left: [Column], leftRows: Int, right: [Column], rightRows: Int) {
        var coded: [(codes: [Int32], cardinality: Int)] = []
        var incomplete = [Bool](repeating: false, count: leftRows + rightRows)
        for (l, r) in zip(left, right) {
            let (codes, cardinality) = KeyCoder.codes([l, r])
            let both = codes[0] + codes[1]
            for (row, code) in both.enumerated() where code == 0 { incomplete[row] = true }
            coded.append((both, cardinality))
        }
        let (ids, count) = KeyCoder.combine(coded, rows: leftRows + rightRows)
        // Right rows bucketed by key id (row order kept); rows with a missing key left out.
        var offsets = [Int](repeating: 0, count: count + 1)
        for row in leftRows..<(leftRows + rightRows) where !incomplete[row] { offsets[Int(ids[row]) + 1] += 1 }
        for id in 0..<count { offsets[id + 1] += offsets[id] }
        var fill = offsets
        var rows = [Int](repeating: 0, count: offsets[count])
        for row in leftRows..<(leftRows + rightRows) where !incomplete[row] {
            rows[fill[Int(ids[row])]] = row - leftRows
            fill[Int(ids[row])] += 1
        }
        self.leftIds = (0..<leftRows).map { incomplete[$0] ? -1 : ids[$0] }
        self.offsets = offsets
        self.rows = rows
    }

    func rightRows(matching leftRow: Int) -> ArraySlice<Int> {
        let id = Int(leftIds[leftRow])
        return id < 0 ? [] : rows[offsets[id]..<offsets[id + 1]]
    }

    /// How many rows an inner (or left) join gives, counted before any is built.
    func outputRows(keepingUnmatched: Bool) -> Int {
        leftIds.indices.reduce(0) { total, row in
            let found = rightRows(matching: row).count
            return total + (found == 0 && keepingUnmatched ? 1 : found)
        }
    }

    /// The most right rows any one key matches.
    var largestMatchCount: Int {
        zip(offsets, offsets.dropFirst()).map { $1 - $0 }.max() ?? 0
    }
}

extension Table {
    /// The most rows a cross join may make; beyond this it is almost certainly a mistake.
    public static let crossJoinRowLimit = 1_000_000

    /// Every row of this table paired with every row of `other` (this table's order, then `other`'s).
    public func crossJoined(_ other: Table) throws -> Table {
        if let clash = other.columns.first(where: { columnNames.contains($0.name) }) {
            throw TableError.invalidArgument(Message(
                nl: "beide tabellen hebben een kolom '\(clash.name)'; geef er één een andere naam vóór een cross join",
                en: "both tables have a column '\(clash.name)'; rename one before a cross join"))
        }
        let (rows, overflow) = rowCount.multipliedReportingOverflow(by: other.rowCount)
        guard !overflow, rows <= Self.crossJoinRowLimit else {
            throw TableError.invalidArgument(Message(
                nl: "een cross join van \(rowCount) bij \(other.rowCount) rijen zou meer dan \(Self.crossJoinRowLimit) rijen opleveren; filter eerst",
                en: "a cross join of \(rowCount) by \(other.rowCount) rows would exceed \(Self.crossJoinRowLimit) rows; filter first"))
        }
        let left = (0..<rows).map { $0 / Swift.max(other.rowCount, 1) }
        let right = (0..<rows).map { $0 % Swift.max(other.rowCount, 1) }
        return try Table(columns: columns.map { $0.picking(left) } + other.columns.map { $0.picking(right) }, metadata: metadata)
    }
}
