import Foundation

/// Axis ticks at round numbers: steps of 1, 2 or 5 times a power of ten, covering the data.
public struct NiceTicks: Sendable, Equatable {
    public var values: [Double]
    public var step: Double
    /// Decimals a label needs to show the step (0 for 50, 1 for 2.5, 2 for 0.05).
    public var decimals: Int

    /// About `count` intervals from at most `lower` to at least `upper`.
    public init(covering lower: Double, _ upper: Double, count: Int = 5) {
        var low = min(lower, upper), high = max(lower, upper)
        if low == high {
            if low == 0 { high = 1 } else if low > 0 { low = 0 } else { high = 0 }
        }
        let raw = (high - low) / Double(max(count, 1))
        // Spans no round step can count out (beyond Double, or tiny next to huge values): just the ends.
        guard raw.isFinite, raw > 0, max(abs(low), abs(high)) / raw < 1e12 else {
            values = [low, high]
            step = high - low
            decimals = 0
            return
        }
        let exponent = floor(log10(raw))
        let magnitude = pow(10, exponent)
        let normalized = raw / magnitude
        // Round to the nearest of 1, 2, 5, 10 on a log scale (as d3 does), so the count stays close to asked.
        let factor: Double = normalized >= 50.0.squareRoot() ? 10 : normalized >= 10.0.squareRoot() ? 5 : normalized >= 2.0.squareRoot() ? 2 : 1
        step = factor * magnitude
        let first = Int(floor(low / step + 1e-9)), last = Int(ceil(high / step - 1e-9))
        // Multiplying integers by the step (rather than adding it up) keeps 0.1 + 0.2 drift out of the labels.
        let scale = exponent < 0 ? pow(10, -exponent) : 1
        values = (first...max(first, last)).map { (Double($0) * factor * magnitude * scale).rounded() / scale }
        decimals = max(0, Int(-floor(log10(step) + 1e-9)))
    }

    public var lower: Double { values.first ?? 0 }
    public var upper: Double { values.last ?? 1 }
}
