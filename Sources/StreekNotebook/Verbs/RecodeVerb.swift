import StreekCore

/// `recode gemeente "Hoogeveen" as "HGV", "Emmen" as "EMM" else "overig"`: replaces listed values of one
/// column (in place, or into a new column with `into NAAM`); values not listed stay as they are, or become
/// the `else` value. Texts and numbers compare as `==` does.
struct RecodeVerb: Verb {
    static let name = "recode"
    static let usage = "recode KOLOM [into NIEUW] \"oud\" as \"nieuw\", … [else \"waarde\"]"
    static let summary = "vervangt genoemde waarden van een kolom door andere (een vertaaltabel), desgewenst in een nieuwe kolom"
    let column: String
    let output: String
    let pairs: [(from: Value, to: Value)]
    let otherwise: Value?

    init(parsing cursor: inout TokenCursor) throws {
        column = try cursor.identifier(Message(nl: "de kolom om te hercoderen", en: "the column to recode"))
        output = cursor.skip(word: "into") ? try cursor.identifier(Message(nl: "een naam voor de gehercodeerde kolom",
                                                                           en: "a name for the recoded column")) : column
        var pairs: [(Value, Value)] = []
        repeat {
            let from = try cursor.literal(Message(nl: "een waarde om te vervangen, zoals \"Hoogeveen\" of 2016",
                                                  en: "a value to replace, such as \"Hoogeveen\" or 2016"))
            try cursor.expect(word: "as", Message(nl: "tussen de oude en de nieuwe waarde (schrijf: \"oud\" as \"nieuw\")",
                                                  en: "between the old and the new value (write: \"oud\" as \"nieuw\")"))
            pairs.append((from, try cursor.literal(Message(nl: "de nieuwe waarde", en: "the new value"))))
        } while cursor.skip(symbol: ",")
        self.pairs = pairs
        otherwise = cursor.skip(word: "else") ? try cursor.literal(Message(nl: "de waarde voor alles wat niet genoemd is",
                                                                           en: "the value for everything not listed")) : nil
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        let values = try table.column(column)
        let recoded = (0..<values.count).map { row -> Value in
            let value = values[row]
            return pairs.first { Operators.equal($0.from, value) }?.to ?? otherwise ?? value
        }
        return try table.setting(Column(output, values: recoded))
    }
}
