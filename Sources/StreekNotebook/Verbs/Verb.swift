import StreekCore

/// One step of a pipeline, such as `filter jaar == $jaar` or `top 15 by totaal`.
/// Each verb parses its own arguments and applies itself to a table with StreekCore; the catalogue below
/// is the single list of verbs (used for parsing, "did you mean" suggestions, `streek verbs` and the tests
/// that check the handleiding documents every verb).
protocol Verb: Sendable {
    static var name: String { get }
    /// The syntax, as shown in messages and help: `top N [by kolom]`.
    static var usage: String { get }
    /// What the verb does, in one sentence.
    static var summary: String { get }
    init(parsing cursor: inout TokenCursor) throws
    func apply(to table: Table, in context: EvaluationContext) throws -> Table
}

enum VerbCatalogue {
    static let all: [any Verb.Type] = [
        FilterVerb.self, SelectVerb.self, DropVerb.self, RenameVerb.self, DeriveVerb.self,
        GroupVerb.self, JoinVerb.self, AppendVerb.self, SortVerb.self, RankVerb.self, TopVerb.self,
        TotalsVerb.self, PercentVerb.self, SpreadVerb.self, GatherVerb.self, KeyVerb.self,
        PartnersVerb.self, BalanceVerb.self, GeoVerb.self, AlignVerb.self, RateVerb.self, ShareVerb.self,
        ChangeVerb.self, IndexVerb.self, OrientationVerb.self, CompositeVerb.self,
    ]

    static func verb(named name: String) -> (any Verb.Type)? {
        all.first { $0.name == name }
    }

    static var names: [String] { all.map { $0.name } }

    /// Dutch words an author may reach for, mapped to the verb that does it, for "did you mean".
    static let dutchSynonyms = [
        "filtreer": "filter", "selecteer": "select", "kies": "select", "verwijder": "drop", "hernoem": "rename",
        "bereken": "derive", "afleiden": "derive", "groepeer": "group", "koppel": "join", "voegtoe": "append",
        "sorteer": "sort", "rangschik": "rank", "rang": "rank", "totaal": "totals", "totalen": "totals",
        "procent": "percent", "spreid": "spread", "verzamel": "gather", "sleutel": "key", "saldo": "balance",
        "tarief": "rate", "aandeel": "share", "verandering": "change", "verschil": "change", "oriëntatie": "orientation",
        "orientatie": "orientation", "score": "composite", "herindeling": "align",
    ]
}

/// The public face of the directive language for the CLI and the documentation tests.
public enum DirectiveLanguage {
    public static var verbs: [(name: String, usage: String, summary: String)] {
        VerbCatalogue.all.map { ($0.name, $0.usage, $0.summary) }
    }

    /// The settings a `streek map` block accepts (its own and those it shares with tables).
    public static var mapSettings: [String] { DirectiveParser.mapSettings }
}
