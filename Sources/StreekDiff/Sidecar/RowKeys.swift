import StreekDocument

/// Which columns identify a row when two versions of a block are compared, and each row's key.
///
/// In order: the block's key columns (`key`, else the first text column), unless that is a rank (one
/// numeric column reading 1, 2, 3, … down the rows) or not unique on either side; else the first text
/// column unique on both sides; else the key columns with repeats told apart by occurrence (`Overig (2)`).
/// Never a row's position.
struct RowKeys {
    /// The ids of the identifying columns (present on both sides).
    let columns: [String]
    /// Per row, its key: the key cells' texts, `(n)` added to the n-th repeat.
    let old: [String]
    let new: [String]

    init(old oldBlock: SidecarBlock, new newBlock: SidecarBlock) {
        let oldColumns = oldBlock.columns ?? [], newColumns = newBlock.columns ?? []
        let shared = newColumns.filter { column in oldColumns.contains { $0.id == column.id } }
        let sharedIDs = Set(shared.map(\.id))
        let oldRows = oldBlock.rows ?? [], newRows = newBlock.rows ?? []

        func keys(_ ids: [String], _ columns: [SidecarColumn], _ rows: [SidecarRow]) -> [String] {
            let positions = ids.compactMap { id in columns.firstIndex { $0.id == id } }
            return rows.map { row in positions.map { $0 < row.values.count ? row.values[$0].keyText : "" }.joined(separator: ", ") }
        }
        func isUnique(_ ids: [String]) -> Bool {
            Set(keys(ids, oldColumns, oldRows)).count == oldRows.count && Set(keys(ids, newColumns, newRows)).count == newRows.count
        }
        func isRank(_ ids: [String]) -> Bool {
            guard ids.count == 1 else { return false }
            return [(oldColumns, oldRows), (newColumns, newRows)].contains { columns, rows in
                guard let position = columns.firstIndex(where: { $0.id == ids[0] }), columns[position].type == .number else { return false }
                return !rows.isEmpty && rows.enumerated().allSatisfy { $1.values[position].number == Double($0 + 1) }
            }
        }

        let declared = (newBlock.key ?? []).filter { sharedIDs.contains($0) }
        let chosen: [String]
        if !declared.isEmpty, !isRank(declared), isUnique(declared) {
            chosen = declared
        } else if let text = shared.first(where: { $0.type == .text && isUnique([$0.id]) }) {
            chosen = [text.id]
        } else if !declared.isEmpty, !isRank(declared) {
            chosen = declared
        } else {
            let texts = shared.filter { $0.type == .text }.map(\.id)
            chosen = texts.isEmpty ? shared.map(\.id) : texts
        }
        columns = chosen
        old = Self.numbered(keys(chosen, oldColumns, oldRows))
        new = Self.numbered(keys(chosen, newColumns, newRows))
    }

    /// Repeated keys get ` (2)`, ` (3)`, … in order of appearance.
    private static func numbered(_ keys: [String]) -> [String] {
        var seen: [String: Int] = [:]
        return keys.map { key in
            seen[key, default: 0] += 1
            return seen[key] == 1 ? key : "\(key) (\(seen[key]!))"
        }
    }
}
