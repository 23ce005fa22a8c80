/// Everything a chart needs, as plain values: categories, series of numbers (nil = missing, drawn as a
/// gap), panels for small multiples, and closures that turn numbers into label text (the caller's number
/// conventions; this module knows nothing of them).
public struct ChartSpec: Sendable {
    public enum Mark: String, Sendable { case bar, line, dot }
    /// `horizontal`: categories down the left, values along the bottom (long names fit).
    public enum Orientation: String, Sendable { case horizontal, vertical }
    public enum Stacking: String, Sendable { case grouped, stacked }

    public var mark: Mark
    public var orientation: Orientation
    public var stacking: Stacking
    /// The category axis: municipalities for bars and dots, periods for lines.
    public var categories: [String]
    public var seriesNames: [String]
    /// One panel, or one per value of a facet column (small multiples with shared scales).
    public var panels: [ChartPanel]
    /// A value drawn as a reference line (100 in an index chart).
    public var reference: Double?
    public var valueTitle: String?
    public var categoryTitle: String?
    /// For `<title>` and `<desc>` (screen readers).
    public var title: String
    public var description: String
    /// Prefix for element ids, unique within a page (e.g. the chart's anchor).
    public var idPrefix: String
    public var width: Double = 560

    public init(mark: Mark, orientation: Orientation, stacking: Stacking, categories: [String], seriesNames: [String],
                panels: [ChartPanel], reference: Double? = nil, valueTitle: String? = nil, categoryTitle: String? = nil,
                title: String, description: String, idPrefix: String) {
        self.mark = mark
        self.orientation = orientation
        self.stacking = stacking
        self.categories = categories
        self.seriesNames = seriesNames
        self.panels = panels
        self.reference = reference
        self.valueTitle = valueTitle
        self.categoryTitle = categoryTitle
        self.title = title
        self.description = description
        self.idPrefix = idPrefix
    }
}

public struct ChartPanel: Sendable {
    public var title: String?
    /// `values[series][category]`.
    public var values: [[Double?]]

    public init(title: String?, values: [[Double?]]) {
        self.title = title
        self.values = values
    }
}

/// Turns numbers into label text: `value` for data labels, `tick(value, decimals)` for axis ticks where
/// `decimals` is what the tick step needs.
public struct ChartLabels: Sendable {
    public var value: @Sendable (Double) -> String
    public var tick: @Sendable (Double, Int) -> String
    /// Written where a bar's value is missing, so a gap never reads as zero.
    public var missing: String

    public init(value: @escaping @Sendable (Double) -> String, tick: @escaping @Sendable (Double, Int) -> String, missing: String) {
        self.value = value
        self.tick = tick
        self.missing = missing
    }
}
