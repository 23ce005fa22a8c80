/// A chart as standalone SVG text: `role="img"` with `<title>` and `<desc>`, a legend where series are not
/// labelled directly, and the marks laid out by `HorizontalChart` or `VerticalChart`.
public enum ChartSVG {
    public static func render(_ spec: ChartSpec, labels: ChartLabels) -> String {
        var canvas = ChartCanvas(labels: labels)
        let ticks = ValueDomain(spec).ticks
        var top = 2.0
        let directLabels = spec.mark == .line && spec.panels.count == 1
        if spec.seriesNames.count > 1, !directLabels {
            top += canvas.legend(spec.seriesNames, x: 0, y: top, width: spec.width, markers: spec.mark != .bar) + 4
        }
        let bottom: Double
        if spec.mark == .line || (spec.mark == .bar && spec.orientation == .vertical) {
            bottom = VerticalChart(spec: spec, ticks: ticks).draw(&canvas, top: top)
        } else {
            bottom = HorizontalChart(spec: spec, ticks: ticks).draw(&canvas, top: top)
        }
        let height = (bottom + 4).rounded(.up)
        let titleID = spec.idPrefix + "-titel", descriptionID = spec.idPrefix + "-beschrijving"
        var svg = SVGWriter()
        svg.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"), ("viewBox", "0 0 \(SVGWriter.number(spec.width)) \(SVGWriter.number(height))"),
            ("width", SVGWriter.number(spec.width)), ("height", SVGWriter.number(height)),
            ("role", "img"), ("aria-labelledby", titleID + " " + descriptionID),
            ("font-family", "Helvetica Neue, Arial, sans-serif"), ("font-size", "12"), ("fill", Palette.ink),
        ])
        svg.newline()
        svg.element("title", [("id", titleID)], text: spec.title)
        svg.newline()
        svg.element("desc", [("id", descriptionID)], text: spec.description)
        svg.newline()
        svg.raw(canvas.svg.text)
        svg.close("svg")
        svg.newline()
        return svg.text
    }
}
