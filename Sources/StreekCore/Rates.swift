extension Table {
    /// Adds `count / population × scale` (e.g. moves per 1,000 inhabitants). Missing when
    /// either cell is missing or the population is zero.
    public func rate(of count: String, per population: String, scale: Double = 1000, into name: String) throws -> Table {
        let counts = try numbers(count)
        let populations = try numbers(population)
        let rates = zip(counts, populations).map { count, population -> Double? in
            guard let count, let population, population != 0 else { return nil }
            return count / population * scale
        }
        return try setting(Column(name, numbers: rates))
    }

    /// Adds `part / whole × 100`, the part's share of the whole in percent (unrounded; see
    /// `percentages` for shares of a column total that must add up to 100).
    public func share(of part: String, in whole: String, into name: String) throws -> Table {
        try rate(of: part, per: whole, scale: 100, into: name)
    }
}
