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
        case "type": mark = try choice(&cursor, ChartBlock.Mark.self, Message(nl: "het grafiektype", en: "chart type"))
        case "orientation": orientation = try choice(&cursor, ChartBlock.Orientation.self, Message(nl: "de oriëntatie", en: "orientation"))
        case "x": x = try column(&cursor)
        case "y":
            y = [try column(&cursor)]
            while cursor.skip(symbol: ",") { y.append(try column(&cursor)) }
        case "series": series = try column(&cursor)
        case "facet": facet = try column(&cursor)
        case "stack": stacking = cursor.skip(word: "percent") ? .percent : .stacked
        case "index":
            let position = cursor.current.position
            index = (try cursor.literalOrParameter(Message(nl: "de basisperiode, bijvoorbeeld index 2011",
                                                           en: "the base period, e.g. index 2011")), position)
        case "xtitle": xTitle = try template(&cursor, Message(nl: "de titel van de x-as", en: "the title of the x axis"))
        case "ytitle": yTitle = try template(&cursor, Message(nl: "de titel van de y-as", en: "the title of the y axis"))
        default: alt = try template(&cursor, Message(nl: "de tekstbeschrijving (wat de grafiek toont, voor lezers die hem niet kunnen zien)",
                                                     en: "the alternative text (what the chart shows, for readers who cannot see it)"))
        }
    }

    private func column(_ cursor: inout TokenCursor) throws -> ColumnReference {
        let position = cursor.current.position
        return ColumnReference(name: try cursor.identifier(Message(nl: "een kolom", en: "a column")), position: position)
    }

    private func choice<Choice: RawRepresentable & CaseIterable>(_ cursor: inout TokenCursor, _ type: Choice.Type,
                                                                 _ what: Message) throws -> Choice where Choice.RawValue == String {
        let names = Choice.allCases.map(\.rawValue)
        let list = names.joined(separator: ", ")
        let position = cursor.current.position
        let word = try cursor.identifier(Message(nl: "\(what.nl) (\(list))", en: "the \(what.en) (\(list))"))
        guard let choice = Choice(rawValue: word) else {
            var message = Message(nl: "onbekende waarde '\(word)' voor \(what.nl); gebruik \(list)",
                                  en: "unknown \(what.en) '\(word)'; use \(list)")
            if let guess = Self.dutchWords[word.lowercased()] ?? Suggestion.closest(to: word, among: names) {
                message += Message.didYouMean(guess)
            }
            throw LocatedError(message, at: position)
        }
        return choice
    }

    private func template(_ cursor: inout TokenCursor, _ what: Message) throws -> Template {
        try cursor.template(what)
    }
}
