extension Table {
    /// Adds each row's share of the column total, in percent, rounded so the shares add up to
    /// exactly 100.
    ///
    /// Rounding rule (largest remainder, Hamilton's method): every share is first rounded down
    /// to `decimals` places; the units still needed to reach 100 are then handed out one each
    /// to the rows with the largest remainders. Equal remainders go to the earlier row. So
    /// 1/3, 1/3, 1/3 gives 34, 33, 33 where plain rounding would give 33 + 33 + 33 = 99.
    ///
    /// Missing cells get a missing share and do not count towards the total. Negative values
    /// are rejected (a share of a signed total means nothing); a zero total gives missing shares.
    public func percentages(of column: String, into name: String, decimals: Int = 0) throws -> Table {
        guard (0...6).contains(decimals) else {
            throw TableError.invalidArgument(Message(
                nl: "percent: het aantal decimalen moet 0 tot en met 6 zijn", en: "percentages: decimals must be between 0 and 6"))
        }
        let values = try numbers(column)
        if values.contains(where: { ($0 ?? 0) < 0 }) {
            throw TableError.invalidArgument(Message(
                nl: "percent: kolom '\(column)' heeft negatieve waarden", en: "percentages: column '\(column)' has negative values"))
        }
        let total = values.compactMap { $0 }.reduce(0, +)
        guard total.isFinite, values.allSatisfy({ $0?.isFinite ?? true }) else {
            throw TableError.invalidArgument(Message(
                nl: "percent: kolom '\(column)' telt op tot meer dan een getal kan bevatten",
                en: "percentages: column '\(column)' adds up to more than a number can hold"))
        }
        guard total > 0 else {
            return try setting(Column(name, numbers: values.map { _ in nil }))
        }
        let unitsPerHundred = pow10(decimals) * 100
        let exact = values.map { $0.map { $0 / total * unitsPerHundred } }
        var units = exact.map { $0.map { ($0 + 1e-9).rounded(.down) } }
        let handedOut = units.compactMap { $0 }.reduce(0, +)
        var remaining = Int((unitsPerHundred - handedOut).rounded())
        let byRemainder = exact.indices
            .filter { exact[$0] != nil }
            .sorted { a, b in
                let ra = exact[a]! - units[a]!, rb = exact[b]! - units[b]!
                return ra != rb ? ra > rb : a < b
            }
        for row in byRemainder where remaining > 0 {
            units[row]! += 1
            remaining -= 1
        }
        let scale = pow10(decimals)
        return try setting(Column(name, numbers: units.map { $0.map { $0 / scale } }))
    }

    private func pow10(_ exponent: Int) -> Double {
        (0..<exponent).reduce(1.0) { product, _ in product * 10 }
    }
}
