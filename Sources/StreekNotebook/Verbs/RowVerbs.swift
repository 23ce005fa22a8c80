import StreekCore

/// `filter jaar == $jaar and gemeente != "Drenthe"`: keeps the rows where the expression is true.
struct FilterVerb: Verb {
    static let name = "filter"
    static let usage = "filter EXPRESSIE"
    static let summary = "houdt de rijen waarvoor de expressie waar is"
    let condition: Expression

    init(parsing cursor: inout TokenCursor) throws {
        condition = try ExpressionParser.parse(&cursor)
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        let keep = try ExpressionEvaluator(context: context).compile(condition, for: table)
        return try table.filtered { Operators.isTrue(try keep($0)) }
    }
}

/// `sort saldo desc, gemeente`: stable sort; missing values last.
struct SortVerb: Verb {
    static let name = "sort"
    static let usage = "sort KOLOM [desc|asc], …"
    static let summary = "sorteert op een of meer kolommen (stabiel; ontbrekende waarden achteraan)"
    let keys: [SortKey]

    init(parsing cursor: inout TokenCursor) throws {
        var keys: [SortKey] = []
        repeat {
            let column = try cursor.identifier(Message(nl: "een kolom om op te sorteren", en: "a column to sort on"))
            keys.append(SortKey(column, descending: try parseDirection(&cursor, default: false)))
        } while cursor.skip(symbol: ",")
        self.keys = keys
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.sorted(by: keys)
    }
}

/// `rank totaal desc per jaar as positie`: competition ranking (1, 2, 2, 4); the largest first unless `asc`;
/// with `per`, within each group of equal values in those columns.
struct RankVerb: Verb {
    static let name = "rank"
    static let usage = "rank KOLOM [desc|asc] [per KOLOM, …] as NAAM"
    static let summary = "nummert de rijen naar een kolom, desgewenst per groep (gelijke waarden krijgen dezelfde rang: 1, 2, 2, 4)"
    let column: String
    let descending: Bool
    let groups: [String]
    let output: String

