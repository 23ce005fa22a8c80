extension Table {
    /// Adds a competition ranking of a numeric column (1, 2, 2, 4): equal values share the
    /// best rank and the next rank skips accordingly. Missing values get a missing rank.
    /// With `groupBy`, rows are ranked within each group of equal key values. Row order is
    /// unchanged.
    public func ranked(by column: String, descending: Bool = true, groupBy: [String] = [], into name: String) throws -> Table {
        let values = try self.column(column).numberCells()
        let groups = RowGroups(self, keyColumns: try groupBy.map { try self.column($0) })
        let (offsets, members) = groups.membership()
        var ranks = [Double?](repeating: nil, count: rowCount)
        for group in 0..<groups.count {
            // Best first, so a value's rank is 1 + the number of values strictly better than it.
            let rows = members[offsets[group]..<offsets[group + 1]].filter { values.validity[$0] }
                .sorted { descending ? values.value($0) > values.value($1) : values.value($0) < values.value($1) }
            for (position, row) in rows.enumerated() {
                let tied = position > 0 && values.value(rows[position - 1]) == values.value(row)
                ranks[row] = tied ? ranks[rows[position - 1]] : Double(position + 1)
            }
        }
        return try setting(Column(name, numbers: ranks))
    }
}
