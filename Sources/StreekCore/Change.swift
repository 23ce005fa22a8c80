extension Table {
    /// Adds the change from column `a` to column `b`: absolute (`b − a`) and/or percent
    /// (`(b − a) / a × 100`). Missing when either is missing; the percent change is also
    /// missing when `a` is zero.
    public func change(from a: String, to b: String, absoluteInto absolute: String? = nil,
                       percentInto percent: String? = nil) throws -> Table {
        guard absolute != nil || percent != nil else {
            throw TableError.invalidArgument(Message(
                nl: "change: noem een kolom voor het absolute of het procentuele verschil", en: "change: name an absolute or a percent output column"))
        }
        let before = try numbers(a)
        let after = try numbers(b)
        var result = self
        if let absolute {
            result = try result.setting(Column(absolute, numbers: zip(before, after).map { a, b in
                guard let a, let b else { return nil }
                return b - a
            }))
        }
        if let percent {
            result = try result.setting(Column(percent, numbers: zip(before, after).map { a, b in
                guard let a, let b, a != 0 else { return nil }
                return (b - a) / a * 100
            }))
        }
        return result
    }

    /// Adds an index of `column` with the `base` period = 100, computed within each group of
    /// `groupBy` (e.g. per municipality). Missing when the value or the group's base value
    /// is missing or the base value is zero; an error when a group has two base rows.
    public func indexed(column: String, period: String, base: Value, groupBy: [String] = [], into name: String) throws -> Table {
        let values = try numbers(column)
        let periods = try self.column(period)
        let groups = RowGroups(self, keyColumns: try groupBy.map { try self.column($0) })
        var index = [Double?](repeating: nil, count: rowCount)
        for rows in groups.members {
            let baseRows = rows.filter { periods[$0] == base }
            guard baseRows.count <= 1 else {
                throw TableError.invalidArgument(Message(
                    nl: "index: meer dan één rij voor basis \(base) in een groep", en: "indexed: more than one row for base \(base) in a group"))
            }
            guard let baseRow = baseRows.first, let baseValue = values[baseRow], baseValue != 0 else { continue }
            for row in rows { index[row] = values[row].map { $0 / baseValue * 100 } }
        }
        return try setting(Column(name, numbers: index))
    }

    /// Rows whose value in `column` is above `threshold`; with `inMagnitude`, rows whose
    /// absolute value is (a change of "more than 300" in either direction). Missing never passes.
    public func filtered(where column: String, exceeds threshold: Double, inMagnitude: Bool = false) throws -> Table {
        let values = try numbers(column)
        return filtered { row in
            guard let value = values[row] else { return false }
            return (inMagnitude ? abs(value) : value) > threshold
        }
    }
}
