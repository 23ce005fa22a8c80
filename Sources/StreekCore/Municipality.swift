/// Where a municipality lies relative to the study: the report's rings around the cities.
public enum Ring: String, Sendable, CaseIterable {
    /// One of the five Drenthe cities (Assen, Coevorden, Emmen, Hoogeveen, Meppel).
    case city = "stad"
    /// Another municipality in Drenthe.
    case restOfDrenthe = "drenthe"
    /// The rest of the study area outside Drenthe (wider northern region).
    case widerNorth = "ruime_regio"
    /// The rest of the Netherlands.
    case elsewhere = "overig"

    /// Reads the Dutch spelling used in data files, or the Swift case name.
    public init?(label: String) {
        if let ring = Ring(rawValue: label) { self = ring; return }
        guard let ring = Ring.allCases.first(where: { "\($0)" == label }) else { return nil }
        self = ring
    }
}

/// One municipality of the registry (current or dissolved).
public struct Municipality: Sendable, Hashable {
    public var code: String
    public var name: String
    public var province: String
    public var ring: Ring

    public init(code: String, name: String, province: String, ring: Ring) {
        self.code = code
        self.name = name
        self.province = province
        self.ring = ring
    }
}

/// A municipal merger (herindeling): from `year` on the `fromCodes` are part of `toCode`.
/// `toCode` may be one of the `fromCodes` when a municipality absorbs others and keeps its code.
public struct Merger: Sendable, Hashable {
    public var year: Int
    public var fromCodes: [String]
    public var toCode: String
    public var toName: String

    public init(year: Int, fromCodes: [String], toCode: String, toName: String) {
        self.year = year
        self.fromCodes = fromCodes
        self.toCode = toCode
        self.toName = toName
    }
}

/// Lookup failures, with the closest known name where the input looks like a typo.
public enum GeographyError: Error, Equatable, BilingualDescription {
    case unknownMunicipality(String, suggestion: String?)
    case unknownCode(String)
    case invalidRegistry(Message)

    public var message: Message {
        switch self {
        case .unknownMunicipality(let name, let suggestion):
            return Message(nl: "onbekende gemeente '\(name)'", en: "unknown municipality '\(name)'") + .didYouMean(suggestion)
        case .unknownCode(let code):
            return Message(nl: "onbekende gemeentecode '\(code)'", en: "unknown municipality code '\(code)'")
        case .invalidRegistry(let detail):
            return Message(nl: "ongeldige gemeente-indeling: \(detail.nl)", en: "invalid geography: \(detail.en)")
        }
    }

    public func description(in language: Language) -> String { message.text(in: language) }
}
