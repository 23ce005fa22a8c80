extension Table {
    /// The first `n` rows (all rows when there are fewer).
    public func top(_ n: Int) -> Table {
        rows(Array(0..<Swift.max(0, Swift.min(n, rowCount))))
    }

    /// The first `n` rows of each group of equal `groupBy` values (the whole table when there
    /// are no group columns).
    ///
    /// With `key`, each group is first ordered by that column (stable: equal values keep their
    /// row order; missing values last), and the result lists the groups in order of first
    /// appearance, each group's rows in that order. Without `key`, the rows keep the table's
    /// order. Equal values at the cut are decided by row order; with `keepingTies`, every row
    /// equal to the `n`-th is kept too, so a group may give more than `n` rows.
    public func top(_ n: Int, per groupBy: [String], by key: SortKey?, keepingTies: Bool = false) throws -> Table {
        guard n >= 0 else { throw TableError.invalidArgument(Message(
            nl: "top heeft een aantal rijen van 0 of meer nodig", en: "top needs a number of rows of 0 or more")) }
        let groups = RowGroups(self, keyColumns: try groupBy.map { try column($0) })
        let (offsets, members) = groups.membership()
        guard let key else {
            guard !keepingTies else { throw TableError.invalidArgument(Message(
                nl: "top … with ties heeft een kolom nodig om te vergelijken: top N by KOLOM with ties",
                en: "top … with ties needs a column to compare: top N by KOLOM with ties")) }
            var picked: [Int] = []
            for group in 0..<groups.count { picked += members[offsets[group]..<Swift.min(offsets[group + 1], offsets[group] + n)] }
            return rows(picked.sorted())
        }
        let ordering = try SortOrdering(try column(key.column), descending: key.descending)
        var picked: [Int] = []
        for group in 0..<groups.count {
            let candidates = members[offsets[group]..<offsets[group + 1]]
            picked += keepingTies ? Self.bestWithTies(candidates, n, ordering) : Self.best(candidates, n, ordering)
        }
        return rows(picked)
    }

    /// The `n` best rows in order, by insertion into a short sorted list (groups are often
    /// hundreds of rows and `n` a handful).
    private static func best(_ candidates: ArraySlice<Int>, _ n: Int, _ ordering: SortOrdering) -> [Int] {
        guard n > 0 else { return [] }
        var best: [Int] = []
        best.reserveCapacity(n + 1)
        for row in candidates {
            // Rows come in increasing order, so among equal values the earlier row stays ahead.
            if best.count == n, ordering.compare(row, best[n - 1]) != .less { continue }
            var index = best.count
            while index > 0, ordering.compare(row, best[index - 1]) == .less { index -= 1 }
            best.insert(row, at: index)
            if best.count > n { best.removeLast() }
        }
        return best
    }

    private static func bestWithTies(_ candidates: ArraySlice<Int>, _ n: Int, _ ordering: SortOrdering) -> [Int] {
        let sorted = candidates.sorted { a, b in
            let order = ordering.compare(a, b)
            return order == .equal ? a < b : order == .less
        }
        var take = Swift.min(n, sorted.count)
        while take > 0, take < sorted.count, ordering.compare(sorted[take - 1], sorted[take]) == .equal { take += 1 }
        return Array(sorted[..<take])
    }
}
