import StreekCore
import StreekDocument
import StreekGraphics

/// Finds the area of the map's division (the boundaries' year) for a municipality named in data of any
/// year: by GM code or name, through the registry and its merger table. Remembers which older
/// municipalities it drew as their successor, for the note under the map.
struct DivisionAlignment {
    let boundaries: MunicipalBoundaries
    let geography: Geography
    let format: NumberFormat
    /// Areas of the division that older municipalities were drawn as: name → merger year and every
    /// municipality merged into it.
    private(set) var aligned: [String: (year: Int, members: [String])] = [:]
    /// Whether some key is not a municipality of the map's division: then the data is in an older
    /// division, and a name that both divisions know (Groningen) also means the older, smaller area.
    private var olderDivision = false

    /// Names the registry knows, to skip its lookup (and its did-you-mean search) for current names it lacks.
    private let registeredNames: Set<String>

    init(boundaries: MunicipalBoundaries, geography: Geography, format: NumberFormat) {
        self.boundaries = boundaries
        self.geography = geography
        self.format = format
        registeredNames = Set(geography.municipalities.map(\.name))
    }

    /// The shape for `key` (a name, an alias from the registry or a GM code).
    mutating func shape(for key: String) throws -> MapShape {
        let year = MunicipalBoundaries.divisionYear
        let current = boundaries.shape(code: key) ?? boundaries.shape(named: key)
        if current == nil { olderDivision = true }
        let registered: Municipality?
        if Self.isCode(key) {
            registered = geography.municipality(code: key)
        } else if current == nil || registeredNames.contains(key) {
            registered = try? geography.municipality(named: key)  // also finds aliases such as "Den Haag"
        } else {
            registered = nil
        }
        if let registered {
            let successor = geography.successor(ofCode: registered.code, asOf: year)
            guard let shape = boundaries.shape(code: successor) else {
                throw DataError(Message(nl: "\(registered.name) (\(registered.code)) ligt in \(year) in \(successor), en dat is geen gemeente in de indeling van de kaart (CBS \(year))",
                                        en: "\(registered.name) (\(registered.code)) lies in \(successor) in \(year), which is not a municipality of the map's division (CBS \(year))"))
            }
            if let mergerYear = lastMergerYear(of: registered.code) {
                let merged = Set(geography.mergers.flatMap(\.fromCodes))
                let members = geography.municipalities
                    .filter { merged.contains($0.code) && geography.successor(ofCode: $0.code, asOf: year) == successor }
                    .map(\.name).sorted()
                aligned[shape.name] = (mergerYear, members)
            }
            return shape
        }
        if Self.isCode(key) {
            guard let shape = boundaries.shape(code: key) else {
                throw DataError(Message(nl: "code '\(key)' is geen gemeente in de indeling van de kaart (CBS \(year)) en staat ook niet in Data/geografie/gemeenten.csv",
                                        en: "code '\(key)' is not a municipality of the map's division (CBS \(year)) nor in Data/geografie/gemeenten.csv"))
            }
            return shape
        }
        if let shape = boundaries.shape(named: key) { return shape }
        var message = Message(nl: "onbekende gemeente '\(key)'", en: "unknown municipality '\(key)'")
        let known = Array(Set(boundaries.names + geography.municipalities.map(\.name))).sorted()
        if let guess = Suggestion.closest(to: key, among: known) { message += Message.didYouMean(guess) }
        throw DataError(message)
    }

    /// One note naming the merged areas: "Kaart in de gemeentelijke indeling van 2023; samengevoegd na de
    /// gegevens: Groningen (2019: Groningen, Haren en Ten Boer), Midden-Groningen (2018: …)."
    /// Only areas the map shows (`visible` names) are mentioned.
    func notes(visible: Set<String>) -> [String] {
        let shown = aligned.keys.filter(visible.contains).sorted()
        guard olderDivision, !shown.isEmpty else { return [] }
        let nl = format.language == .nl
        let areas = shown.map { name in
            let (year, members) = aligned[name]!
            return "\(name) (\(year): \(format.enumeration(members)))"
        }
        return [(nl ? "Kaart in de gemeentelijke indeling van \(MunicipalBoundaries.divisionYear); samengevoegd: "
                    : "Map in the municipal division of \(MunicipalBoundaries.divisionYear); merged: ")
                + format.enumeration(areas) + "."]
    }

    private func lastMergerYear(of code: String) -> Int? {
        var current = code
        var year: Int?
        for merger in geography.mergers where merger.year <= MunicipalBoundaries.divisionYear && merger.fromCodes.contains(current) {
            year = merger.year
            current = merger.toCode
        }
        return year
    }

    static func isCode(_ key: String) -> Bool {
        key.count == 6 && key.hasPrefix("GM") && key.dropFirst(2).allSatisfy(\.isASCII) && key.dropFirst(2).allSatisfy(\.isNumber)
    }
}
