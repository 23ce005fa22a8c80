extension Table {
    /// The rows of `other` below this table's, matched by column name. Columns present in
    /// only one table are filled with missing cells in the other's rows; columns appear in
    /// this table's order, then `other`'s new ones. A column that is numeric in one table and
    /// text in the other becomes text (numbers spelled as in `Column.texts`).
    public func appending(_ other: Table) throws -> Table {
        var names = columnNames
        for name in other.columnNames where !names.contains(name) { names.append(name) }
        let combined = names.map { name -> Column in
            let top = columns.first { $0.name == name }
            let bottom = other.columns.first { $0.name == name }
            let upper = top ?? bottom!.named(name).missingCells(rowCount)
            let lower = bottom ?? top!.missingCells(other.rowCount)
            if case .numbers(let a) = upper.storage, case .numbers(let b) = lower.storage {
                var builder = NumberCellsBuilder(capacity: a.count + b.count)
                for row in 0..<a.count { builder.append(a[row]) }
                for row in 0..<b.count { builder.append(b[row]) }
                return Column(name, storage: .numbers(builder.build()))
            }
            let (codes, table) = TextCells.unified([upper.textCells, lower.textCells])
            return Column(name, storage: .texts(TextCells(codes: codes[0] + codes[1], table: table)))
        }
        return Table(unchecked: combined, metadata: metadata.combined(with: other.metadata))
    }
}
