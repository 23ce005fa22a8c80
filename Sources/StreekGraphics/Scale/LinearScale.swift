/// Maps a value domain linearly onto a pixel range (either direction: y ranges usually run downwards).
public struct LinearScale: Sendable, Equatable {
    public var lower: Double
    public var upper: Double
    public var rangeStart: Double
    public var rangeEnd: Double

    public init(domain lower: Double, _ upper: Double, range rangeStart: Double, _ rangeEnd: Double) {
        self.lower = lower
        self.upper = upper
        self.rangeStart = rangeStart
        self.rangeEnd = rangeEnd
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = upper - lower
        guard span > 0 else { return (rangeStart + rangeEnd) / 2 }
        return rangeStart + (value - lower) / span * (rangeEnd - rangeStart)
    }
}
