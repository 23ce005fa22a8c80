extension Table {
    /// Pivot longer: each row becomes one row per gathered column, with the column's name in
    /// `key` and its cell in `value`; the other columns repeat. Rows stay in order, and within
    /// a row the gathered columns keep the order given. The value column is numeric when all
    /// gathered columns are.
    public func gathered(_ names: [String], into key: String, value: String) throws -> Table {
        let gatheredColumns = try names.map { try column($0) }
        let kept = columns.filter { !names.contains($0.name) }
        let sourceRows = (0..<rowCount).flatMap { row in Array(repeating: row, count: names.count) }

        let keyCells = (0..<rowCount).flatMap { _ in names }
        let valueCells = (0..<rowCount).flatMap { row in gatheredColumns.map { $0[row] } }
        var valueColumn = Column(value, values: valueCells)
        if gatheredColumns.allSatisfy(\.isNumeric) {
            valueColumn = Column(value, numbers: valueCells.map(\.number))
        } else if !gatheredColumns.isEmpty, valueColumn.isNumeric {
            valueColumn = Column(value, texts: valueColumn.texts)
        }
        let output = kept.map { $0.picking(sourceRows) } + [Column(key, texts: keyCells), valueColumn]
        return try Table(columns: output, metadata: metadata)
    }
}
