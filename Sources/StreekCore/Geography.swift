/// The municipality registry: codes, names, provinces, rings and mergers over time.
/// Names and codes match exactly (no case folding: a near miss is an error with a
/// suggestion, so a typo in a data file cannot silently drop rows).
public struct Geography: Sendable {
    public private(set) var municipalities: [Municipality]
    /// Mergers in order of year (then as listed).
    public private(set) var mergers: [Merger]
    private var byCode: [String: Int] = [:]
    private var byName: [String: Int] = [:]
    /// Other spellings (as in a source text) → official name.
    private var aliases: [String: String] = [:]
    /// CBS codes above the municipality (`NL01`, `PV22`) → the area they name.
    public internal(set) var regions: [String: Region] = [:]

    /// Nederland or a province, as a StatLine region code names it.
    public struct Region: Sendable, Hashable {
        public var name: String
        public var isProvince: Bool

        public init(name: String, isProvince: Bool) {
            self.name = name
            self.isProvince = isProvince
        }
    }

    /// A registry of `municipalities` (dissolved ones included) and later `mergers`. A merger
    /// into a code the registry does not know (a newly formed municipality such as
    /// Westerwolde) adds that municipality, with the merger's name and the province and ring
    /// of the first municipality it absorbs. `aliases` maps other spellings to official names.
    public init(municipalities: [Municipality], mergers: [Merger], aliases: [String: String] = [:]) throws {
        self.municipalities = municipalities
        self.aliases = aliases
        self.mergers = mergers.enumerated()
            .sorted { $0.element.year != $1.element.year ? $0.element.year < $1.element.year : $0.offset < $1.offset }
            .map(\.element)
        for (position, municipality) in municipalities.enumerated() {
            guard byCode.updateValue(position, forKey: municipality.code) == nil else {
                throw GeographyError.invalidRegistry(Message(
                    nl: "code \(municipality.code) komt twee keer voor", en: "code \(municipality.code) appears twice"))
            }
            guard byName.updateValue(position, forKey: municipality.name) == nil else {
                throw GeographyError.invalidRegistry(Message(
                    nl: "naam \(municipality.name) komt twee keer voor", en: "name \(municipality.name) appears twice"))
            }
        }
        for merger in self.mergers {
            for code in merger.fromCodes where byCode[code] == nil {
                throw GeographyError.invalidRegistry(Message(
                    nl: "herindeling van \(merger.year) noemt onbekende code \(code)", en: "merger of \(merger.year) names unknown code \(code)"))
            }
            if byCode[merger.toCode] == nil {
                let absorbed = self.municipalities[byCode[merger.fromCodes[0]]!]
                try add(Municipality(code: merger.toCode, name: merger.toName,
                                     province: absorbed.province, ring: absorbed.ring))
            }
        }
        for (alias, name) in aliases where byName[name] == nil {
            throw GeographyError.invalidRegistry(Message(
                nl: "andere naam \(alias) verwijst naar onbekende naam \(name)", en: "alias \(alias) points to unknown name \(name)"))
        }
    }

    private mutating func add(_ municipality: Municipality) throws {
        guard byName[municipality.name] == nil else {
            throw GeographyError.invalidRegistry(Message(
                    nl: "naam \(municipality.name) komt twee keer voor", en: "name \(municipality.name) appears twice"))
        }
        byCode[municipality.code] = municipalities.count
        byName[municipality.name] = municipalities.count
        municipalities.append(municipality)
    }

