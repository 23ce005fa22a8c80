import StreekCore
import StreekGraphics

/// The settings of a `streek map` block, as written. Example:
///
///     verhuizers = load "migratie/verhuisstromen.csv" | filter bestemming in steden.gemeente
///     value personen
///     area herkomst
///     facet bestemming
///     extent onderzoeksgebied
///     classes breaks 50, 100, 250, 500
///     outline ring stad
struct MapSettings: Sendable {
    /// `value KOLOM`: the numbers to colour by; absent for a reference map.
    var value: Located<String>?
    /// `area KOLOM`: municipality names or GM codes (default: a column `gemeente` or `code`).
    var area: Located<String>?
    /// `facet KOLOM`: one map per value of this column, with the same classes (the word charts use too).
    var facet: Located<String>?
    var extent: Located<AreaSelection>?
    var classes: Located<ClassificationMethod>?
    var palette: MapPalette = .sequential
    var outline: Located<AreaSelection>?
    var names: Located<AreaSelection>?
    var legendTitle: Template?
    var classLabels: Located<[Template]>?
    var alt: Template?
    /// Where the block's first map setting is, for errors about the block as a whole.
    var position: SourcePosition?

    static let words = ["value", "area", "facet", "extent", "classes", "palette", "outline", "names", "legend", "alt"]
}

struct Located<T: Sendable>: Sendable {
    var value: T
    var position: SourcePosition
}

/// A set of municipalities named in a map setting.
enum AreaSelection: Sendable {
    /// `nederland`: every municipality of the division.
    case netherlands
    /// `onderzoeksgebied`: every municipality the registry places in a ring of the study area.
    case studyArea
    /// `gegevens`: the municipalities that have a value.
    case data
    /// `provincie Drenthe, Groningen`: by the registry's province.
    case provinces([String])
    /// `ring stad, drenthe`: by the registry's ring.
    case rings([String])
    /// `"Aa en Hunze", Assen, $stad`: names or codes.
    case municipalities([Expression])
}

enum MapSettingsParser {
    static func parse(_ word: String, _ cursor: inout TokenCursor, into settings: inout MapSettings) throws {
        let position = cursor.current.position
        settings.position = settings.position ?? position
        cursor.advance()
        // Column settings point at the column name, so an error about the column or its values lands there.
        let argument = cursor.current.position
        switch word {
        case "value": settings.value = Located(value: try cursor.identifier(Message(nl: "de kolom met de waarden",
                                                                                    en: "the column with the values")), position: argument)
        case "area": settings.area = Located(value: try cursor.identifier(Message(nl: "de kolom met gemeentenamen of -codes",
                                                                                  en: "the column with municipality names or codes")), position: argument)
        case "facet": settings.facet = Located(value: try cursor.identifier(Message(nl: "de kolom met één kaart per waarde",
                                                                                    en: "the column with one map per value")), position: argument)
        case "extent": settings.extent = Located(value: try selection(&cursor), position: position)
        case "outline": settings.outline = Located(value: try selection(&cursor), position: position)
        case "names": settings.names = Located(value: try selection(&cursor), position: position)
        case "classes": settings.classes = Located(value: try classes(&cursor), position: position)
        case "palette":
            let name = try cursor.identifier(Message(nl: "een palet (sequential of diverging)", en: "a palette (sequential or diverging)"))
            guard let palette = MapPalette(rawValue: name) else {
                var message = Message(nl: "onbekend palet '\(name)'; gebruik sequential (licht naar donker) of diverging (twee kleuren rond 0)",
                                      en: "unknown palette '\(name)'; use sequential (light to dark) or diverging (two colours around 0)")
                if let guess = Suggestion.closest(to: name, among: MapPalette.allCases.map(\.rawValue)) { message += Message.didYouMean(guess) }
                throw LocatedError(message, at: position)
            }
            settings.palette = palette
        case "legend":
            if cursor.skip(word: "labels") {
                var labels = [try template(&cursor, Message(nl: "een klassenaam", en: "a class label"))]
                while cursor.skip(symbol: ",") { labels.append(try template(&cursor, Message(nl: "een klassenaam", en: "a class label"))) }
                settings.classLabels = Located(value: labels, position: position)
            } else {
                settings.legendTitle = try template(&cursor, Message(nl: "de titel van de legenda (of: legend labels \"…\", \"…\")",
                                                                     en: "the legend title (or: legend labels \"…\", \"…\")"))
            }
        default:
            settings.alt = try template(&cursor, Message(nl: "de tekstbeschrijving van de kaart", en: "the text alternative of the map"))
        }
    }

