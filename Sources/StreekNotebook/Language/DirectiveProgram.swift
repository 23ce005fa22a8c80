import StreekCore
import StreekDocument

/// A directive's body, parsed: pipelines that compute and bind tables, and settings that say how the
/// result is shown. Example (a `streek table` block):
///
///     saldi = load "migratie/verhuismutaties.csv"
///       | filter jaar == $jaar
///       | derive saldo = vestiging - vertrek
///     caption "Verhuissaldo per gemeente, {$jaar}"
///     format saldo signed
struct DirectiveProgram: Sendable {
    var pipelines: [Pipeline] = []
    var presentation = TablePresentation()
    var textTemplates: [TextTemplate] = []
    var chart = ChartSettings()
    var map = MapSettings()
    var setup = Setup()
}

/// `[naam =] bron | werkwoord … | werkwoord …`
struct Pipeline: Sendable {
    enum Source: Sendable {
        /// `load "map/bestand.csv" …`: a file under Data/ (the path may use $parameters), with how it is written.
        case load(Template, LoadOptions)
        /// `from naam` or just `naam`: a table bound earlier.
        case binding(String)
    }

    var name: String?
    var source: Source
    var steps: [Step]
    var position: SourcePosition
}

struct Step: Sendable {
    var verb: any Verb
    var position: SourcePosition
}

/// `text "…"` writes the template once per row into one paragraph; `bullets "…"` one list item per row.
struct TextTemplate: Sendable {
    var template: Template
    var asBullets: Bool
}

/// A `streek setup` block: parameters with defaults, the data years a notebook supports, the number format.
struct Setup: Sendable {
    var parameters: [(name: String, value: Value, position: SourcePosition)] = []
    /// `years jaar: 2011, 2016`: the parameter that is the data year, and the years `--all-years` renders.
    var dataYears: (parameter: String, years: [Value])?
    var numberFormat: NumberFormat.Language?
    var contents: ContentsSetting?
}

/// `contents on|off|auto [levels N]`: whether the HTML page gets a table of contents, and how deep.
struct ContentsSetting: Sendable {
    enum Mode: String, CaseIterable, Sendable { case on, off, auto }
    var mode: Mode
    /// Headings of level 2 up to this one are listed.
    var depth = 3

    /// `auto` shows the contents when the report has at least this many headings below its title.
    static let autoMinimumHeadings = 10
}
