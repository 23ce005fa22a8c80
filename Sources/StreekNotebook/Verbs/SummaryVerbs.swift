import StreekCore

/// `group gemeente: personen = sum(personen), partners = count()`: one row per group, in order of first
/// appearance. `group: totaal = sum(personen)` (no keys) gives one row for the whole table.
struct GroupVerb: Verb {
    static let name = "group"
    static let usage = "group [KOLOM, …]: NAAM = FUNCTIE(KOLOM), …"
    static let summary = "vat samen per groep met sum, mean, median, min, max, count, first, last of list (ontbrekend telt niet mee)"
    let keys: [String]
    let aggregations: [Aggregation]

    init(parsing cursor: inout TokenCursor) throws {
        keys = cursor.current.isSymbol(":") ? [] : try cursor.identifierList(Message(nl: "een kolom om op te groeperen",
                                                                                     en: "a column to group by"))
        try cursor.expect(symbol: ":", Message(nl: "vóór de samenvattingen (schrijf: group gemeente: totaal = sum(personen))",
                                               en: "before the summaries (write: group gemeente: totaal = sum(personen))"))
        var aggregations: [Aggregation] = []
        repeat {
            let output = try cursor.identifier(Message(nl: "een naam voor de samenvattende kolom", en: "a name for the summary column"))
            try cursor.expect(symbol: "=", Message(nl: "na '\(output)'", en: "after '\(output)'"))
            let functionPosition = cursor.current.position
            let functionName = try cursor.identifier(Message(nl: "een samenvattende functie", en: "a summary function"))
            guard let function = AggregateFunction(rawValue: functionName) else {
                let names = AggregateFunction.allCases.map(\.rawValue)
                let list = names.joined(separator: ", ")
                let guess = Suggestion.closest(to: functionName, among: names).map { Message.didYouMean($0) }
                    ?? Message(nl: " (gebruik \(list))", en: " (use \(list))")
                throw LocatedError(Message(nl: "onbekende samenvattende functie '\(functionName)'",
                                           en: "unknown summary function '\(functionName)'") + guess,
                                   at: functionPosition)
            }
            try cursor.expect(symbol: "(", Message(nl: "na \(functionName)", en: "after \(functionName)"))
            let column = cursor.current.isSymbol(")") ? nil : try cursor.identifier(Message(nl: "een kolom", en: "a column"))
            try cursor.expect(symbol: ")", Message(nl: "na de kolom", en: "after the column"))
            aggregations.append(Aggregation(output, function, of: column))
        } while cursor.skip(symbol: ",")
        self.aggregations = aggregations
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        let format = context.numberFormat
        let joined = aggregations.map { aggregation in
            var aggregation = aggregation
            aggregation.listJoiner = Functions.listJoiner(format, YearColumns.defaultStyle(for: aggregation.column ?? ""))
            return aggregation
        }
        return try table.grouped(by: keys, joined)
    }
}

/// `totals "Drenthe totaal" for vestiging, vertrek`: appends a row with column sums (missing values are
/// left out of a sum; a column with only missing values stays missing). Year columns are not summed unless
/// named after `for`. An empty table stays empty.
struct TotalsVerb: Verb {
    static let name = "totals"
    static let usage = "totals \"LABEL\" [in KOLOM] [for KOLOM, …]"
    static let summary = "voegt een totaalrij toe met de som van de getalkolommen (of alleen van de genoemde)"
    let label: Template
    let labelColumn: String?
    let columns: [String]?

    init(parsing cursor: inout TokenCursor) throws {
        label = try cursor.template(Message(nl: "het label van de totaalrij", en: "the label of the totals row"))
        labelColumn = cursor.skip(word: "in") ? try cursor.identifier(Message(nl: "de kolom voor het label",
                                                                              en: "the column for the label")) : nil
        columns = cursor.skip(word: "for") ? try cursor.identifierList(Message(nl: "een kolom om op te tellen",
                                                                               en: "a column to add up")) : nil
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        // No rows means no data (a year without figures): a totals row would only add a row of n.n.b.
        guard table.rowCount > 0 else { return table }
        // Years are labels, not amounts: by default they are not added up.
        let summed = columns ?? table.columns.filter { $0.isNumeric && !YearColumns.contains($0.name) }.map(\.name)
        return try table.withTotalsRow(label: try context.text(of: label), labelColumn: labelColumn, columns: summed)
    }
}

/// `percent banen as aandeel decimals 1`: each row's share of the column total, rounded so the shares add
/// up to exactly 100 (largest remainder), as published tables do.
struct PercentVerb: Verb {
    static let name = "percent"
    static let usage = "percent KOLOM as NAAM [decimals N]"
    static let summary = "aandeel van elke rij in het kolomtotaal, afgerond zodat de aandelen precies 100 optellen"
    let column: String
    let output: String
    let decimals: Int

    init(parsing cursor: inout TokenCursor) throws {
        column = try cursor.identifier(Message(nl: "een kolom", en: "a column"))
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de percentagekolom", en: "before the name of the percentage column"))
        output = try cursor.identifier(Message(nl: "een naam voor de percentagekolom", en: "a name for the percentage column"))
        decimals = cursor.skip(word: "decimals") ? try cursor.integer(Message(nl: "het aantal decimalen",
                                                                              en: "the number of decimals"), maximum: NumberStyle.maximumDecimals) : 0
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.percentages(of: column, into: output, decimals: decimals)
    }
}
