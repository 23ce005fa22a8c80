import StreekCore

/// `geo partner`: adds the CBS code, province and study-area ring of the municipality in a column
/// (partner_code, partner_provincie, partner_ring). An unknown name is an error with a suggestion.
struct GeoVerb: Verb {
    static let name = "geo"
    static let usage = "geo KOLOM"
    static let summary = "voegt per gemeente de CBS-code, provincie en ring van het studiegebied toe (KOLOM_code, KOLOM_provincie, KOLOM_ring)"
    let column: String

    init(parsing cursor: inout TokenCursor) throws {
        column = try cursor.identifier(Message(nl: "de kolom met gemeentenamen", en: "the column with municipality names"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try context.geography().annotated(table, column: column)
    }
}

/// `align gemeente to 2019`: renames municipalities merged before 1 January of that year to the new
/// municipality and adds up their rows, so that data of different years can be compared. The rendered
/// report lists every merger it applied.
struct AlignVerb: Verb {
    static let name = "align"
    static let usage = "align KOLOM to JAAR"
    static let summary = "brengt gemeenten terug tot de indeling van een jaar (samengevoegde gemeenten opgeteld) en meldt dat in het rapport"
    let column: String
    let year: Expression

    init(parsing cursor: inout TokenCursor) throws {
        column = try cursor.identifier(Message(nl: "de kolom met gemeentenamen", en: "the column with municipality names"))
        try cursor.expect(word: "to", Message(nl: "vóór het jaar (schrijf: align gemeente to 2019)",
                                              en: "before the year (write: align gemeente to 2019)"))
        year = try cursor.literalOrParameter(Message(nl: "het jaar", en: "the year"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        guard let year = try context.scalar(year).number, year.isFinite, abs(year) < 100_000 else {
            throw LocatedError(Message(nl: "align heeft een jaar als getal nodig",
                                       en: "align needs a year as a number"), at: self.year.position)
        }
        let (aligned, notes) = try context.geography().aligned(table, column: column, toYear: Int(year))
        context.record(alignmentNotes: notes)
        return aligned
    }
}
