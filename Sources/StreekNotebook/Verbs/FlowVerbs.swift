import StreekCore

/// The column names of an origin → destination table, `personen` moving `herkomst` → `bestemming`
/// unless `from … to … count …` says otherwise.
struct FlowColumnNames: Sendable {
    var origin = "herkomst"
    var destination = "bestemming"
    var count = "personen"

    /// Reads optional `from KOLOM`, `to KOLOM`, `count KOLOM` in any order.
    init(parsing cursor: inout TokenCursor) throws {
        while true {
            if cursor.skip(word: "from") { origin = try cursor.identifier(Message(nl: "de kolom met de herkomst",
                                                                                  en: "the origin column")) }
            else if cursor.skip(word: "to") { destination = try cursor.identifier(Message(nl: "de kolom met de bestemming",
                                                                                          en: "the destination column")) }
            else if cursor.skip(word: "count") { count = try cursor.identifier(Message(nl: "de kolom met aantallen",
                                                                                       en: "the count column")) }
            else { break }
        }
    }
}

/// `partners of "Hoogeveen"`: per partner municipality the flow into the place (instroom), out of it
/// (uitstroom), the total and the saldo (instroom − uitstroom), largest total first. Without `of`, the same
/// for every place (column `plaats`), per period with `by`: `partners by jaar | top 15 per plaats, jaar`.
struct PartnersVerb: Verb {
    static let name = "partners"
    static let usage = "partners [of PLAATS] [from KOLOM] [to KOLOM] [count KOLOM] [by PERIODEKOLOM]"
    static let summary = "per partnergemeente instroom, uitstroom, totaal en saldo van een plaats, of van elke plaats (en periode); grootste totaal eerst"
    let place: Expression?
    let columns: FlowColumnNames
    let period: String?

    init(parsing cursor: inout TokenCursor) throws {
        place = cursor.skip(word: "of") ? try cursor.literalOrParameter(Message(nl: "de plaats", en: "the place")) : nil
        columns = try FlowColumnNames(parsing: &cursor)
        period = cursor.skip(word: "by") ? try cursor.identifier(Message(nl: "de periodekolom", en: "the period column")) : nil
        if place != nil, period != nil {
            throw cursor.error(Message(nl: "partners of PLAATS telt alle perioden op; filter eerst één periode, of laat 'of' weg voor elke plaats per periode",
                                       en: "partners of PLAATS sums every period; filter a period first, or leave out 'of' for every place per period"))
        }
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        guard let place else {
            return try table.partnerFlows(origin: columns.origin, destination: columns.destination, count: columns.count,
                                          period: period, placeColumn: "plaats")
        }
        let name = try context.municipalityName(place)
        return try table.partnerFlows(of: name, origin: columns.origin, destination: columns.destination, count: columns.count)
    }
}

/// `balance by periode`: per place (column `plaats`) the total instroom, uitstroom and saldo over all its partners.
struct BalanceVerb: Verb {
    static let name = "balance"
    static let usage = "balance [from KOLOM] [to KOLOM] [count KOLOM] [by PERIODEKOLOM]"
    static let summary = "per plaats (en periode) de totale instroom, uitstroom en het saldo; stromen binnen de plaats tellen niet mee"
    let columns: FlowColumnNames
    let period: String?

    init(parsing cursor: inout TokenCursor) throws {
        columns = try FlowColumnNames(parsing: &cursor)
        period = cursor.skip(word: "by") ? try cursor.identifier(Message(nl: "de periodekolom", en: "the period column")) : nil
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.placeBalances(origin: columns.origin, destination: columns.destination, count: columns.count, period: period, placeColumn: "plaats")
    }
}