    /// `quantiles 5`, `equal 4`, `breaks 50, 100, 250`.
    private static func classes(_ cursor: inout TokenCursor) throws -> ClassificationMethod {
        let usage = Message(nl: "schrijf: classes quantiles 5, classes equal 4 of classes breaks 50, 100, 250",
                            en: "write: classes quantiles 5, classes equal 4 or classes breaks 50, 100, 250")
        guard let method = cursor.current.identifier else { throw cursor.error(Message(nl: "een indeling in klassen verwacht; \(usage.nl)",
                                                                                       en: "expected a classification; \(usage.en)")) }
        cursor.advance()
        switch method {
        case "quantiles", "equal":
            let position = cursor.current.position
            let count = try cursor.integer(Message(nl: "het aantal klassen", en: "the number of classes"))
            guard (2...MapPalette.maximumClasses).contains(count) else {
                throw LocatedError(Message(nl: "een kaart heeft 2 tot en met \(MapPalette.maximumClasses) klassen, niet \(count)",
                                           en: "a map has 2 to \(MapPalette.maximumClasses) classes, not \(count)"), at: position)
            }
            return method == "quantiles" ? .quantiles(count) : .equalIntervals(count)
        case "breaks":
            var breaks = [try signedNumber(&cursor)]
            while cursor.skip(symbol: ",") { breaks.append(try signedNumber(&cursor)) }
            guard breaks.count < MapPalette.maximumClasses, zip(breaks, breaks.dropFirst()).allSatisfy({ $0 < $1 }) else {
                throw cursor.error(Message(nl: "de grenzen moeten oplopen, en het zijn er hoogstens \(MapPalette.maximumClasses - 1) (voor \(MapPalette.maximumClasses) klassen)",
                                           en: "breaks must be ascending and at most \(MapPalette.maximumClasses - 1) (for \(MapPalette.maximumClasses) classes)"))
            }
            return .breaks(breaks)
        default:
            var message = Message(nl: "onbekende indeling in klassen '\(method)'; \(usage.nl)",
                                  en: "unknown classification '\(method)'; \(usage.en)")
            if let guess = Suggestion.closest(to: method, among: ["quantiles", "equal", "breaks"]) { message += Message.didYouMean(guess) }
            throw cursor.error(message)
        }
    }

    private static func signedNumber(_ cursor: inout TokenCursor) throws -> Double {
        let negative = cursor.skip(symbol: "-")
        guard case .number(let value) = cursor.current.kind else { throw cursor.error(Message(nl: "een getal verwacht, maar \(cursor.current.display.nl) gevonden",
                                                                                              en: "expected a number, found \(cursor.current.display.en)")) }
        cursor.advance()
        return negative ? -value : value
    }

    private static func selection(_ cursor: inout TokenCursor) throws -> AreaSelection {
        if cursor.skip(word: "nederland") { return .netherlands }
        if cursor.skip(word: "onderzoeksgebied") { return .studyArea }
        if cursor.skip(word: "gegevens") { return .data }
        if cursor.skip(word: "provincie") { return .provinces(try names(&cursor, Message(nl: "een provincie", en: "a province"))) }
        if cursor.skip(word: "ring") { return .rings(try cursor.identifierList(Message(nl: "een ring (stad, drenthe, ruime_regio, overig)",
                                                                                       en: "a ring (stad, drenthe, ruime_regio, overig)"))) }
        var items = [try municipality(&cursor)]
        while cursor.skip(symbol: ",") { items.append(try municipality(&cursor)) }
        return .municipalities(items)
    }

    private static func names(_ cursor: inout TokenCursor, _ what: Message) throws -> [String] {
        var names: [String] = []
        repeat {
            if case .string(let text) = cursor.current.kind { cursor.advance(); names.append(text) }
            else { names.append(try cursor.identifier(what)) }
        } while cursor.skip(symbol: ",")
        return names
    }

    /// `Assen`, `"Aa en Hunze"`, `GM0106` or `$stad`.
    private static func municipality(_ cursor: inout TokenCursor) throws -> Expression {
        if let word = cursor.current.identifier {
            let position = cursor.current.position
            cursor.advance()
            return .literal(.text(word), position)
        }
        return try cursor.literalOrParameter(Message(nl: "een gemeente (een naam, \"naam met spaties\", GM-code of $parameter)",
                                                     en: "a municipality (a name, \"name with spaces\", GM code or $parameter)"))
    }

    private static func template(_ cursor: inout TokenCursor, _ what: Message) throws -> Template {
        let position = cursor.current.position
        return try Template(parsing: try cursor.string(what), at: position)
    }
}
