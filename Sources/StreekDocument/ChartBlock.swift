import StreekCore

/// `streek chart`: the plotted numbers (after indexing or 100% stacking) by panel, series and category,
/// with what the renderers need to draw, label and describe them. Nothing is formatted yet.
public struct ChartBlock: Sendable, Codable, Equatable {
    public enum Mark: String, Sendable, Codable, CaseIterable { case bar, line, dot }
    public enum Orientation: String, Sendable, Codable, CaseIterable { case horizontal, vertical }
    public enum Stacking: String, Sendable, Codable { case grouped, stacked, percent }

    public var name: String?
    /// Link target and the figure file's name (`<notebook>/<anchor>.svg`), unique in the document.
    public var anchor: String
    public var mark: Mark
    public var orientation: Orientation
    public var stacking: Stacking
    public var caption: Phrase?
    /// The author's alternative text; without it the renderers describe the data.
    public var alt: Phrase?
    public var categoryTitle: Phrase?
    public var valueTitle: Phrase?
    /// What the numbers are (the y column's label), for the generated description and the data table.
    public var valueLabel: Phrase
    public var categoryLabel: Phrase
    public var categories: [Value]
    public var categoryStyle: NumberStyle
    public var series: [Phrase]
    public var panels: [ChartPanelValues]
    public var valueStyle: NumberStyle
    /// The base period of an index chart (its values are 100 there; a reference line is drawn).
    public var indexBase: Value?
    public var sources: [Phrase]
    public var notes: [Phrase]
    /// Shown instead of the chart when the table has no rows (only when the author wrote `empty "…"`).
    public var emptyMessage: Phrase?

    public init(name: String?, anchor: String, mark: Mark, orientation: Orientation, stacking: Stacking,
                caption: Phrase?, alt: Phrase?, categoryTitle: Phrase?, valueTitle: Phrase?, valueLabel: Phrase,
                categoryLabel: Phrase, categories: [Value], categoryStyle: NumberStyle, series: [Phrase],
                panels: [ChartPanelValues], valueStyle: NumberStyle, indexBase: Value?, sources: [Phrase],
                notes: [Phrase], emptyMessage: Phrase?) {
        self.name = name
        self.anchor = anchor
        self.mark = mark
        self.orientation = orientation
        self.stacking = stacking
        self.caption = caption
        self.alt = alt
        self.categoryTitle = categoryTitle
        self.valueTitle = valueTitle
        self.valueLabel = valueLabel
        self.categoryLabel = categoryLabel
        self.categories = categories
        self.categoryStyle = categoryStyle
        self.series = series
        self.panels = panels
        self.valueStyle = valueStyle
        self.indexBase = indexBase
        self.sources = sources
        self.notes = notes
        self.emptyMessage = emptyMessage
    }
}

/// One panel of a chart (one per facet value in small multiples): `values[series][category]`.
public struct ChartPanelValues: Sendable, Codable, Equatable {
    public var title: Phrase?
    public var values: [[Value]]

    public init(title: Phrase?, values: [[Value]]) {
        self.title = title
        self.values = values
    }
}
