extension Table {
    /// Adds a competition ranking of a numeric column (1, 2, 2, 4): equal values share the
    /// best rank and the next rank skips accordingly. Missing values get a missing rank.
    /// Row order is unchanged.
    public func ranked(by column: String, descending: Bool = true, into name: String) throws -> Table {
        let values = try numbers(column)
        // Best first, so a value's rank is 1 + the number of values strictly better than it,
        // which is the position of its first occurrence in this order.
        let order = values.compactMap { $0 }.sorted(by: descending ? (>) : (<))
        let ranks = values.map { value -> Double? in
            guard let value else { return nil }
            return Double(Self.firstPosition(of: value, in: order, descending: descending) + 1)
        }
        return try setting(Column(name, numbers: ranks))
    }

    /// Binary search for the first element not better than `value`.
    private static func firstPosition(of value: Double, in order: [Double], descending: Bool) -> Int {
        var low = 0, high = order.count
        while low < high {
            let middle = (low + high) / 2
            let better = descending ? order[middle] > value : order[middle] < value
            if better { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
