import StreekCore
import StreekDocument

/// The chart-only settings of a `streek chart` block (caption, source, note, anchor, label, format and
/// empty are shared with `streek table`):
///
///     type bar | line | dot            orientation horizontal | vertical
///     x KOLOM    y KOLOM[, KOLOM…]     series KOLOM    facet KOLOM
///     stack [percent]                  index BASISPERIODE
///     xtitle "…"   ytitle "…"          alt "…"
struct ChartSettings: Sendable {
    struct ColumnReference: Sendable {
        var name: String
        var position: SourcePosition
    }

    var mark: ChartBlock.Mark?
    var orientation: ChartBlock.Orientation?
    var stacking: ChartBlock.Stacking = .grouped
    var x: ColumnReference?
    var y: [ColumnReference] = []
    var series: ColumnReference?
    var facet: ColumnReference?
    var index: (base: Expression, position: SourcePosition)?
    var xTitle: Template?
    var yTitle: Template?
    var alt: Template?
    /// The first chart setting, for errors about the block as a whole.
    var position: SourcePosition?

    /// Dutch words an author may try first, for the suggestion in the error.
    static let dutchWords = ["staaf": "bar", "staven": "bar", "staafdiagram": "bar", "lijn": "line", "lijnen": "line",
                             "stip": "dot", "stippen": "dot", "punt": "dot", "horizontaal": "horizontal", "verticaal": "vertical"]

    static let words = ["type", "orientation", "x", "y", "series", "facet", "stack", "index", "xtitle", "ytitle", "alt"]

    mutating func parse(_ word: String, _ cursor: inout TokenCursor) throws {
        position = position ?? cursor.current.position
        cursor.advance()
        switch word {
        case "type": mark = try choice(&cursor, ChartBlock.Mark.self, "chart type")
        case "orientation": orientation = try choice(&cursor, ChartBlock.Orientation.self, "orientation")
        case "x": x = try column(&cursor)
        case "y":
            y = [try column(&cursor)]
            while cursor.skip(symbol: ",") { y.append(try column(&cursor)) }
        case "series": series = try column(&cursor)
        case "facet": facet = try column(&cursor)
        case "stack": stacking = cursor.skip(word: "percent") ? .percent : .stacked
        case "index":
            let position = cursor.current.position
            index = (try cursor.literalOrParameter("the base period, e.g. index 2011"), position)
        case "xtitle": xTitle = try template(&cursor, "the title of the x axis")
        case "ytitle": yTitle = try template(&cursor, "the title of the y axis")
        default: alt = try template(&cursor, "the alternative text (what the chart shows, for readers who cannot see it)")
        }
    }

    private func column(_ cursor: inout TokenCursor) throws -> ColumnReference {
        let position = cursor.current.position
        return ColumnReference(name: try cursor.identifier("a column"), position: position)
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ cursor: inout TokenCursor, _ type: Choice.Type,
                                                                 _ what: String) throws -> Choice where Choice.RawValue == String {
        let names = Choice.allCases.map(\.rawValue)
        let position = cursor.current.position
        let word = try cursor.identifier("the \(what) (\(names.joined(separator: ", ")))")
        guard let choice = Choice(rawValue: word) else {
            var message = "unknown \(what) '\(word)'; use \(names.joined(separator: ", "))"
            if let guess = Self.dutchWords[word.lowercased()] ?? Suggestion.closest(to: word, among: names) {
                message += "; did you mean '\(guess)'?"
            }
            throw LocatedError(message, at: position)
        }
        return choice
    }

    private func template(_ cursor: inout TokenCursor, _ what: String) throws -> Template {
        let position = cursor.current.position
        return try Template(parsing: try cursor.string(what), at: position)
    }
}
