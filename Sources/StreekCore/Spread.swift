extension Table {
    /// Pivot wider. The rows are identified by every column other than `key` and `values`;
    /// each identity gets one row (in order of first appearance) with a column
    /// `<value>_<key value>` per value column and key value. Value-major: with key `jaar`
    /// and values `vestiging, vertrek` the columns are vestiging_2011, vestiging_2016,
    /// vertrek_2011, vertrek_2016. Key values appear in order of first appearance; a missing
    /// key is an error, and so is a second row for the same identity and key value.
    /// Combinations with no row become missing cells.
    /// `order`: the key values in the order their columns appear (a value without rows gets a column of
    /// missing or `fill` cells; a value not listed is an error). `fill`: the cell for a combination that
    /// has no row at all (a count of zero), never for a row whose cell is itself missing.
    public func spread(key: String, values: [String], order: [String]? = nil, fill: Value? = nil) throws -> Table {
        let keyColumn = try column(key)
        let valueColumns = try values.map { try column($0) }
        let idColumns = columns.filter { $0.name != key && !values.contains($0.name) }
        let groups = RowGroups(self, keyColumns: idColumns)

        var keyLabels: [String] = order ?? []
        var labelPosition: [String: Int] = Dictionary(keyLabels.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for row in 0..<rowCount {
            guard let label = keyColumn.texts[row] else {
                throw TableError.invalidArgument("spread: key column '\(key)' has a missing value in row \(row + 1)")
            }
            if labelPosition[label] == nil, let order {
                throw TableError.invalidArgument("spread: \(key) '\(label)' is not in the stated order (\(order.joined(separator: ", "))); add it or filter it out first")
            }
            if labelPosition[label] == nil {
                labelPosition[label] = keyLabels.count
                keyLabels.append(label)
            }
        }

        // cellRow[group][label] = source row
        var cellRow = Array(repeating: [Int?](repeating: nil, count: keyLabels.count), count: groups.members.count)
        for (group, rows) in groups.members.enumerated() {
            for row in rows {
                let position = labelPosition[keyColumn.texts[row]!]!
                if cellRow[group][position] != nil {
                    throw TableError.invalidArgument(
                        "spread: more than one row for \(groups.keys[group].map(\.description).joined(separator: ", ")) and \(key) \(keyLabels[position])")
                }
                cellRow[group][position] = row
            }
        }

        var output = idColumns.map { $0.picking(groups.firstRows) }
        for valueColumn in valueColumns {
            for (position, label) in keyLabels.enumerated() {
                let cells = cellRow.map { $0[position].map { valueColumn[$0] } ?? fill ?? .missing }
                output.append(Column("\(valueColumn.name)_\(label)", values: cells).keepingType(of: valueColumn))
            }
        }
        return try Table(columns: output, metadata: metadata)
    }
}
