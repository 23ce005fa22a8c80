extension Table {
    /// Pivot wider. The rows are identified by every column other than `key` and `values`;
    /// each identity gets one row (in order of first appearance) with a column
    /// `<value>_<key value>` per value column and key value. Value-major: with key `jaar`
    /// and values `vestiging, vertrek` the columns are vestiging_2011, vestiging_2016,
    /// vertrek_2011, vertrek_2016. Key values appear in order of first appearance; a missing
    /// key is an error, and so is a second row for the same identity and key value.
    /// Combinations with no row become missing cells.
    ///
    /// `order`: the key values in the order their columns appear (a value without rows gets a column of
    /// missing or `fill` cells; a value not listed is an error). `fill`: the cell for a combination that
    /// has no row at all (a count of zero), never for a row whose cell is itself missing.
    public func spread(key: String, values: [String], order: [String]? = nil, fill: Value? = nil) throws -> Table {
        let keyColumn = try column(key)
        let valueColumns = try values.map { try column($0) }
        let idColumns = columns.filter { $0.name != key && !values.contains($0.name) }
        let groups = RowGroups(self, keyColumns: idColumns)
        let labels = RowGroups(self, keyColumns: [keyColumn])
        if let row = (0..<rowCount).first(where: { keyColumn.isMissing($0) }) {
            throw TableError.invalidArgument(Message(
                nl: "spread: sleutelkolom '\(key)' heeft een ontbrekende waarde in rij \(row + 1)",
                en: "spread: key column '\(key)' has a missing value in row \(row + 1)"))
        }
        let keyLabels = labels.firstRows.map { keyColumn[$0].description }

        // cellRow[group × labels + label] = source row
        var cellRow = [Int?](repeating: nil, count: groups.count * labels.count)
        for row in 0..<rowCount {
            let cell = Int(groups.ids[row]) * labels.count + Int(labels.ids[row])
            if cellRow[cell] != nil {
                let identity = groups.key(of: Int(groups.ids[row])).map(\.description).joined(separator: ", ")
                throw TableError.invalidArgument(Message(
                    nl: "spread: meer dan één rij voor \(identity) en \(key) \(keyLabels[Int(labels.ids[row])])",
                    en: "spread: more than one row for \(identity) and \(key) \(keyLabels[Int(labels.ids[row])])"))
            }
            cellRow[cell] = row
        }

        // The output columns: the stated order, each with the data's label index (nil: no rows).
        var outputLabels = keyLabels.enumerated().map { (text: $1, label: Optional($0)) }
        if let order {
            if let stray = keyLabels.first(where: { !order.contains($0) }) {
                throw TableError.invalidArgument(Message(
                    nl: "spread: \(key) '\(stray)' staat niet in de opgegeven volgorde (\(order.joined(separator: ", "))); voeg de waarde toe of filter haar eerst weg",
                    en: "spread: \(key) '\(stray)' is not in the stated order (\(order.joined(separator: ", "))); add it or filter it out first"))
            }
            outputLabels = order.map { text in (text, keyLabels.firstIndex(of: text)) }
        }
        var output = idColumns.map { $0.picking(groups.firstRows) }
        for valueColumn in valueColumns {
            for (text, label) in outputLabels {
                let rows = (0..<groups.count).map { group in label.flatMap { cellRow[group * labels.count + $0] } }
                let name = "\(valueColumn.name)_\(text)"
                if let fill, rows.contains(nil) {
                    output.append(Column(name, values: rows.map { $0.map { valueColumn[$0] } ?? fill }))
                } else {
                    output.append(valueColumn.picking(rows).named(name))
                }
            }
        }
        return try Table(columns: output, metadata: metadata)
    }
}
