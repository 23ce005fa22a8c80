import StreekCore

/// `select gemeente, saldo as verschil`: keeps (and orders, and optionally renames) columns.
struct SelectVerb: Verb {
    static let name = "select"
    static let usage = "select KOLOM [as NAAM], …"
    static let summary = "houdt alleen deze kolommen, in deze volgorde (met `as` een nieuwe naam)"
    let columns: [(name: String, newName: String?)]

    init(parsing cursor: inout TokenCursor) throws {
        var columns: [(String, String?)] = []
        repeat {
            let name = try cursor.identifier(Message(nl: "een kolom om te houden", en: "a column to select"))
            columns.append((name, cursor.skip(word: "as") ? try cursor.identifier(Message(nl: "een nieuwe kolomnaam",
                                                                                          en: "a new column name")) : nil))
        } while cursor.skip(symbol: ",")
        self.columns = columns
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        let selected = try table.selecting(columns.map(\.name))
        let renames = columns.compactMap { column in column.newName.map { (from: column.name, to: $0) } }
        return renames.isEmpty ? selected : try selected.renaming(renames)
    }
}

/// `drop code, provincie`
struct DropVerb: Verb {
    static let name = "drop"
    static let usage = "drop KOLOM, …"
    static let summary = "laat deze kolommen weg"
    let columns: [String]

    init(parsing cursor: inout TokenCursor) throws {
        columns = try cursor.identifierList(Message(nl: "een kolom om weg te laten", en: "a column to drop"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.dropping(columns)
    }
}

/// `rename personen as aantal, jaar as peiljaar`
struct RenameVerb: Verb {
    static let name = "rename"
    static let usage = "rename KOLOM as NAAM, …"
    static let summary = "geeft kolommen een andere naam"
    let pairs: [(from: String, to: String)]

    init(parsing cursor: inout TokenCursor) throws {
        var pairs: [(from: String, to: String)] = []
        repeat {
            let from = try cursor.identifier(Message(nl: "een kolom om een andere naam te geven", en: "a column to rename"))
            try cursor.expect(word: "as", Message(nl: "tussen de oude en de nieuwe naam", en: "between the old and the new name"))
            pairs.append((from, try cursor.identifier(Message(nl: "de nieuwe kolomnaam", en: "the new column name"))))
        } while cursor.skip(symbol: ",")
        self.pairs = pairs
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.renaming(pairs)
    }
}

/// `derive saldo = vestiging - vertrek, mutaties = vestiging + vertrek`: new (or replaced) columns from
/// expressions; later definitions can use earlier ones.
struct DeriveVerb: Verb {
    static let name = "derive"
    static let usage = "derive NAAM = EXPRESSIE, …"
    static let summary = "voegt een kolom toe (of vervangt die) met een waarde per rij uit een expressie"
    let definitions: [(name: String, expression: Expression)]

    init(parsing cursor: inout TokenCursor) throws {
        var definitions: [(String, Expression)] = []
        repeat {
            let name = try cursor.identifier(Message(nl: "een naam voor de nieuwe kolom", en: "a name for the new column"))
            try cursor.expect(symbol: "=", Message(nl: "na de naam van de nieuwe kolom", en: "after the new column's name"))
            definitions.append((name, try ExpressionParser.parse(&cursor)))
        } while cursor.skip(symbol: ",")
        self.definitions = definitions
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        var result = table
        for definition in definitions {
            let value = try ExpressionEvaluator(context: context).compile(definition.expression, for: result)
            let values = try (0..<result.rowCount).map { try value($0) }
            result = try result.setting(Column(definition.name, values: values))
        }
        return result
    }
}
