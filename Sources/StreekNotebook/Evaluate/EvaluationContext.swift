import Foundation
import StreekCore
import StreekDocument

/// What directives and figures can see while a notebook is evaluated: parameters, the tables bound so far,
/// the data folder and the municipality registry. One context per notebook render.
final class EvaluationContext {
    let parameters: [String: Value]
    let numberFormat: NumberFormat
    let data: DataLoader
    private(set) var bindings: [String: Binding] = [:]
    private var cachedGeography: Geography?
    /// Merger alignments applied by the directive being evaluated; shown as notes under its table.
    private(set) var alignmentNotes: [String] = []
    /// Warnings of the data files read so far (each once), for stderr.
    private(set) var warnings: [Message] = []

    static let municipalitiesFile = "geografie/gemeenten.csv"
    static let mergersFile = "geografie/herindelingen.csv"
    static let aliasesFile = "geografie/gemeentenamen_alias.csv"
    static let regionCodesFile = "geografie/regio_codes.csv"

    init(parameters: [String: Value], numberFormat: NumberFormat, data: DataLoader) {
        self.parameters = parameters
        self.numberFormat = numberFormat
        self.data = data
    }

    func parameter(_ name: String, at position: SourcePosition) throws -> Value {
        guard let value = parameters[name] else {
            var message = Message(nl: "onbekende parameter '$\(name)'", en: "unknown parameter '$\(name)'")
            if let guess = Suggestion.closest(to: name, among: Array(parameters.keys).sorted()) { message += Message.didYouMean("$" + guess) }
            else { message += Message(nl: "; declareer hem in een blok 'streek setup' met: param \(name) = …",
                                      en: "; declare it in a 'streek setup' block with: param \(name) = …") }
            throw LocatedError(message, at: position)
        }
        return value
    }

    func binding(_ name: String, at position: SourcePosition) throws -> Binding {
        guard let binding = bindings[name] else { throw LocatedError(unknownNameMessage(name), at: position) }
        return binding
    }

    /// A bound table, for verbs such as join; the runner adds the position.
    func table(named name: String) throws -> Table {
        guard let binding = bindings[name] else { throw DataError(unknownNameMessage(name)) }
        return binding.table
    }

    /// Binds a name once: a second `naam = …` would make `naam.kolom[…]` depend on where it is read.
    func bind(_ name: String, _ binding: Binding) throws {
        if let earlier = bindings[name] {
            throw LocatedError(Message(nl: "'\(name)' heeft al een waarde sinds regel \(earlier.position.line); kies een andere naam",
                                       en: "'\(name)' is already bound at line \(earlier.position.line); choose another name"), at: binding.position)
        }
        bindings[name] = binding
    }

    /// A table from Data/ for a `load` line; its file's warnings are kept for the command line.
    func load(_ path: String, options: LoadOptions) throws -> Table {
        let loaded = try data.load(path, options: options)
        for warning in loaded.warnings where !warnings.contains(warning) { warnings.append(warning) }
        return loaded.table
    }

    func scalar(_ expression: Expression) throws -> Value {
        try ExpressionEvaluator(context: self).scalar(expression)
    }

    /// Fills in a template's holes as single values (data paths, labels of totals rows), formatted now.
    func text(of template: Template, escape: (String) -> String = { $0 }) throws -> String {
        numberFormat.text(try phrase(of: template), escapeValue: escape)
    }

    /// A template's holes evaluated but not formatted: captions, sources and notes for the Document.
    func phrase(of template: Template) throws -> Phrase {
        Phrase(try template.parts.map { part in
            switch part {
            case .text(let text): return .literal(text)
            case .hole(let expression, let style): return .value(try scalar(expression), valueFormat(of: expression, style: style))
            }
        })
    }

    /// Formats a value for the report now (see `valueFormat(of:style:)`).
    func format(_ value: Value, of expression: Expression, style: NumberStyle) -> String {
        numberFormat.format(value, as: valueFormat(of: expression, style: style))
    }

    /// How a value is to be written. A parameter on its own (`$jaar`) or a cell of a year column
    /// (`t.jaar[#1]`) is an identifier, not a quantity, so it is written without a thousands separator
    /// unless a style is asked for.
    func valueFormat(of expression: Expression, style: NumberStyle) -> ValueFormat {
        guard style == .automatic else { return .style(style) }
        switch expression {
        case .parameter: return .key
        case .lookup(_, let column, _, _), .name(let column, _): return .style(YearColumns.defaultStyle(for: column))
        // `$jaar - 1` is the year before, still a year: written 2015, not 2.015.
        case .binary("+", let year, .literal(.number, _), _), .binary("-", let year, .literal(.number, _), _),
             .binary("+", .literal(.number, _), let year, _):
            return valueFormat(of: year, style: style)
        default: return .style(style)
        }
    }

    /// The registry of municipalities (Data/geografie), read once per render.
    func geography() throws -> Geography {
        if let cachedGeography { return cachedGeography }
        let geography = try Geography.load(municipalities: try data.table(at: Self.municipalitiesFile),
                                           mergers: try data.table(at: Self.mergersFile),
                                           aliases: data.exists(Self.aliasesFile) ? try data.table(at: Self.aliasesFile) : nil,
                                           regions: data.exists(Self.regionCodesFile) ? try data.table(at: Self.regionCodesFile) : nil)
        cachedGeography = geography
        return geography
    }

    /// A municipality named in a verb argument, checked against the registry so that a typo is an error
    /// with a suggestion rather than an empty table.
    func municipalityName(_ expression: Expression) throws -> String {
        guard let name = try scalar(expression).text else {
            throw LocatedError(Message(nl: "een gemeentenaam verwacht", en: "expected a municipality name"), at: expression.position)
        }
        do {
            return try geography().municipality(named: name).name
        } catch let error as LocatedError {
            throw error
        } catch {
            throw LocatedError(Message(describing: error), at: expression.position)
        }
    }

    func record(alignmentNotes notes: [String]) {
        alignmentNotes += notes
    }

    func takeAlignmentNotes() -> [String] {
        defer { alignmentNotes = [] }
        return alignmentNotes
    }

    private func unknownNameMessage(_ name: String) -> Message {
        var message = Message(nl: "onbekende naam '\(name)'", en: "unknown name '\(name)'")
        if let guess = Suggestion.closest(to: name, among: Array(bindings.keys).sorted()) { message += Message.didYouMean(guess) }
        else if bindings.isEmpty { message += Message(nl: "; er zijn nog geen tabellen benoemd (benoem er een met: \(name) = load \"…\")",
                                                      en: "; no tables are bound yet (bind one with: \(name) = load \"…\")") }
        return message
    }
}