    /// Builds the registry from the tables in `Data/geografie/`.
    /// - `municipalities` (gemeenten.csv): columns `code`, `naam`, `provincie`, `ring` (ring
    ///   spelled as `Ring`'s raw value: stad, drenthe, ruime_regio, overig); other columns
    ///   are ignored.
    /// - `mergers` (herindelingen.csv): one row per absorbed code: `jaar`, `oude_code`,
    ///   `nieuwe_code`, `nieuwe_naam`; rows with the same `jaar` and `nieuwe_code` form one merger.
    /// - `aliases` (gemeentenamen_alias.csv, optional): columns `alias`, `naam`.
    /// `regions` (optional): CBS codes of Nederland and the provinces with their names (`code`, `naam`, `soort`).
    public static func load(municipalities: Table, mergers: Table, aliases: Table? = nil, regions: Table? = nil) throws -> Geography {
        let codes = try municipalities.column("code").texts
        let names = try municipalities.column("naam").texts
        let provinces = try municipalities.column("provincie").texts
        let rings = try municipalities.column("ring").texts
        var registry: [Municipality] = []
        for row in 0..<municipalities.rowCount {
            guard let code = codes[row], let name = names[row], let province = provinces[row],
                  let ringLabel = rings[row] else {
                throw GeographyError.invalidRegistry(Message(
                    nl: "gemeenterij \(row + 1) heeft een lege cel", en: "municipality row \(row + 1) has an empty cell"))
            }
            guard let ring = Ring(label: ringLabel) else {
                throw GeographyError.invalidRegistry(Message(
                    nl: "onbekende ring '\(ringLabel)' voor \(name)", en: "unknown ring '\(ringLabel)' for \(name)"))
            }
            registry.append(Municipality(code: code, name: name, province: province, ring: ring))
        }

        let years = try mergers.numbers("jaar")
        let from = try mergers.column("oude_code").texts
        let to = try mergers.column("nieuwe_code").texts
        let toNames = try mergers.column("nieuwe_naam").texts
        var merged: [Merger] = []
        for row in 0..<mergers.rowCount {
            guard let year = years[row], let fromCode = from[row], let toCode = to[row], let toName = toNames[row] else {
                throw GeographyError.invalidRegistry(Message(
                    nl: "herindelingsrij \(row + 1) heeft een lege cel", en: "merger row \(row + 1) has an empty cell"))
            }
            guard year == year.rounded(), abs(year) < 100_000 else {
                throw GeographyError.invalidRegistry(Message(
                    nl: "herindelingsrij \(row + 1) heeft geen geldig jaar", en: "merger row \(row + 1) has no valid year"))
            }
            if let index = merged.firstIndex(where: { $0.year == Int(year) && $0.toCode == toCode }) {
                merged[index].fromCodes.append(fromCode)
            } else {
                merged.append(Merger(year: Int(year), fromCodes: [fromCode], toCode: toCode, toName: toName))
            }
        }
        var aliasNames: [String: String] = [:]
        if let aliases {
            for (alias, name) in zip(try aliases.column("alias").texts, try aliases.column("naam").texts) {
                if let alias, let name { aliasNames[alias] = name }
            }
        }
        var geography = try Geography(municipalities: registry, mergers: merged, aliases: aliasNames)
        if let regions {
            let rows = zip(zip(try regions.column("code").texts, try regions.column("naam").texts), try regions.column("soort").texts)
            for ((code, name), kind) in rows {
                guard let code, let name, let kind, kind == "land" || kind == "provincie" else {
                    throw GeographyError.invalidRegistry(Message(
                        nl: "regiocodes: elke rij heeft een code, een naam en soort land of provincie nodig",
                        en: "region codes: every row needs a code, a name and soort land or provincie"))
                }
                geography.regions[code] = Region(name: name, isProvince: kind == "provincie")
            }
        }
        return geography
    }

    /// The municipality with exactly this name (or a registered alias of it), or an error
    /// suggesting the closest name.
    public func municipality(named name: String) throws -> Municipality {
        if let position = byName[name] ?? aliases[name].flatMap({ byName[$0] }) { return municipalities[position] }
        throw GeographyError.unknownMunicipality(
            name, suggestion: Suggestion.closest(to: name, among: municipalities.map(\.name)))
    }

    public func municipality(code: String) -> Municipality? {
        byCode[code].map { municipalities[$0] }
    }

    /// The municipality given by code or, failing that, by name.
    public func municipality(codeOrName key: String) throws -> Municipality {
        if let byCode = municipality(code: key) { return byCode }
        return try municipality(named: key)
    }

    /// The code that `code` is part of on 1 January of `year`, following merger chains;
    /// the code itself when no merger up to that year touched it.
    public func successor(ofCode code: String, asOf year: Int) -> String {
        var current = code
        for merger in mergers where merger.year <= year && merger.fromCodes.contains(current) {
            current = merger.toCode
        }
        return current
    }

    /// The year of the last merger, up to `year`, that changed what `code` is part of.
    func lastMergerYear(ofCode code: String, asOf year: Int) -> Int? {
        var current = code
        var last: Int?
        for merger in mergers where merger.year <= year && merger.fromCodes.contains(current) {
            if merger.toCode != current { last = merger.year }
            current = merger.toCode
        }
        return last
    }
}
