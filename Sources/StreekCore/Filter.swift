extension Table {
    /// Rows for which `keep(rowIndex)` is true, in their original order.
    public func filtered(_ keep: (Int) throws -> Bool) rethrows -> Table {
        var kept: [Int] = []
        for row in 0..<rowCount where try keep(row) { kept.append(row) }
        return rows(kept)
    }

    /// The given rows, in the given order (indices may repeat).
    public func rows(_ indices: [Int]) -> Table {
        with(columns: columns.map { $0.picking(indices) })
    }
}
