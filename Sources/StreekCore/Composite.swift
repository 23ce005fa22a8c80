extension Table {
    /// A composite binding score from several relative elements, following the method of
    /// chapter 5 of the 2018 quick scan ("Verzorgingsgebieden van de Drentse steden"): the
    /// report takes four elements (commuting, migration, school pupils and non-daily
    /// shopping flows), expresses each on a common relative scale, adds them up, averages
    /// them, and scales the result so that 100 is the maximum.
    ///
    /// Here each element column is divided by its own maximum over the table and multiplied
    /// by `scale` (so the strongest relation in every element scores `scale`), and the
    /// normalised elements are averaged per row. Missing elements are skipped in that row's
    /// average; a row with no elements gets a missing score. An element whose maximum is 0
    /// scores 0 everywhere; negative values are an error.
    ///
    /// The published 5×5 binding matrix between the cities cannot be recomputed from the
    /// report: it does not publish the per-pair flows behind all four elements (only
    /// selections and a few totals) nor exactly how each element was made relative. This
    /// function implements the described method for data that do have all elements.
    public func compositeScore(of elements: [String], into name: String, scale: Double = 100) throws -> Table {
        guard !elements.isEmpty else { throw TableError.invalidArgument(Message(
            nl: "composite heeft minstens één onderdeel nodig", en: "compositeScore needs at least one element")) }
        let normalised = try elements.map { element -> [Double?] in
            let values = try numbers(element)
            if values.contains(where: { ($0 ?? 0) < 0 }) {
                throw TableError.invalidArgument(Message(
                    nl: "composite: onderdeel '\(element)' heeft negatieve waarden", en: "compositeScore: element '\(element)' has negative values"))
            }
            let maximum = values.compactMap { $0 }.max() ?? 0
            return values.map { value in value.map { maximum > 0 ? $0 / maximum * scale : 0 } }
        }
        let scores = (0..<rowCount).map { row -> Double? in
            let present = normalised.compactMap { $0[row] }
            return present.isEmpty ? nil : present.reduce(0, +) / Double(present.count)
        }
        return try setting(Column(name, numbers: scores))
    }
}
