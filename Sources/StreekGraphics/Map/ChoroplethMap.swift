/// A choropleth (or, without values, a reference map) of areas, as one SVG figure: one panel, or several
/// with the same classes (small multiples), and a legend below. Input is plain arrays and dictionaries.
public struct ChoroplethMap: Sendable {
    /// One map of the figure: its heading (for small multiples) and a value per area id.
    public struct Panel: Sendable {
        public var title: String?
        public var values: [String: Double]

        public init(title: String? = nil, values: [String: Double]) {
            self.title = title
            self.values = values
        }
    }

    /// The areas as drawn in every panel. Areas of the frame's extent without a value are drawn as
    /// missing; areas outside it (visible at the edges) as plain background.
    public var frame: MapFrame
    public var panels: [Panel]
    /// nil draws a reference map: no colours, no legend.
    public var classes: MapClasses?
    public var palette: MapPalette
    /// Replaces the legend's class labels (same count as the classes).
    public var classLabels: [String]?
    public var outlined: [String]
    public var labelled: [String]
    public var text: MapText
    /// Prefix for ids inside the SVG, unique on the page (several figures inline in one HTML file).
    public var idPrefix: String

    public init(frame: MapFrame, panels: [Panel], classes: MapClasses?,
                palette: MapPalette = .sequential, classLabels: [String]? = nil, outlined: [String] = [],
                labelled: [String] = [], text: MapText, idPrefix: String) {
        self.frame = frame
        self.panels = panels
        self.classes = classes
        self.palette = palette
        self.classLabels = classLabels
        self.outlined = outlined
        self.labelled = labelled
        self.text = text
        self.idPrefix = idPrefix
    }

    static let panelGap = 16.0, headingHeight = 22.0, missingFill = "#ffffff", backgroundFill = "#eeeeee"
    static let borderColour = "#7f7f7f", outlineColour = "#000000"

    /// The SVG text of the whole figure.
    public func svg() -> String {
        let panelWidth = frame.width
        let columns = panels.count <= 1 ? 1 : (panels.count == 2 || panels.count == 4 ? 2 : 3)
        let rows = (panels.count + columns - 1) / columns
        let hasHeadings = panels.contains { $0.title != nil }
        let cellHeight = frame.height + (hasHeadings ? Self.headingHeight : 0)
        let width = Double(columns) * panelWidth + Double(columns - 1) * Self.panelGap
        let legend = classes.map { MapLegend(entries: legendEntries($0, hasMissing: hasMissing), title: text.legendTitle, width: width) }
        let mapsHeight = Double(rows) * cellHeight + Double(rows - 1) * Self.panelGap
        let height = mapsHeight + (legend.map { Self.panelGap + $0.height } ?? 0)

        var svg = SVGWriter()
        svg.open("svg", [("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(n(width)) \(n(height))"),
                         ("width", n(width)), ("height", n(height)), ("role", "img"),
                         ("aria-labelledby", "\(idPrefix)-title \(idPrefix)-desc"),
                         ("font-family", "sans-serif"), ("font-size", "12")])
        svg.element("title", [("id", "\(idPrefix)-title")], text: text.title)
        svg.element("desc", [("id", "\(idPrefix)-desc")], text: text.description)
        svg.newline()
        if classes != nil {
            svg.raw(MapLegend.hatchPatterns(id: "\(idPrefix)-geen"))
            svg.newline()
        }
        if sharesPaths { defineSharedPaths(into: &svg) }
        for (index, panel) in panels.enumerated() {
            let x = Double(index % columns) * (panelWidth + Self.panelGap)
            let y = Double(index / columns) * (cellHeight + Self.panelGap)
            drawPanel(panel, at: (x, y), into: &svg)
        }
        if let legend {
            svg.open("g", [("transform", "translate(0 \(n(mapsHeight + Self.panelGap)))")])
            legend.draw(into: &svg, missingFill: "url(#\(idPrefix)-geen)")
            svg.close("g")
            svg.newline()
        }
        svg.close("svg")
        svg.newline()
        return svg.text
    }

