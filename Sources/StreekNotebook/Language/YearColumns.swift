import StreekDocument

/// Columns that hold years are labels, not amounts: they print as 2016 (never 2.016) in tables, live
/// figures and `list(…)`, and `totals` does not add them up. Recognised by the data convention's names:
/// `jaar`, `peiljaar`, `periode`, `year`, `jaar_werkelijk`, `basis_jaar`.
enum YearColumns {
    static func contains(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return ["jaar", "year", "periode", "peiljaar"].contains(lowered)
            || lowered.hasPrefix("jaar_") || lowered.hasSuffix("_jaar")
    }

    static func defaultStyle(for column: String) -> NumberStyle {
        contains(column) ? NumberStyle(grouping: false) : .automatic
    }
}
