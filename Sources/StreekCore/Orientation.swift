extension Table {
    /// For each origin, the destinations at the requested ranks, as in "second and third
    /// work municipality" tables.
    ///
    /// Destinations are ordered by `value` descending (then name). Destinations within
    /// `tolerance` (absolute, in the value's unit) of the first destination of a rank share
    /// that rank and are written together, "Emmen/Meppel", in that order; the next rank
    /// starts with the next destination after the group. With `excludeOwn`, the origin's
    /// own municipality is left out and counts as rank 1, so the best other destination is
    /// rank 2, matching the report's "2e/3e gemeente" wording. Output: the origin column
    /// (origins in order of first appearance) and one text column `<columnPrefix><rank>` per
    /// requested rank, missing where there are not enough destinations.
    public func orientationRanks(origin: String, destination: String, value: String, ranks: [Int],
                                 tolerance: Double = 0, excludeOwn: Bool = true,
                                 columnPrefix: String = "rang_") throws -> Table {
        guard ranks.allSatisfy({ $0 >= (excludeOwn ? 2 : 1) }) else {
            throw TableError.invalidArgument(excludeOwn
                ? Message(nl: "de rangen van orientation beginnen bij 2 (rang 1 is de eigen gemeente)",
                          en: "orientation ranks start at 2 (rank 1 is the own municipality)")
                : Message(nl: "de rangen van orientation beginnen bij 1", en: "orientation ranks start at 1"))
        }
        let origins = try column(origin).texts
        let destinations = try column(destination).texts
        let values = try numbers(value)
        let groups = RowGroups(self, keyColumns: [try column(origin)])
        var originCells: [String?] = []
        var rankCells = [[String?]](repeating: [], count: ranks.count)
        for rows in groups.members {
            let own = origins[rows[0]]
            originCells.append(own)
            let candidates = rows.compactMap { row -> (name: String, value: Double)? in
                guard let name = destinations[row], let amount = values[row] else { return nil }
                return excludeOwn && name == own ? nil : (name, amount)
            }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.name.unicodeScalars.lexicographicallyPrecedes($1.name.unicodeScalars) }
            let tiers = Self.tiers(candidates, tolerance: tolerance)
            let firstRank = excludeOwn ? 2 : 1
            for (position, rank) in ranks.enumerated() {
                let tier = rank - firstRank
                rankCells[position].append(tier < tiers.count ? tiers[tier].joined(separator: "/") : nil)
            }
        }
        let columns = [Column(origin, texts: originCells)]
            + zip(ranks, rankCells).map { Column("\(columnPrefix)\($0)", texts: $1) }
        return try Table(columns: columns, metadata: metadata)
    }

    /// Splits sorted candidates into near-tie groups, each measured from its first member
    /// (so a long run of small steps does not chain into one group).
    private static func tiers(_ sorted: [(name: String, value: Double)], tolerance: Double) -> [[String]] {
        var tiers: [[String]] = []
        var leader: Double?
        for candidate in sorted {
            if let top = leader, top - candidate.value <= tolerance {
                tiers[tiers.count - 1].append(candidate.name)
            } else {
                tiers.append([candidate.name])
                leader = candidate.value
            }
        }
        return tiers
    }
}
