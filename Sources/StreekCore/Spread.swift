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
        let labels = RowGroups(self, keyColumns: [keyColumn])
        if let row = (0..<rowCount).first(where: { keyColumn.isMissing($0) }) {
            throw TableError.invalidArgument("spread: key column '\(key)' has a missing value in row \(row + 1)")
        }
        let keyLabels = labels.firstRows.map { keyColumn[$0].description }

        // cellRow[group × labels + label] = source row
        var cellRow = [Int?](repeating: nil, count: groups.count * labels.count)
        for row in 0..<rowCount {
            let cell = Int(groups.ids[row]) * labels.count + Int(labels.ids[row])
            if cellRow[cell] != nil {
                let identity = groups.key(of: Int(groups.ids[row])).map(\.description).joined(separator: ", ")
                throw TableError.invalidArgument(
                    "spread: more than one row for \(identity) and \(key) \(keyLabels[Int(labels.ids[row])])")
            }
            cellRow[cell] = row
        }

        var output = idColumns.map { $0.picking(groups.firstRows) }
        for valueColumn in valueColumns {
            for (label, text) in keyLabels.enumerated() {
                let rows = (0..<groups.count).map { cellRow[$0 * labels.count + label] }
                output.append(valueColumn.picking(rows).named("\(valueColumn.name)_\(text)"))
            }
        }
        return try Table(columns: output, metadata: metadata)
    }
}
