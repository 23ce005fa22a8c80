/// The words a map writes, in the report's language, and how it writes numbers. The caller formats
/// numbers (Dutch: 1.304; 108,5), so the map never decides a locale itself.
public struct MapText: Sendable {
    /// The figure's accessible name (`<title>`) and longer description (`<desc>`).
    public var title: String
    public var description: String
    /// Heading above the legend (e.g. "personen"), if any.
    public var legendTitle: String?
    /// Legend entry and tooltip for areas without a value.
    public var missing: String
    public var lessThan: String
    public var orMore: String
    public var to: String
    public var through: String
    /// Formats a value for the legend and tooltips.
    public var number: @Sendable (Double) -> String

    public init(title: String, description: String, legendTitle: String? = nil, missing: String, lessThan: String,
                orMore: String, to: String, through: String, number: @escaping @Sendable (Double) -> String) {
        self.title = title
        self.description = description
        self.legendTitle = legendTitle
        self.missing = missing
        self.lessThan = lessThan
        self.orMore = orMore
        self.to = to
        self.through = through
        self.number = number
    }

    /// Dutch words: "minder dan 50", "50 tot 100", "250 tot en met 812", "250 of meer", "geen gegevens".
    public static func dutch(title: String, description: String, legendTitle: String? = nil,
                             number: @escaping @Sendable (Double) -> String) -> MapText {
        MapText(title: title, description: description, legendTitle: legendTitle, missing: "geen gegevens",
                lessThan: "minder dan", orMore: "of meer", to: "tot", through: "tot en met", number: number)
    }

    public static func english(title: String, description: String, legendTitle: String? = nil,
                               number: @escaping @Sendable (Double) -> String) -> MapText {
        MapText(title: title, description: description, legendTitle: legendTitle, missing: "no data",
                lessThan: "less than", orMore: "or more", to: "to under", through: "to", number: number)
    }

    /// One label per class: open-ended classes for explicit breaks, the data's range otherwise.
    public func classLabels(_ classes: MapClasses) -> [String] {
        let cuts = classes.cuts
        guard !cuts.isEmpty else {
            if let low = classes.lowest, let high = classes.highest {
                return [low == high ? number(low) : "\(number(low)) \(through) \(number(high))"]
            }
            return [""]
        }
        var labels: [String] = []
        labels.append(classes.lowest.map { "\(number($0)) \(to) \(number(cuts[0]))" } ?? "\(lessThan) \(number(cuts[0]))")
        for index in 1..<cuts.count { labels.append("\(number(cuts[index - 1])) \(to) \(number(cuts[index]))") }
        labels.append(classes.highest.map { "\(number(cuts[cuts.count - 1])) \(through) \(number($0))" }
                      ?? "\(number(cuts[cuts.count - 1])) \(orMore)")
        return labels
    }
}
