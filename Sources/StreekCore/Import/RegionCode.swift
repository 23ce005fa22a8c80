/// A CBS region code: `GM0118` (gemeente), `PV22` (provincie), `NL01` (Nederland), `WK011800` (wijk),
/// `BU01180000` (buurt), `CR01` (COROP), `LD01` (landsdeel). StatLine and its open data pad codes
/// with spaces (`GM0118    `); the reader trims every cell, so a code arrives clean.
public struct RegionCode: Sendable, Equatable {
    public enum Level: String, Sendable, CaseIterable {
        case land = "NL", landsdeel = "LD", provincie = "PV", corop = "CR", gemeente = "GM", wijk = "WK", buurt = "BU"

        var digits: Int {
            switch self {
            case .land, .landsdeel, .provincie, .corop: return 2
            case .gemeente: return 4
            case .wijk: return 6
            case .buurt: return 8
            }
        }
    }

    public var level: Level
    public var code: String

    public init?(_ text: String) {
        guard text.utf8.count >= 4, let level = Level(rawValue: String(text.prefix(2))) else { return nil }
        let digits = text.dropFirst(2)
        guard digits.count == level.digits, digits.utf8.allSatisfy(NumberSyntax.isDigit) else { return nil }
        self.level = level
        self.code = text
    }
}
