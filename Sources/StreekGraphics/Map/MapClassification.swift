/// How values are divided into colour classes.
public enum ClassificationMethod: Sendable, Equatable {
    /// Classes with (about) the same number of values each.
    case quantiles(Int)
    /// Classes of equal width between the smallest and the largest value.
    case equalIntervals(Int)
    /// Fixed cut points, shared by every map that uses them: `[50, 100]` gives below 50, 50 to 100, 100 and more.
    case breaks([Double])
}

/// Classes over a set of values: ascending cut points between the classes, plus the range they cover.
/// A value `v` is in class `i` when `cuts[i-1] <= v < cuts[i]`.
public struct MapClasses: Sendable, Codable, Equatable {
    /// The cut points between classes (class count − 1 of them), ascending and distinct.
    public let cuts: [Double]
    /// The lowest and highest value classified, for the outer labels; nil for open-ended classes
    /// (explicit breaks: the same legend for every map, whatever its values).
    public let lowest: Double?
    public let highest: Double?

    public var count: Int { cuts.count + 1 }

    public init(cuts: [Double], lowest: Double?, highest: Double?) {
        self.cuts = cuts
        self.lowest = lowest
        self.highest = highest
    }

    /// Classes for `values` (missing values left out by the caller). `centre` (0 for a diverging
    /// palette) is added as a cut when it lies strictly inside the data, so no class straddles it.
    public static func classify(_ values: [Double], method: ClassificationMethod, centre: Double? = nil) -> MapClasses {
        let sorted = values.filter(\.isFinite).sorted()
        // Whole-number data (counts, saldi) gets whole-number cuts: rounding a cut up keeps every value in
        // its class (v >= 59.5 exactly when v >= 60) and the legend shows no invented decimals.
        let wholeNumbers = sorted.allSatisfy { $0 == $0.rounded() }
        let tidy = { (cuts: [Double]) in wholeNumbers ? distinctAscending(cuts.map { $0.rounded(.up) }) : cuts }
        switch method {
        case .breaks(let breaks):
            return MapClasses(cuts: distinctAscending(breaks), lowest: nil, highest: nil)
        case .quantiles(let count):
            var cuts = count < 2 || sorted.isEmpty ? [] : (1..<count).map { quantile(sorted, Double($0) / Double(count)) }
            cuts = tidy(cuts).filter { $0 > sorted[0] }
            return MapClasses(cuts: withCentre(distinctAscending(cuts), centre, sorted), lowest: sorted.first, highest: sorted.last)
        case .equalIntervals(let count):
            guard let low = sorted.first, let high = sorted.last, high > low, count >= 2 else {
                return MapClasses(cuts: [], lowest: sorted.first, highest: sorted.last)
            }
            let width = (high - low) / Double(count)
            let cuts = tidy((1..<count).map { low + width * Double($0) }).filter { $0 > low }
            return MapClasses(cuts: withCentre(cuts, centre, sorted), lowest: low, highest: high)
        }
    }

    /// The class of a value: 0 ..< count.
    public func index(of value: Double) -> Int {
        var low = 0, high = cuts.count
        while low < high {
            let middle = (low + high) / 2
            if value >= cuts[middle] { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Linear interpolation between order statistics (Hyndman and Fan type 7, as R's default).
    static func quantile(_ sorted: [Double], _ probability: Double) -> Double {
        let position = probability * Double(sorted.count - 1)
        let below = Int(position.rounded(.down)), above = min(below + 1, sorted.count - 1)
        return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
    }

    private static func distinctAscending(_ values: [Double]) -> [Double] {
        var result: [Double] = []
        for value in values.filter(\.isFinite).sorted() where result.last != value { result.append(value) }
        return result
    }

    private static func withCentre(_ cuts: [Double], _ centre: Double?, _ sorted: [Double]) -> [Double] {
        guard let centre, let low = sorted.first, let high = sorted.last, low < centre, centre < high,
              !cuts.contains(centre) else { return cuts }
        return distinctAscending(cuts + [centre])
    }
}
