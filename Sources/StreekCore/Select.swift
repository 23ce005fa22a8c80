extension Table {
    /// Only the named columns, in the order given.
    public func selecting(_ names: [String]) throws -> Table {
        let picked = try names.map { try column($0) }
        return try Table(columns: picked, metadata: metadata)
    }

    /// All columns except the named ones.
    public func dropping(_ names: [String]) throws -> Table {
        for name in names { _ = try index(of: name) }
        return with(columns: columns.filter { !names.contains($0.name) })
    }

    /// Renames columns; the result must still have unique names.
    public func renaming(_ pairs: [(from: String, to: String)]) throws -> Table {
        var renamed = columns
        for pair in pairs {
            let position = try index(of: pair.from)
            renamed[position].name = pair.to
        }
        return try Table(columns: renamed, metadata: metadata)
    }

    /// Replaces the column with the same name, or appends it as the last column.
    public func setting(_ column: Column) throws -> Table {
        if !columns.isEmpty, column.count != rowCount {
            throw TableError.lengthMismatch("'\(column.name)': \(column.count) ≠ \(rowCount)")
        }
        var updated = columns
        if let position = updated.firstIndex(where: { $0.name == column.name }) {
            updated[position] = column
        } else {
            updated.append(column)
        }
        return with(columns: updated)
    }
}
