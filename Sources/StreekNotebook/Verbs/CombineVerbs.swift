import StreekCore

/// `join gemeenten on gemeente`, `join left bevolking on gemeente, jaar`, `join anti top15 on partner`.
/// Inner keeps matching rows, left keeps every row (missing where there is no match), anti keeps the rows
/// without a match.
struct JoinVerb: Verb {
    static let name = "join"
    static let usage = "join [left|anti|cross] NAAM|(PIJPLIJN) [on KOLOM, …]"
    static let summary = "koppelt een tabel (een naam of een pijplijn tussen haakjes) op gelijke sleutelkolommen (inner, left of anti), of elke rij met elke rij (cross)"

    /// The table to join: a bound name, or a pipeline written in place.
    enum Other: Sendable {
        case name(String)
        case pipeline(Pipeline)
    }

    let kind: JoinKind?
    let other: Other
    let keys: [String]

    init(parsing cursor: inout TokenCursor) throws {
        var kind: JoinKind? = .inner
        if cursor.skip(word: "left") { kind = .left } else if cursor.skip(word: "anti") { kind = .anti }
        else if cursor.skip(word: "cross") { kind = nil } else { _ = cursor.skip(word: "inner") }
        self.kind = kind
        if cursor.skip(symbol: "(") {
            other = .pipeline(try DirectiveParser.parsePipeline(&cursor))
            try cursor.expect(symbol: ")", Message(nl: "om de tabel tussen haakjes af te sluiten (schrijf: join (t | filter …) on k)",
                                                   en: "to close the table in parentheses (write: join (t | filter …) on k)"))
        } else {
            other = .name(try cursor.identifier(Message(nl: "de naam van de tabel om te koppelen, of een pijplijn tussen haakjes",
                                                        en: "the name of the table to join, or a pipeline in parentheses")))
        }
        if kind == nil {
            keys = []
            if cursor.current.isWord("on") { throw cursor.error(Message(nl: "een cross join koppelt elke rij aan elke rij; laat 'on' weg",
                                                                        en: "a cross join pairs every row with every row; leave out 'on'")) }
        } else {
            try cursor.expect(word: "on", Message(nl: "vóór de sleutelkolommen", en: "before the key columns"))
            keys = try cursor.identifierList(Message(nl: "een sleutelkolom", en: "a key column"))
        }
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        let right: Table
        switch other {
        case .name(let name): right = try context.table(named: name)
        case .pipeline(let pipeline): right = try context.run(pipeline).table
        }
        guard let kind else { return try table.crossJoined(right) }
        return try table.joined(right, on: keys, kind: kind)
    }
}

/// `append saldi_gepubliceerd`: the rows of another table below these (columns matched by name).
struct AppendVerb: Verb {
    static let name = "append"
    static let usage = "append NAAM"
    static let summary = "zet de rijen van een eerder benoemde tabel eronder (kolommen op naam)"
    let other: String

    init(parsing cursor: inout TokenCursor) throws {
        other = try cursor.identifier(Message(nl: "de naam van de tabel om eronder te zetten", en: "the name of the table to append"))
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
        key = try cursor.identifier(Message(nl: "de kolom waarvan de waarden kolomnamen worden",
                                            en: "the column whose values become column names"))
        try cursor.expect(symbol: ":", Message(nl: "vóór de waardekolommen (schrijf: spread jaar: vestiging, vertrek)",
                                               en: "before the value columns (write: spread jaar: vestiging, vertrek)"))
        values = try cursor.identifierList(Message(nl: "een waardekolom", en: "a value column"))
        var order: [String]?
        if cursor.skip(word: "order") {
            var labels: [String] = []
            repeat {
                if let word = cursor.current.identifier, word != "missing" { cursor.advance(); labels.append(word) }
                else { labels.append(try cursor.literal(Message(nl: "een waarde van '\(key)', zoals 2016 of \"Assen\"",
                                                                en: "a value of '\(key)' such as 2016 or \"Assen\"")).keyText) }
            } while cursor.skip(symbol: ",")
            order = labels
        }
        self.order = order
        fill = cursor.skip(word: "fill") ? try cursor.literal(Message(nl: "de waarde voor combinaties zonder rij, zoals 0",
                                                                      en: "the value for combinations without a row, such as 0")) : nil
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
        columns = try cursor.identifierList(Message(nl: "een kolom om onder elkaar te zetten", en: "a column to gather"))
        try cursor.expect(word: "into", Message(nl: "vóór de namen van de sleutel- en de waardekolom",
                                                en: "before the key and value column names"))
        key = try cursor.identifier(Message(nl: "een naam voor de sleutelkolom", en: "a name for the key column"))
        try cursor.expect(symbol: ",", Message(nl: "tussen de namen van de sleutel- en de waardekolom",
                                               en: "between the key and value column names"))
        value = try cursor.identifier(Message(nl: "een naam voor de waardekolom", en: "a name for the value column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.gathered(columns, into: key, value: value)
    }
}