    init(parsing cursor: inout TokenCursor) throws {
        column = try cursor.identifier(Message(nl: "een kolom om naar te rangschikken", en: "a column to rank by"))
        descending = try parseDirection(&cursor, default: true)
        groups = cursor.skip(word: "per") ? try cursor.identifierList(Message(nl: "een kolom om binnen te rangschikken",
                                                                              en: "a column to rank within")) : []
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de rangkolom", en: "before the name of the rank column"))
        output = try cursor.identifier(Message(nl: "een naam voor de rangkolom", en: "a name for the rank column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.ranked(by: column, descending: descending, groupBy: groups, into: output)
    }
}

/// `top 15 by totaal`: the first N rows, after sorting on the column (largest first) when `by` is given;
/// `top 15 per plaats, jaar by totaal`: the first N of every group; `with ties` keeps rows equal to the N-th.
struct TopVerb: Verb {
    static let name = "top"
    static let usage = "top N [per KOLOM, …] [by KOLOM [asc]] [with ties]"
    static let summary = "houdt de eerste N rijen (per groep met `per`), desgewenst eerst gesorteerd op een kolom (grootste eerst); `with ties` houdt gelijke waarden op de grens"
    let count: Int
    let groups: [String]
    let sortKey: SortKey?
    let keepingTies: Bool

    init(parsing cursor: inout TokenCursor) throws {
        count = try cursor.integer(Message(nl: "het aantal rijen", en: "the number of rows"))
        groups = cursor.skip(word: "per") ? try cursor.identifierList(Message(nl: "een kolom om op te groeperen",
                                                                              en: "a column to group by")) : []
        if cursor.skip(word: "by") {
            let column = try cursor.identifier(Message(nl: "een kolom om op te sorteren", en: "a column to sort on"))
            sortKey = SortKey(column, descending: try parseDirection(&cursor, default: true))
        } else {
            sortKey = nil
        }
        if cursor.skip(word: "with") {
            try cursor.expect(word: "ties", Message(nl: "na 'with' (schrijf: top 3 by saldo with ties)",
                                                    en: "after 'with' (write: top 3 by saldo with ties)"))
            guard sortKey != nil else { throw cursor.error(Message(nl: "'with ties' heeft een kolom nodig om te vergelijken: top N by KOLOM with ties",
                                                                   en: "'with ties' needs a column to compare: top N by KOLOM with ties")) }
            keepingTies = true
        } else {
            keepingTies = false
        }
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        // Without `with ties`, rows cut off that tie with the last one kept are named in a note, per group.
        if !keepingTies, let sortKey {
            let ties = try TopTies(table, count: count, groups: groups, sortKey: sortKey)
            if let note = ties.note(format: context.numberFormat) { context.record(alignmentNotes: [note]) }
        }
        return try table.top(count, per: groups, by: sortKey, keepingTies: keepingTies)
    }
}

/// Rows that share the value of the last row `top N` keeps (in the whole table, or in a group with
/// `per`), but fall outside it.
private struct TopTies {
    struct Cut {
        /// The group's values of the `per` columns ("Assen", "Assen, 2016"); empty without `per`.
        var group: String
        var last: Int
        var outside: [Int]
    }

    let table: Table
    let count: Int
    let groups: [String]
    let sortKey: SortKey
    private(set) var cuts: [Cut] = []

    /// The cuts come from the engine (`Table.topCuts`): one pass to find each group's kept rows, one to
    /// find the rows that tie with the last, without sorting the table or building a key per row.
    init(_ table: Table, count: Int, groups: [String], sortKey: SortKey) throws {
        (self.table, self.count, self.groups, self.sortKey) = (table, count, groups, sortKey)
        let groupColumns = try groups.map { try table.column($0) }
        cuts = try table.topCuts(count, per: groups, by: sortKey).map { cut in
            Cut(group: groupColumns.map { $0[cut.last].keyText }.joined(separator: ", "), last: cut.last, outside: cut.outside)
        }
    }

    /// "top 2: C en D hebben dezelfde vestiging (8) als B maar vallen buiten de top (…)"; with `per`, one
    /// clause per group whose cut falls inside a tie. Rows are named by the first text column that tells
    /// them apart.
    func note(format: NumberFormat) -> String? {
        guard !cuts.isEmpty else { return nil }
        let dutch = format.language == .nl
        let column = sortKey.column
        let per = groups.isEmpty ? "" : " per \(groups.joined(separator: ", "))"
        let clauses = cuts.map { cut in
            let rows = [cut.last] + cut.outside
            let names = table.columns.first { column in
                !column.isNumeric && Set(rows.map { column[$0] }).count == rows.count
            }
            // Without a naming column a row is named by its place in the table sorted by the key.
            func label(_ row: Int) -> String {
                if let names { return format.format(names[row], as: .key) }
                let position = (try? table.sortedPosition(of: row, by: sortKey)) ?? row
                return dutch ? "rij \(position + 1)" : "row \(position + 1)"
            }
            let left = format.enumeration(cut.outside.map(label))
            let shown = format.format(table.columns.first { $0.name == column }![cut.last], style: YearColumns.defaultStyle(for: column))
            let one = cut.outside.count == 1
            let same = "\(column) (\(shown)) als \(label(cut.last)) maar \(one ? "valt" : "vallen") buiten de top"
            if dutch {
                // Dutch puts the verb second: "in Assen heeft Haren dezelfde …".
                return cut.group.isEmpty ? "\(left) \(one ? "heeft" : "hebben") dezelfde \(same)"
                    : "in \(cut.group) \(one ? "heeft" : "hebben") \(left) dezelfde \(same)"
            }
            let place = cut.group.isEmpty ? "" : "in \(cut.group) "
            return "\(place)\(left) \(one ? "has" : "have") the same \(column) (\(shown)) as \(label(cut.last)) but \(one ? "is" : "are") left out"
        }
        let fix = "top \(count)\(per) by \(column)\(sortKey.descending ? "" : " asc") with ties"
        return "top \(count)\(per): " + clauses.joined(separator: "; ")
            + (dutch ? " (toon gedeelde plaatsen met: \(fix))." : " (show shared places with: \(fix)).")
    }
}

/// `key gemeente, jaar`: the columns a live figure's `[…]` refers to (default: the first text column).
struct KeyVerb: Verb {
    static let name = "key"
    static let usage = "key KOLOM, …"
    static let summary = "kiest de sleutelkolommen waarmee `naam.kolom[sleutel]` een rij vindt"
    let columns: [String]

    init(parsing cursor: inout TokenCursor) throws {
        columns = try cursor.identifierList(Message(nl: "een sleutelkolom", en: "a key column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        for column in columns { _ = try table.column(column) }
        return table
    }
}

/// `desc` or `asc` after a column name.
func parseDirection(_ cursor: inout TokenCursor, default descending: Bool) throws -> Bool {
    if cursor.skip(word: "desc") { return true }
    if cursor.skip(word: "asc") { return false }
    return descending
}
