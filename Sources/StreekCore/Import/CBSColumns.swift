/// CBS conventions recognised after the columns are typed: a column of period codes gets year,
/// quarter and month columns beside it (the codes stay); a column of region codes is noted so that
/// `geo` can join names from the registry.
enum CBSColumns {
    static func enrich(_ columns: [Column], report: inout ImportReport) -> [Column] {
        var result: [Column] = []
        var taken = Set(columns.map(\.name))
        for column in columns {
            result.append(column)
            guard case .texts(let texts) = column.values else { continue }
            let filled = texts.compactMap { $0 }
            guard !filled.isEmpty else { continue }
            if let periods = periodColumns(of: column.name, texts: texts, filled: filled, taken: &taken) {
                result += periods
                report.periodColumns.append((column.name, periods.map(\.name)))
            } else {
                let codes = filled.compactMap(RegionCode.init)
                if codes.count == filled.count {
                    let levels = RegionCode.Level.allCases.filter { level in codes.contains { $0.level == level } }
                    report.regionColumns.append((column.name, levels))
                }
            }
        }
        return result
    }

    /// Year (always), quarter and month (when any period has one), or nil when the column is no period column.
    private static func periodColumns(of name: String, texts: [String?], filled: [String], taken: inout Set<String>) -> [Column]? {
        guard filled.contains(where: PeriodCode.isCode) || filled.contains(where: { $0.contains(" ") || $0.hasSuffix("*") }) else { return nil }
        let periods = texts.map { $0.flatMap(PeriodCode.init) }
        guard zip(texts, periods).allSatisfy({ $0 == nil || $1 != nil }) else { return nil }
        func derived(_ base: String, _ values: [Int?]) -> Column {
            var columnName = base
            if taken.contains(columnName) { columnName = "\(name)_\(base)" }
            taken.insert(columnName)
            return Column(columnName, numbers: values.map { $0.map(Double.init) })
        }
        var columns = [derived("jaar", periods.map { $0?.year })]
        if periods.contains(where: { $0?.quarter != nil }) { columns.append(derived("kwartaal", periods.map { $0?.quarter })) }
        if periods.contains(where: { $0?.month != nil }) { columns.append(derived("maand", periods.map { $0?.month })) }
        return columns
    }
}
