import StreekCore

/// `join gemeenten on gemeente`, `join left bevolking on gemeente, jaar`, `join anti top15 on partner`.
/// Inner keeps matching rows, left keeps every row (missing where there is no match), anti keeps the rows
/// without a match.
struct JoinVerb: Verb {
    static let name = "join"
    static let usage = "join [left|anti] NAAM on KOLOM, …"
    static let summary = "koppelt een eerder benoemde tabel op gelijke sleutelkolommen (inner, left of anti)"
    let kind: JoinKind
    let other: String
    let keys: [String]

    init(parsing cursor: inout TokenCursor) throws {
        if cursor.skip(word: "left") { kind = .left } else if cursor.skip(word: "anti") { kind = .anti } else {
            _ = cursor.skip(word: "inner")
            kind = .inner
        }
        other = try cursor.identifier("the name of the table to join")
        try cursor.expect(word: "on", "before the key columns")
        keys = try cursor.identifierList("a key column")
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.joined(try context.table(named: other), on: keys, kind: kind)
    }
}

/// `append saldi_gepubliceerd`: the rows of another table below these (columns matched by name).
struct AppendVerb: Verb {
    static let name = "append"
    static let usage = "append NAAM"
    static let summary = "zet de rijen van een eerder benoemde tabel eronder (kolommen op naam)"
    let other: String

    init(parsing cursor: inout TokenCursor) throws {
        other = try cursor.identifier("the name of the table to append")
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.appending(try context.table(named: other))
    }
}

/// `spread jaar: vestiging, vertrek` turns rows per year into columns vestiging_2011, vestiging_2016, ….
struct SpreadVerb: Verb {
    static let name = "spread"
    static let usage = "spread KOLOM: WAARDEKOLOM, … [order WAARDE, …] [fill WAARDE]"
    static let summary = "zet de waarden van een kolom naast elkaar als nieuwe kolommen (waarde_sleutel), in een gekozen volgorde en met een vulwaarde voor ontbrekende combinaties"
    let key: String
    let values: [String]
    let order: [String]?
    let fill: Value?

    init(parsing cursor: inout TokenCursor) throws {
        key = try cursor.identifier("the column whose values become column names")
        try cursor.expect(symbol: ":", "before the value columns (write: spread jaar: vestiging, vertrek)")
        values = try cursor.identifierList("a value column")
        var order: [String]?
        if cursor.skip(word: "order") {
            var labels: [String] = []
            repeat {
                if let word = cursor.current.identifier, word != "missing" { cursor.advance(); labels.append(word) }
                else { labels.append(try cursor.literal("a value of '\(key)' such as 2016 or \"Assen\"").keyText) }
            } while cursor.skip(symbol: ",")
            order = labels
        }
        self.order = order
        fill = cursor.skip(word: "fill") ? try cursor.literal("the value for combinations without a row, such as 0") : nil
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.spread(key: key, values: values, order: order, fill: fill)
    }
}

/// `gather vestiging, vertrek into soort, aantal`: the opposite of spread.
struct GatherVerb: Verb {
    static let name = "gather"
    static let usage = "gather KOLOM, … into SLEUTEL, WAARDE"
    static let summary = "zet kolommen onder elkaar als rijen met een sleutel- en een waardekolom"
    let columns: [String]
    let key: String
    let value: String

    init(parsing cursor: inout TokenCursor) throws {
        columns = try cursor.identifierList("a column to gather")
        try cursor.expect(word: "into", "before the key and value column names")
        key = try cursor.identifier("a name for the key column")
        try cursor.expect(symbol: ",", "between the key and value column names")
        value = try cursor.identifier("a name for the value column")
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.gathered(columns, into: key, value: value)
    }
}
