/// CBS conventions recognised after the columns are typed: a column of period codes gets year,
/// quarter and month columns beside it (the codes stay); a column of region codes is noted so that
/// `geo` can join names from the registry. Both look at each distinct text once, not at every row.
enum CBSColumns {
    static func enrich(_ columns: [Column], report: inout ImportReport) -> [Column] {
        var result: [Column] = []
        var taken = Set(columns.map(\.name))
        for column in columns {
            result.append(column)
            guard case .texts(let cells) = column.storage, let distinct = distinctTexts(cells) else { continue }
            if let periods = periodColumns(of: column.name, cells: cells, distinct: distinct, taken: &taken) {
                result += periods
                report.periodColumns.append((column.name, periods.map(\.name)))
            } else {
                let codes = distinct.values.compactMap(RegionCode.init)
                if codes.count == distinct.count {
                    let levels = RegionCode.Level.allCases.filter { level in codes.contains { $0.level == level } }
                    report.regionColumns.append((column.name, levels))
                }
            }
        }
        return result
    }

    /// The texts a column uses, by code; nil when none, or when the first one is neither a period
    /// nor a region code (most text columns stop here).
    private static func distinctTexts(_ cells: TextCells) -> [Int32: String]? {
        guard let first = cells.codes.first(where: { $0 >= 0 }) else { return nil }
        let text = cells.table.strings[Int(first)]
        guard PeriodCode(text) != nil || RegionCode(text) != nil else { return nil }
        var seen = [Bool](repeating: false, count: cells.table.strings.count)
        for code in cells.codes where code >= 0 { seen[Int(code)] = true }
        var distinct: [Int32: String] = [:]
        for (code, used) in seen.enumerated() where used { distinct[Int32(code)] = cells.table.strings[code] }
        return distinct
    }

    /// Year (always), quarter and month (when any period has one), or nil when the column is no period column.
    private static func periodColumns(of name: String, cells: TextCells, distinct: [Int32: String], taken: inout Set<String>) -> [Column]? {
        let texts = Array(distinct.values)
        guard texts.contains(where: PeriodCode.isCode) || texts.contains(where: { $0.contains(" ") || $0.hasSuffix("*") }) else { return nil }
        var periods: [Int32: PeriodCode] = [:]
        for (code, text) in distinct {
            guard let period = PeriodCode(text) else { return nil }
            periods[code] = period
        }
        func derived(_ base: String, _ part: (PeriodCode) -> Int?) -> Column {
            var columnName = base
            if taken.contains(columnName) { columnName = "\(name)_\(base)" }
            taken.insert(columnName)
            return Column(columnName, numbers: cells.codes.map { code in periods[code].flatMap(part).map(Double.init) })
        }
        var columns = [derived("jaar") { $0.year }]
        if periods.values.contains(where: { $0.quarter != nil }) { columns.append(derived("kwartaal") { $0.quarter }) }
        if periods.values.contains(where: { $0.month != nil }) { columns.append(derived("maand") { $0.month }) }
        return columns
    }
}
