extension Table {
    /// Pivot wider. The rows are identified by every column other than `key` and `values`;
    /// each identity gets one row (in order of first appearance) with a column
    /// `<value>_<key value>` per value column and key value. Value-major: with key `jaar`
    /// and values `vestiging, vertrek` the columns are vestiging_2011, vestiging_2016,
    /// vertrek_2011, vertrek_2016. Key values appear in order of first appearance; a missing
    /// key is an error, and so is a second row for the same identity and key value.
    /// Combinations with no row become missing cells.
    public func spread(key: String, values: [String]) throws -> Table {
        let keyColumn = try column(key)
        let valueColumns = try values.map { try column($0) }
        let idColumns = columns.filter { $0.name != key && !values.contains($0.name) }
        let groups = RowGroups(self, keyColumns: idColumns)

        var keyLabels: [String] = []
        var labelPosition: [String: Int] = [:]
        for row in 0..<rowCount {
            guard let label = keyColumn.texts[row] else {
                throw TableError.invalidArgument("spread: key column '\(key)' has a missing value in row \(row + 1)")
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
                let cells = cellRow.map { $0[position].map { valueColumn[$0] } ?? .missing }
                output.append(Column("\(valueColumn.name)_\(label)", values: cells).keepingType(of: valueColumn))
            }
        }
        return try Table(columns: output, metadata: metadata)
    }
}
