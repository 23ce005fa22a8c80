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
    /// Rows of this table matched to rows of `other` on equal values in all `keys`. Output rows
    /// follow this table's row order, several matches in `other`'s row order. Missing keys
    /// never match. The result has this table's columns, then `other`'s non-key columns.
    public func joined(_ other: Table, on keys: [String], kind: JoinKind = .inner) throws -> Table {
        let leftKeys = try keys.map { try column($0) }
        let rightKeys = try keys.map { try other.column($0) }
        for (left, right) in zip(leftKeys, rightKeys) where left.isNumeric != right.isNumeric {
            throw TableError.invalidArgument(
                "join key '\(left.name)' is numeric on one side and text on the other")
        }
        let rightExtra = other.columns.filter { !keys.contains($0.name) }
        if kind != .anti, let clash = rightExtra.first(where: { columnNames.contains($0.name) }) {
            throw TableError.invalidArgument(
                "both tables have a column '\(clash.name)'; rename one before joining")
        }

        let matches = Self.rowsByKey(other, keyColumns: rightKeys)
        var leftRows: [Int] = []
        var rightRows: [Int?] = []
        for row in 0..<rowCount {
            let key = leftKeys.map { $0[row] }
            let found = key.contains(.missing) ? [] : (matches[key] ?? [])
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
        let rightPart = rightExtra.map { column in
            Column(column.name, values: rightRows.map { $0.map { column[$0] } ?? .missing })
                .keepingType(of: column)
        }
        return Table(unchecked: leftPart + rightPart, metadata: combinedMetadata)
    }

    private static func rowsByKey(_ table: Table, keyColumns: [Column]) -> [[Value]: [Int]] {
        var rows: [[Value]: [Int]] = [:]
        for row in 0..<table.rowCount {
            rows[keyColumns.map { $0[row] }, default: []].append(row)
        }
        return rows
    }
}

extension Column {
    /// A column built from `Value`s infers its type; an all-missing result would otherwise
    /// turn a text column numeric.
    func keepingType(of source: Column) -> Column {
        if source.isNumeric == isNumeric { return self }
        return source.isNumeric ? Column(name, numbers: cells.map(\.number))
                                : Column(name, texts: texts)
    }
}

extension Table {
    /// The most rows a cross join may make; beyond this it is almost certainly a mistake.
    public static let crossJoinRowLimit = 1_000_000

    /// Every row of this table paired with every row of `other` (this table's order, then `other`'s).
    public func crossJoined(_ other: Table) throws -> Table {
        if let clash = other.columns.first(where: { columnNames.contains($0.name) }) {
            throw TableError.invalidArgument("both tables have a column '\(clash.name)'; rename one before a cross join")
        }
        let (rows, overflow) = rowCount.multipliedReportingOverflow(by: other.rowCount)
        guard !overflow, rows <= Self.crossJoinRowLimit else {
            throw TableError.invalidArgument("a cross join of \(rowCount) by \(other.rowCount) rows would exceed \(Self.crossJoinRowLimit) rows; filter first")
        }
        let left = (0..<rows).map { $0 / Swift.max(other.rowCount, 1) }
        let right = (0..<rows).map { $0 % Swift.max(other.rowCount, 1) }
        return try Table(columns: columns.map { $0.picking(left) } + other.columns.map { $0.picking(right) }, metadata: metadata)
    }
}
