import StreekCore
import StreekGraphics

/// `streek map`: a choropleth of municipalities (one map, or small multiples with shared classes), or a
/// reference map without values. The geometry is already fitted to the panel (plain path data); values
/// stay numbers until a renderer writes the legend, the tooltips and the data table.
public struct MapBlock: Sendable, Codable, Equatable {
    /// The link target (`#kaart-verhuizers`), unique in the document; also the figure file's name.
    public var anchor: String
    public var caption: Phrase?
    /// Text alternative for the image (Markdown `![alt]`, SVG `<desc>`).
    public var alt: Phrase
    /// The data's source line and the boundaries' source.
    public var sources: [Phrase]
    /// Alignment to the map's division and other remarks, shown under the map.
    public var notes: [Phrase]
    public var frame: MapFrame
    public var panels: [Panel]
    /// nil for a reference map (no colours, no legend).
    public var classes: MapClasses?
    public var palette: MapPalette
    /// The author's class labels, replacing the computed ones.
    public var classLabels: [Phrase]?
    /// Heading of the legend (the value column's label).
    public var legendTitle: Phrase?
    /// How values are written in the legend, tooltips and data table.
    public var valueStyle: NumberStyle
    /// Area ids with a thick outline, and area ids with their name written on the map.
    public var outlined: [String]
    public var labelled: [String]
    /// The numbers behind the map, shown as a collapsible table.
    public var data: TableBlock?

    public struct Panel: Sendable, Codable, Equatable {
        /// The value of the panel column (a city), nil for a single map.
        public var title: Value?
        /// Value per area id; an area of the extent that is absent has no data.
        public var values: [String: Double]

        public init(title: Value?, values: [String: Double]) {
            self.title = title
            self.values = values
        }
    }

    public init(anchor: String, caption: Phrase?, alt: Phrase, sources: [Phrase], notes: [Phrase], frame: MapFrame,
                panels: [Panel], classes: MapClasses?, palette: MapPalette, classLabels: [Phrase]?, legendTitle: Phrase?,
                valueStyle: NumberStyle, outlined: [String], labelled: [String], data: TableBlock?) {
        self.anchor = anchor
        self.caption = caption
        self.alt = alt
        self.sources = sources
        self.notes = notes
        self.frame = frame
        self.panels = panels
        self.classes = classes
        self.palette = palette
        self.classLabels = classLabels
        self.legendTitle = legendTitle
        self.valueStyle = valueStyle
        self.outlined = outlined
        self.labelled = labelled
        self.data = data
    }

    /// The figure file, relative to the folder of the rendered Markdown: `<folder>/<anchor>.svg`.
    public func figurePath(in folder: String) -> String { folder + "/" + anchor + ".svg" }
}
