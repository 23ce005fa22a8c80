/// The legend under a map: a swatch and a label per class, in rows that wrap at the figure's width;
/// a missing-value entry shows the same hatching as the map.
struct MapLegend {
    struct Entry {
        /// nil: the hatching for missing values.
        var fill: String?
        var label: String
    }

    let entries: [Entry]
    let title: String?
    /// Top-left corners of the entries, in rows that fit `width`.
    private let positions: [(x: Double, y: Double)]
    let height: Double

    static let swatch = 14.0, rowHeight = 20.0, gap = 18.0, titleHeight = 18.0, fontSize = 12.0

    init(entries: [Entry], title: String?, width: Double) {
        self.entries = entries
        self.title = title
        var x = 0.0, y = title == nil ? 0 : Self.titleHeight
        var positions: [(x: Double, y: Double)] = []
        for entry in entries {
            let entryWidth = Self.swatch + 6 + TextMetrics.width(entry.label, fontSize: Self.fontSize)
            if x > 0, x + entryWidth > width { x = 0; y += Self.rowHeight }
            positions.append((x, y))
            x += entryWidth + Self.gap
        }
        self.positions = positions
        height = y + Self.rowHeight
    }

    func draw(into svg: inout SVGWriter, missingFill: String) {
        if let title {
            svg.element("text", [("x", "0"), ("y", "12"), ("font-weight", "bold")], text: title)
        }
        for (entry, position) in zip(entries, positions) {
            svg.empty("rect", [("x", n(position.x)), ("y", n(position.y + 2)), ("width", n(Self.swatch)), ("height", n(Self.swatch)),
                               ("fill", entry.fill ?? missingFill), ("stroke", "#7f7f7f"), ("stroke-width", "0.5")])
            svg.element("text", [("x", n(position.x + Self.swatch + 6)), ("y", n(position.y + 13))], text: entry.label)
        }
    }

    /// Grey diagonal hatching on white: distinct from every class colour, on screen and on paper.
    /// `id` for pixel space (the legend), `id-kaart` for the maps' path units (tenths of a pixel).
    static func hatchPatterns(id: String) -> String {
        var svg = SVGWriter()
        svg.open("defs")
        for (suffix, scale) in [("", 1.0), ("-kaart", MapViewport.unitsPerPixel)] {
            let size = SVGWriter.number(6 * scale), stroke = SVGWriter.number(2 * scale)
            svg.open("pattern", [("id", id + suffix), ("patternUnits", "userSpaceOnUse"), ("width", size), ("height", size),
                                 ("patternTransform", "rotate(45)")])
            svg.empty("rect", [("width", size), ("height", size), ("fill", "#ffffff")])
            svg.empty("line", [("x1", "0"), ("y1", "0"), ("x2", "0"), ("y2", size), ("stroke", "#8c8c8c"), ("stroke-width", stroke)])
            svg.close("pattern")
        }
        svg.close("defs")
        return svg.text
    }

    private func n(_ value: Double) -> String { SVGWriter.number(value, decimals: 1) }
}
