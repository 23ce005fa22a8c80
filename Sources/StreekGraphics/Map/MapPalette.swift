/// Colour ramps for choropleths, from ColorBrewer (Cynthia Brewer, Penn State): schemes marked safe for
/// colour-blind readers and for printing.
public enum MapPalette: String, Sendable, Codable, CaseIterable {
    /// Light to dark (YlGnBu): counts, rates, shares.
    case sequential
    /// Two hues around a neutral centre (RdBu; red below, blue above): saldi, changes.
    case diverging

    /// The largest number of classes a palette can tell apart on paper.
    public static let maximumClasses = 7
    /// The largest number of classes on one side of the centre of a diverging palette.
    public static var maximumClassesPerSide: Int { divergingSides.count }

    /// Fill colour per class. For `diverging`, classes entirely below `centre` take red, classes
    /// entirely above take blue, with the same intensity at the same distance from the centre, and a
    /// class that contains the centre is neutral.
    public func colours(for classes: MapClasses, centre: Double = 0) -> [String] {
        switch self {
        case .sequential:
            return Self.sequentialRamps[min(max(classes.count, 1), Self.maximumClasses) - 1]
        case .diverging:
            // Class i spans cuts[i-1] ..< cuts[i]; below when its upper cut ≤ centre, above when its lower cut ≥ centre.
            let below = classes.cuts.filter { $0 <= centre }.count
            let above = classes.cuts.filter { $0 >= centre }.count
            let neutral = classes.count - below - above
            let steps = min(max(below, above, 1), Self.divergingSides.count)
            let ramp = Self.divergingSides[steps - 1]
            var result: [String] = []
            for index in 0..<below { result.append(ramp.below[min(below - 1 - index, steps - 1)]) }
            if neutral > 0 { result += Array(repeating: Self.neutral, count: neutral) }
            for index in 0..<above { result.append(ramp.above[min(index, steps - 1)]) }
            return result
        }
    }

    static let sequentialRamps: [[String]] = [
        ["#41b6c4"],
        ["#a1dab4", "#225ea8"],
        ["#edf8b1", "#7fcdbb", "#2c7fb8"],
        ["#ffffcc", "#a1dab4", "#41b6c4", "#225ea8"],
        ["#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8", "#253494"],
        ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"],
        ["#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#0c2c84"],
    ]

    static let neutral = "#f7f7f7"

    /// Per number of classes on one side: colours from the centre outwards (RdBu 4, 6, 8 and 10).
    static let divergingSides: [(below: [String], above: [String])] = [
        (["#ef8a62"], ["#67a9cf"]),
        (["#f4a582", "#ca0020"], ["#92c5de", "#0571b0"]),
        (["#fddbc7", "#ef8a62", "#b2182b"], ["#d1e5f0", "#67a9cf", "#2166ac"]),
        (["#fddbc7", "#f4a582", "#d6604d", "#b2182b"], ["#d1e5f0", "#92c5de", "#4393c3", "#2166ac"]),
    ]
}
