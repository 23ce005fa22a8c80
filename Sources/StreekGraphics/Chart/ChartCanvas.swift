/// Shared drawing for every chart form: text, lines, rectangles and markers in the chart's style, written
/// with fixed precision so the same data gives the same bytes.
struct ChartCanvas {
    var svg = SVGWriter()
    let labels: ChartLabels
    static let fontSize = 12.0
    static let categoryFontSize = 12.5

    init(labels: ChartLabels) {
        self.labels = labels
    }

    static func n(_ value: Double) -> String { SVGWriter.number(value, decimals: 1) }

    enum Anchor: String { case start, middle, end }

    mutating func text(_ content: String, x: Double, y: Double, anchor: Anchor = .start, size: Double = fontSize,
                       color: String? = nil, bold: Bool = false, rotate: Double? = nil) {
        var attributes = [("x", Self.n(x)), ("y", Self.n(y))]
        if anchor != .start { attributes.append(("text-anchor", anchor.rawValue)) }
        if size != Self.fontSize { attributes.append(("font-size", Self.n(size))) }
        if let color { attributes.append(("fill", color)) }
        if bold { attributes.append(("font-weight", "bold")) }
        if let rotate { attributes.append(("transform", "rotate(\(Self.n(rotate)) \(Self.n(x)) \(Self.n(y)))")) }
        svg.element("text", attributes, text: content)
        svg.newline()
    }

    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, color: String, width: Double = 1, dash: String = "") {
        var attributes = [("x1", Self.n(x1)), ("y1", Self.n(y1)), ("x2", Self.n(x2)), ("y2", Self.n(y2)), ("stroke", color)]
        if width != 1 { attributes.append(("stroke-width", Self.n(width))) }
        if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
        svg.empty("line", attributes)
        svg.newline()
    }

    /// A rectangle between two x and two y coordinates in either order.
    mutating func rect(x1: Double, x2: Double, y1: Double, y2: Double, color: String, separated: Bool = false) {
        var attributes = [("x", Self.n(min(x1, x2))), ("y", Self.n(min(y1, y2))),
                          ("width", Self.n(abs(x2 - x1))), ("height", Self.n(abs(y2 - y1))), ("fill", color)]
        if separated { attributes += [("stroke", "#fff"), ("stroke-width", "1")] }
        svg.empty("rect", attributes)
        svg.newline()
    }

    /// A marker whose shape depends on the series (circle, square, triangle, diamond), for grey prints.
    mutating func marker(series: Int, x: Double, y: Double, size: Double = 3.5) {
        let color = Palette.color(series)
        switch series % 4 {
        case 0:
            svg.empty("circle", [("cx", Self.n(x)), ("cy", Self.n(y)), ("r", Self.n(size)), ("fill", color)])
        case 1:
            rect(x1: x - size, x2: x + size, y1: y - size, y2: y + size, color: color)
            return
        case 2:
            let s = size * 1.25
            svg.empty("path", [("d", "M\(Self.n(x)) \(Self.n(y - s))L\(Self.n(x + s)) \(Self.n(y + s * 0.8))L\(Self.n(x - s)) \(Self.n(y + s * 0.8))Z"), ("fill", color)])
        default:
            let s = size * 1.3
            svg.empty("path", [("d", "M\(Self.n(x)) \(Self.n(y - s))L\(Self.n(x + s)) \(Self.n(y))L\(Self.n(x)) \(Self.n(y + s))L\(Self.n(x - s)) \(Self.n(y))Z"), ("fill", color)])
        }
        svg.newline()
    }

    /// A polyline through the points; nil breaks it (a missing value is a gap, never zero).
    mutating func path(_ points: [(Double, Double)?], series: Int) {
        var d = ""
        var pen = false
        for point in points {
            guard let (x, y) = point else { pen = false; continue }
            d += (pen ? "L" : "M") + Self.n(x) + " " + Self.n(y)
            pen = true
        }
        guard !d.isEmpty else { return }
        var attributes = [("d", d), ("fill", "none"), ("stroke", Palette.color(series)), ("stroke-width", "2.5"),
                          ("stroke-linejoin", "round"), ("stroke-linecap", "round")]
        let dash = Palette.dash(series)
        if !dash.isEmpty { attributes.append(("stroke-dasharray", dash)) }
        svg.empty("path", attributes)
        svg.newline()
    }

    /// Legend entries in a row (wrapping), each with the series' swatch; returns the height used.
    mutating func legend(_ names: [String], x: Double, y: Double, width: Double, markers: Bool) -> Double {
        var cursorX = x, cursorY = y + 12
        for (index, name) in names.enumerated() {
            let entryWidth = 18 + TextMetrics.width(name, fontSize: Self.fontSize) + 16
            if cursorX + entryWidth > x + width, cursorX > x {
                cursorX = x
                cursorY += 18
            }
            if markers {
                marker(series: index, x: cursorX + 6, y: cursorY - 4, size: 4.5)
            } else {
                rect(x1: cursorX, x2: cursorX + 12, y1: cursorY - 10, y2: cursorY + 1, color: Palette.color(index))
            }
            text(name, x: cursorX + 18, y: cursorY)
            cursorX += entryWidth
        }
        return cursorY - y + 10
    }

    /// Moves label positions apart so no two are closer than `gap`, keeping their order.
    static func spread(_ positions: [Double], gap: Double, within range: ClosedRange<Double>) -> [Double] {
        let order = positions.indices.sorted { positions[$0] < positions[$1] || (positions[$0] == positions[$1] && $0 < $1) }
        var placed = positions
        var previous = -Double.infinity
        for index in order {
            placed[index] = max(placed[index], previous + gap)
            previous = placed[index]
        }
        if let last = order.last, placed[last] > range.upperBound {
            var next = range.upperBound + gap
            for index in order.reversed() {
                placed[index] = min(placed[index], next - gap)
                next = placed[index]
            }
        }
        return placed
    }
}
