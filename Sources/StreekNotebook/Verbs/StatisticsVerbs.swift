import StreekCore

/// `rate mutaties per 1000 of inwoners as per_1000`
struct RateVerb: Verb {
    static let name = "rate"
    static let usage = "rate KOLOM per N of BEVOLKINGSKOLOM as NAAM"
    static let summary = "aantal per N inwoners (of per N van een leeftijdsgroep) per rij"
    let count: String, scale: Double, population: String, output: String

    init(parsing cursor: inout TokenCursor) throws {
        count = try cursor.identifier(Message(nl: "de kolom met aantallen", en: "the count column"))
        try cursor.expect(word: "per", Message(nl: "(schrijf: rate mutaties per 1000 of inwoners as per_1000)",
                                               en: "(write: rate mutaties per 1000 of inwoners as per_1000)"))
        scale = Double(try cursor.integer(Message(nl: "de schaal, bijvoorbeeld 1000", en: "the scale, e.g. 1000")))
        try cursor.expect(word: "of", Message(nl: "vóór de kolom met de bevolking", en: "before the population column"))
        population = try cursor.identifier(Message(nl: "de kolom met de bevolking", en: "the population column"))
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de nieuwe kolom", en: "before the name of the new column"))
        output = try cursor.identifier(Message(nl: "een naam voor de kolom met het cijfer per inwoners", en: "a name for the rate column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.rate(of: count, per: population, scale: scale, into: output)
    }
}

/// `share eigen of banen as aandeel_eigen`: part / whole × 100 per row.
struct ShareVerb: Verb {
    static let name = "share"
    static let usage = "share KOLOM of KOLOM as NAAM"
    static let summary = "aandeel (in procenten) van de ene kolom in de andere, per rij"
    let part: String, whole: String, output: String

    init(parsing cursor: inout TokenCursor) throws {
        part = try cursor.identifier(Message(nl: "de kolom met het deel", en: "the part column"))
        try cursor.expect(word: "of", Message(nl: "(schrijf: share eigen of banen as aandeel)",
                                              en: "(write: share eigen of banen as aandeel)"))
        whole = try cursor.identifier(Message(nl: "de kolom met het geheel", en: "the whole column"))
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de nieuwe kolom", en: "before the name of the new column"))
        output = try cursor.identifier(Message(nl: "een naam voor de kolom met het aandeel", en: "a name for the share column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.share(of: part, in: whole, into: output)
    }
}

/// `change vestiging_2011 to vestiging_2016 as verschil, groei`: absolute and (optionally) percentage change.
struct ChangeVerb: Verb {
    static let name = "change"
    static let usage = "change KOLOM to KOLOM as NAAM [, PROCENTNAAM]"
    static let summary = "verschil tussen twee kolommen, absoluut en desgewenst in procenten"
    let from: String, to: String, absolute: String, percent: String?

    init(parsing cursor: inout TokenCursor) throws {
        from = try cursor.identifier(Message(nl: "de eerdere kolom", en: "the earlier column"))
        try cursor.expect(word: "to", Message(nl: "(schrijf: change vestiging_2011 to vestiging_2016 as verschil)",
                                              en: "(write: change vestiging_2011 to vestiging_2016 as verschil)"))
        to = try cursor.identifier(Message(nl: "de latere kolom", en: "the later column"))
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de kolom met het verschil", en: "before the name of the change column"))
        absolute = try cursor.identifier(Message(nl: "een naam voor het absolute verschil", en: "a name for the absolute change"))
        percent = cursor.skip(symbol: ",") ? try cursor.identifier(Message(nl: "een naam voor het procentuele verschil",
                                                                           en: "a name for the percentage change")) : nil
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.change(from: from, to: to, absoluteInto: absolute, percentInto: percent)
    }
}

/// `index personen by jaar base 2011 per gemeente as index`: each value relative to the base year (= 100).
struct IndexVerb: Verb {
    static let name = "index"
    static let usage = "index KOLOM by PERIODEKOLOM base PERIODE [per KOLOM, …] as NAAM"
    static let summary = "indexcijfer ten opzichte van een basisjaar (basisjaar = 100), desgewenst per groep"
    let column: String, period: String, base: Expression, groups: [String], output: String

    init(parsing cursor: inout TokenCursor) throws {
        column = try cursor.identifier(Message(nl: "de kolom voor het indexcijfer", en: "the column to index"))
        try cursor.expect(word: "by", Message(nl: "vóór de periodekolom", en: "before the period column"))
        period = try cursor.identifier(Message(nl: "de periodekolom", en: "the period column"))
        try cursor.expect(word: "base", Message(nl: "vóór de basisperiode", en: "before the base period"))
        base = try cursor.literalOrParameter(Message(nl: "de basisperiode", en: "the base period"))
        groups = cursor.skip(word: "per") ? try cursor.identifierList(Message(nl: "een groepskolom", en: "a group column")) : []
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de indexkolom", en: "before the name of the index column"))
        output = try cursor.identifier(Message(nl: "een naam voor de indexkolom", en: "a name for the index column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.indexed(column: column, period: period, base: try context.scalar(base), groupBy: groups, into: output)
    }
}

/// `orientation from woongemeente to werkgemeente value personen ranks 2, 3 tolerance 100`: per origin the
/// destinations at these ranks (rank 1 is the own municipality, left out), near-ties (within the tolerance:
/// an absolute difference in the value's own unit, e.g. persons) shown together as "A/B".
struct OrientationVerb: Verb {
    static let name = "orientation"
    static let usage = "orientation from KOLOM to KOLOM value KOLOM ranks N, … [tolerance X] [with own]"
    static let summary = "per herkomst de bestemmingen op de gevraagde plaatsen, eigen gemeente uitgezonderd, bijna-gelijke als \"A/B\""
    let origin: String, destination: String, value: String, ranks: [Int], tolerance: Double, excludeOwn: Bool

    init(parsing cursor: inout TokenCursor) throws {
        try cursor.expect(word: "from", Message(nl: "(schrijf: orientation from woongemeente to werkgemeente value personen ranks 1, 2)",
                                                en: "(write: orientation from woongemeente to werkgemeente value personen ranks 1, 2)"))
        origin = try cursor.identifier(Message(nl: "de kolom met de herkomst", en: "the origin column"))
        try cursor.expect(word: "to", Message(nl: "vóór de kolom met de bestemming", en: "before the destination column"))
        destination = try cursor.identifier(Message(nl: "de kolom met de bestemming", en: "the destination column"))
        try cursor.expect(word: "value", Message(nl: "vóór de waardekolom", en: "before the value column"))
        value = try cursor.identifier(Message(nl: "de waardekolom", en: "the value column"))
        try cursor.expect(word: "ranks", Message(nl: "vóór de rangen", en: "before the ranks"))
        let rank = Message(nl: "een rang", en: "a rank")
        var ranks = [try cursor.integer(rank)]
        while cursor.skip(symbol: ",") { ranks.append(try cursor.integer(rank)) }
        self.ranks = ranks
        if cursor.skip(word: "tolerance") {
            guard case .number(let number) = cursor.current.kind else { throw cursor.error(Message(nl: "een marge verwacht, zoals 0.05",
                                                                                                   en: "expected a tolerance such as 0.05")) }
            cursor.advance()
            tolerance = number
        } else {
            tolerance = 0
        }
        excludeOwn = !(cursor.skip(word: "with") && cursor.skip(word: "own"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.orientationRanks(origin: origin, destination: destination, value: value, ranks: ranks,
                                   tolerance: tolerance, excludeOwn: excludeOwn)
    }
}

/// `composite werk, verhuizing, school, winkel as binding`: each element scaled to 0–100 by its maximum,
/// then averaged (the method of the quick scan's binding score).
struct CompositeVerb: Verb {
    static let name = "composite"
    static let usage = "composite KOLOM, … as NAAM"
    static let summary = "samengestelde score: elk element geschaald naar 0–100 (maximum = 100) en gemiddeld"
    let elements: [String], output: String

    init(parsing cursor: inout TokenCursor) throws {
        elements = try cursor.identifierList(Message(nl: "een kolom met een onderdeel", en: "an element column"))
        try cursor.expect(word: "as", Message(nl: "vóór de naam van de scorekolom", en: "before the name of the score column"))
        output = try cursor.identifier(Message(nl: "een naam voor de scorekolom", en: "a name for the score column"))
    }

    func apply(to table: Table, in context: EvaluationContext) throws -> Table {
        try table.compositeScore(of: elements, into: output, scale: 100)
    }
}
