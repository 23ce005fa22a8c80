extension Table {
    /// Adds a competition ranking of a numeric column (1, 2, 2, 4): equal values share the
    /// best rank and the next rank skips accordingly. Missing values get a missing rank.
    /// With `groupBy`, rows are ranked within each group of equal key values. Row order is
    /// unchanged.
    public func ranked(by column: String, descending: Bool = true, groupBy: [String] = [], into name: String) throws -> Table {
        let values = try self.column(column).numberCells()
        let groups = RowGroups(self, keyColumns: try groupBy.map { try self.column($0) })
        let (offsets, members) = groups.membership()
        var ranks = NumberCells(values: [Double](repeating: 0, count: rowCount), validity: Bitmap(count: rowCount, allSet: false))
        for group in 0..<groups.count {
            // Best first, so a value's rank is 1 + the number of values strictly better than it.
            let rows = members[offsets[group]..<offsets[group + 1]].filter { values.validity[$0] }
                .sorted { descending ? values.values[$0] > values.values[$1] : values.values[$0] < values.values[$1] }
            for (position, row) in rows.enumerated() {
                let tied = position > 0 && values.values[rows[position - 1]] == values.values[row]
                ranks.values[row] = tied ? ranks.values[rows[position - 1]] : Double(position + 1)
                ranks.validity[row] = true
            }
        }
        return try setting(Column(name, storage: .numbers(ranks)))
    }
}
