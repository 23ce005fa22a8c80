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
        guard let key else {
            guard !keepingTies else { throw TableError.invalidArgument(Message(
                nl: "top … with ties heeft een kolom nodig om te vergelijken: top N by KOLOM with ties",
                en: "top … with ties needs a column to compare: top N by KOLOM with ties")) }
            // The first n rows of each group, in one pass.
            var taken = [Int32](repeating: 0, count: groups.count), picked: [Int] = []
            for (row, group) in groups.ids.enumerated() where taken[Int(group)] < n {
                taken[Int(group)] += 1
                picked.append(row)
            }
            return rows(picked)
        }
        let ordering = try SortOrdering(try column(key.column), descending: key.descending)
        guard !keepingTies else {
            let (offsets, members) = groups.membership()
            var picked: [Int] = []
            for group in 0..<groups.count { picked += Self.bestWithTies(members[offsets[group]..<offsets[group + 1]], n, ordering) }
            return rows(picked)
        }
        return rows(Self.best(of: groups, n, ordering))
    }

    /// Every group's `n` best rows in order, groups in order of first appearance.
    private static func best(of groups: RowGroups, _ n: Int, _ ordering: SortOrdering) -> [Int] {
        let best = GroupBest(groups, n, ordering)
        var picked: [Int] = []
        picked.reserveCapacity(best.sizes.reduce(0) { $0 + Int($1) })
        for group in 0..<groups.count { picked += best.rows(of: group).lazy.map { Int($0) } }
        return picked
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