    private func drawPanel(_ panel: Panel, at origin: (x: Double, y: Double), into svg: inout SVGWriter) {
        var top = origin.y
        if let title = panel.title {
            svg.element("text", [("x", n(origin.x)), ("y", n(top + 15)), ("font-weight", "bold"), ("font-size", "13")], text: title)
            svg.newline()
            top += Self.headingHeight
        }
        let scale = MapViewport.unitsPerPixel
        svg.open("svg", [("x", n(origin.x)), ("y", n(top)), ("width", n(frame.width)), ("height", n(frame.height)),
                         ("viewBox", "0 0 \(n(frame.width * scale)) \(n(frame.height * scale))")])
        svg.open("g", [("stroke", Self.borderColour), ("stroke-width", "3"), ("stroke-linejoin", "round"), ("fill-rule", "evenodd")])
        svg.newline()
        // Background: visible areas outside the extent that have no value.
        let background = frame.areas.indices.filter { !frame.areas[$0].inExtent && panel.values[frame.areas[$0].id] == nil }
        if !background.isEmpty {
            if sharesPaths {
                svg.open("g", [("fill", Self.backgroundFill)])
                for index in background { svg.empty("use", [("href", "#\(idPrefix)-\(index)")]) }
                svg.close("g")
            } else {
                svg.empty("path", [("fill", Self.backgroundFill), ("d", background.map { frame.areas[$0].path }.joined())])
            }
            svg.newline()
        }
        let drawn = frame.areas.indices.filter { frame.areas[$0].inExtent || panel.values[frame.areas[$0].id] != nil }
        if let classes {
            let colours = palette.colours(for: classes)
            var byClass: [Int: [Int]] = [:]
            for index in drawn {
                byClass[panel.values[frame.areas[index].id].map { classes.index(of: $0) } ?? -1, default: []].append(index)
            }
            for group in byClass.keys.sorted() {
                let fill = group < 0 ? "url(#\(idPrefix)-geen-kaart)" : colours[min(group, colours.count - 1)]
                svg.open("g", [("fill", fill)])
                for index in byClass[group]! {
                    let area = frame.areas[index]
                    drawArea(index, title: "\(area.name): \(panel.values[area.id].map(text.number) ?? text.missing)", into: &svg)
                }
                svg.close("g")
                svg.newline()
            }
        } else {
            svg.open("g", [("fill", "#f4f1e8")])
            for index in drawn { drawArea(index, title: frame.areas[index].name, into: &svg) }
            svg.close("g")
            svg.newline()
        }
        if !outlinedPath.isEmpty {
            let attributes = [("fill", "none"), ("stroke", Self.outlineColour), ("stroke-width", "16")]
            svg.empty(sharesPaths ? "use" : "path", attributes + [sharesPaths ? ("href", "#\(idPrefix)-omlijning") : ("d", outlinedPath)])
            svg.newline()
        }
        svg.close("g")
        svg.close("svg")
        svg.newline()
        let labelled = labelled.compactMap { id in frame.areas.first { $0.id == id } }
        if !labelled.isEmpty {
            svg.open("g", [("font-size", panels.count > 1 ? "10" : "11"), ("text-anchor", "middle"), ("fill", "#1a1a1a"),
                           ("stroke", "#ffffff"), ("stroke-width", "3"), ("paint-order", "stroke"), ("stroke-linejoin", "round")])
            for shape in labelled {
                svg.element("text", [("x", n(origin.x + shape.labelX)), ("y", n(top + shape.labelY + 4))], text: shape.name)
            }
            svg.close("g")
            svg.newline()
        }
    }

    /// Small multiples define every path once and colour it per panel with `<use>`.
    private var sharesPaths: Bool { panels.count > 1 }

    private var outlinedPath: String {
        outlined.compactMap { id in frame.areas.first { $0.id == id }?.path }.joined()
    }

    private func defineSharedPaths(into svg: inout SVGWriter) {
        svg.open("defs")
        for (index, area) in frame.areas.enumerated() { svg.empty("path", [("id", "\(idPrefix)-\(index)"), ("d", area.path)]) }
        if !outlinedPath.isEmpty { svg.empty("path", [("id", "\(idPrefix)-omlijning"), ("d", outlinedPath)]) }
        svg.close("defs")
        svg.newline()
    }

    /// One area, filled by the group around it, with its name and value as a tooltip.
    private func drawArea(_ index: Int, title: String, into svg: inout SVGWriter) {
        if sharesPaths {
            svg.open("use", [("href", "#\(idPrefix)-\(index)")])
            svg.element("title", text: title)
            svg.close("use")
        } else {
            svg.open("path", [("d", frame.areas[index].path)])
            svg.element("title", text: title)
            svg.close("path")
        }
    }

    private var hasMissing: Bool {
        panels.contains { panel in frame.areas.contains { $0.inExtent && panel.values[$0.id] == nil } }
    }

    private func legendEntries(_ classes: MapClasses, hasMissing: Bool) -> [MapLegend.Entry] {
        let colours = palette.colours(for: classes)
        let labels = classLabels ?? text.classLabels(classes)
        var entries = zip(colours, labels).map { MapLegend.Entry(fill: $0, label: $1) }
        // Named in the legend only where a map shows it; never folded into the lowest class.
        if hasMissing { entries.append(MapLegend.Entry(fill: nil, label: text.missing)) }
        return entries
    }

    private func n(_ value: Double) -> String { SVGWriter.number(value, decimals: 1) }
}
