extension Table {
    /// The rows of `other` below this table's, matched by column name. Columns present in
    /// only one table are filled with missing cells in the other's rows; columns appear in
    /// this table's order, then `other`'s new ones.
    public func appending(_ other: Table) throws -> Table {
        var names = columnNames
        for name in other.columnNames where !names.contains(name) { names.append(name) }
        let combined = names.map { name -> Column in
            let top = columns.first { $0.name == name }
            let bottom = other.columns.first { $0.name == name }
            let upper = top ?? bottom!.named(name).missingCells(rowCount)
            let lower = bottom ?? top!.missingCells(other.rowCount)
            switch (upper.values, lower.values) {
            case (.numbers(let a), .numbers(let b)): return Column(name, numbers: a + b)
            case (.texts(let a), .texts(let b)): return Column(name, texts: a + b)
            default: return Column(name, texts: upper.texts + lower.texts)
            }
        }
        return Table(unchecked: combined, metadata: metadata.combined(with: other.metadata))
    }
}
