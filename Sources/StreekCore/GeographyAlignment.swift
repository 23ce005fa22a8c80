extension Geography {
    /// Restates a table in the municipalities of `toYear`: each name (or code) in `column`
    /// that has since merged is replaced by its successor's name (or code), and rows that
    /// then describe the same thing are summed.
    ///
    /// "The same thing" means equal values in every text column plus the numeric columns
    /// listed in `numericKeys` (by default `jaar`, so years are never added up); all other
    /// numeric columns are summed, skipping missing cells (all missing stays missing). Rows
    /// keep the order of their first appearance. Returns the table and one Dutch note per
    /// successor saying which names were folded into it, in order of appearance.
    public func aligned(_ table: Table, column: String, toYear year: Int,
                        numericKeys: [String] = ["jaar"]) throws -> (Table, [String]) {
        let places = try table.column(column)
        guard !places.isNumeric else { throw TableError.invalidArgument(Message(
            nl: "kolom '\(column)' bevat geen namen of codes", en: "column '\(column)' holds no names or codes")) }
        var renamed: [String?] = []
        var foldedInto: [(successor: String, names: [String], year: Int)] = []
        for cell in places.texts {
            guard let cell else { renamed.append(nil); continue }
            let municipality = try municipality(codeOrName: cell)
            let successorCode = successor(ofCode: municipality.code, asOf: year)
            guard successorCode != municipality.code, let successor = self.municipality(code: successorCode) else {
                renamed.append(cell); continue
            }
            let usesCode = cell == municipality.code
            renamed.append(usesCode ? successor.code : successor.name)
            let mergerYear = lastMergerYear(ofCode: municipality.code, asOf: year) ?? year
            if let index = foldedInto.firstIndex(where: { $0.successor == successor.name }) {
                if !foldedInto[index].names.contains(municipality.name) { foldedInto[index].names.append(municipality.name) }
            } else {
                foldedInto.append((successor.name, [municipality.name], mergerYear))
            }
        }
        let restated = try table.setting(Column(column, texts: renamed))
        let keys = restated.columns.filter { !$0.isNumeric || numericKeys.contains($0.name) }.map(\.name)
        let summed = restated.columns.filter { $0.isNumeric && !numericKeys.contains($0.name) }.map(\.name)
        var result = try restated.grouped(by: keys, summed.map { Aggregation($0, .sum, of: $0) })
        result = try result.selecting(table.columnNames)
        let notes = foldedInto.map { fold in
            "\(Self.dutchList(fold.names)) opgeteld bij \(fold.successor) (herindeling \(fold.year))"
        }
        return (result, notes)
    }

    /// Adds `<column>_code`, `<column>_provincie` and `<column>_ring` for the names or codes
    /// in `column`. Missing cells stay missing; an unknown name is an error with a suggestion.
    /// `geo KOLOM`: code, province and ring of the municipality in each cell (a name or a GM code). A
    /// column of CBS codes, as StatLine writes them, also gets the name; the codes of Nederland (`NL01`)
    /// and the provinces (`PV22`) in such a column get their name, and a province its own name as
    /// province, without a ring.
    public func annotated(_ table: Table, column: String) throws -> Table {
        let places = try table.column(column).texts
        let found = try places.map { place -> Area? in
            guard let place else { return nil }
            if let region = regions[place] { return .region(code: place, region) }
            return .municipality(try municipality(codeOrName: place))
        }
        let byCode = places.contains { $0.map { municipality(code: $0) != nil || regions[$0] != nil } ?? false }
        return try (byCode ? table.setting(Column("\(column)_naam", texts: found.map { $0?.name })) : table)
            .setting(Column("\(column)_code", texts: found.map { $0?.code }))
            .setting(Column("\(column)_provincie", texts: found.map { $0?.province }))
            .setting(Column("\(column)_ring", texts: found.map { $0?.ring }))
    }

    /// What a cell of a `geo` column names: a municipality, or Nederland or a province by its code.
    private enum Area {
        case municipality(Municipality)
        case region(code: String, Region)

        var name: String {
            switch self {
            case .municipality(let municipality): return municipality.name
            case .region(_, let region): return region.name
            }
        }
        var code: String {
            switch self {
            case .municipality(let municipality): return municipality.code
            case .region(let code, _): return code
            }
        }
        var province: String? {
            switch self {
            case .municipality(let municipality): return municipality.province
            case .region(_, let region): return region.isProvince ? region.name : nil
            }
        }
        var ring: String? {
            if case .municipality(let municipality) = self { return municipality.ring.rawValue }
            return nil
        }
    }

    static func dutchList(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " en " + names.last!
    }
}
