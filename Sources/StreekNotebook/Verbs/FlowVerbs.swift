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
            if cursor.skip(word: "from") { origin = try cursor.identifier("the origin column") }
            else if cursor.skip(word: "to") { destination = try cursor.identifier("the destination column") }
            else if cursor.skip(word: "count") { count = try cursor.identifier("the count column") }
            else { break }
        }
    }
}

/// `partners of "Hoogeveen"`: per partner municipality the flow into the place (instroom), out of it
/// (uitstroom), the total and the saldo (instroom − uitstroom), largest total first.
struct PartnersVerb: Verb {
    static let name = "partners"
    static let usage = "partners of PLAATS [from KOLOM] [to KOLOM] [count KOLOM]"
    static let summary = "per partnergemeente instroom, uitstroom, totaal en saldo van een plaats (grootste totaal eerst)"
    let place: Expression
    let columns: FlowColumnNames

    init(parsing cursor: inout TokenCursor) throws {
        try cursor.expect(word: "of", "(write: partners of \"Hoogeveen\")")
        place = try cursor.literalOrParameter("the place")
        columns = try FlowColumnNames(parsing: &cursor)
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
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
        period = cursor.skip(word: "by") ? try cursor.identifier("the period column") : nil
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.placeBalances(origin: columns.origin, destination: columns.destination, count: columns.count, period: period, placeColumn: "plaats")
    }
}
