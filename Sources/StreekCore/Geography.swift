/// The municipality registry: codes, names, provinces, rings and mergers over time.
/// Names and codes match exactly (no case folding: a near miss is an error with a
/// suggestion, so a typo in a data file cannot silently drop rows).
public struct Geography: Sendable {
    public private(set) var municipalities: [Municipality]
    /// Mergers in order of year (then as listed).
    public private(set) var mergers: [Merger]
    private var byCode: [String: Int] = [:]
    private var byName: [String: Int] = [:]

    public init(municipalities: [Municipality], mergers: [Merger]) throws {
        self.municipalities = municipalities
        self.mergers = mergers.enumerated()
            .sorted { $0.element.year != $1.element.year ? $0.element.year < $1.element.year : $0.offset < $1.offset }
            .map(\.element)
        for (position, municipality) in municipalities.enumerated() {
            guard byCode.updateValue(position, forKey: municipality.code) == nil else {
                throw GeographyError.invalidRegistry("code \(municipality.code) appears twice")
            }
            guard byName.updateValue(position, forKey: municipality.name) == nil else {
                throw GeographyError.invalidRegistry("name \(municipality.name) appears twice")
            }
        }
        for merger in mergers {
            for code in merger.fromCodes + [merger.toCode] where byCode[code] == nil {
                throw GeographyError.invalidRegistry("merger of \(merger.year) names unknown code \(code)")
            }
        }
    }

    /// Builds the registry from two tables.
    /// - `municipalities`: columns `code`, `naam`, `provincie`, `ring` (ring spelled as
    ///   `Ring`'s raw value: stad, overig_drenthe, ruime_regio, elders).
    /// - `mergers`: one row per dissolved code: `jaar`, `van_code`, `naar_code`, `naar_naam`;
    ///   rows with the same `jaar` and `naar_code` form one merger.
    public static func load(municipalities: Table, mergers: Table) throws -> Geography {
        let codes = try municipalities.column("code").texts
        let names = try municipalities.column("naam").texts
        let provinces = try municipalities.column("provincie").texts
        let rings = try municipalities.column("ring").texts
        var registry: [Municipality] = []
        for row in 0..<municipalities.rowCount {
            guard let code = codes[row], let name = names[row], let province = provinces[row],
                  let ringLabel = rings[row] else {
                throw GeographyError.invalidRegistry("municipality row \(row + 1) has an empty cell")
            }
            guard let ring = Ring(label: ringLabel) else {
                throw GeographyError.invalidRegistry("unknown ring '\(ringLabel)' for \(name)")
            }
            registry.append(Municipality(code: code, name: name, province: province, ring: ring))
        }

        let years = try mergers.numbers("jaar")
        let from = try mergers.column("van_code").texts
        let to = try mergers.column("naar_code").texts
        let toNames = try mergers.column("naar_naam").texts
        var merged: [Merger] = []
        for row in 0..<mergers.rowCount {
            guard let year = years[row], let fromCode = from[row], let toCode = to[row], let toName = toNames[row] else {
                throw GeographyError.invalidRegistry("merger row \(row + 1) has an empty cell")
            }
            if let index = merged.firstIndex(where: { $0.year == Int(year) && $0.toCode == toCode }) {
                merged[index].fromCodes.append(fromCode)
            } else {
                merged.append(Merger(year: Int(year), fromCodes: [fromCode], toCode: toCode, toName: toName))
            }
        }
        return try Geography(municipalities: registry, mergers: merged)
    }

    /// The municipality with exactly this name, or an error suggesting the closest name.
    public func municipality(named name: String) throws -> Municipality {
        if let position = byName[name] { return municipalities[position] }
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
