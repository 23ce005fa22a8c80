/// Lines over time and vertical bars: categories along the bottom, values up the left. Small multiples
/// sit in a grid and share the value axis, labelled once per row.
struct VerticalChart {
    let spec: ChartSpec
    let ticks: NiceTicks

    private var seriesCount: Int { spec.seriesNames.count }
    private var directLabels: Bool { spec.mark == .line && spec.panels.count == 1 && seriesCount > 1 }

    func draw(_ canvas: inout ChartCanvas, top start: Double) -> Double {
        let width = spec.width
        let tickLabels = ticks.values.map { canvas.labels.tick($0, ticks.decimals) }
        var left = min((tickLabels.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0) + 10, width * 0.3)
        let right = directLabels ? min((spec.seriesNames.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0) + 14, width * 0.3) : 10
        let columns = spec.panels.count == 1 ? 1 : min(spec.panels.count, 3)
        let gap = 18.0
        var panelWidth = (width - left - right - gap * Double(columns - 1)) / Double(columns)
        var axis = CategoryAxis(spec: spec, panelWidth: panelWidth)
        // A slanted first label reaches left of its bar; make room so it is not cut off.
        if axis.overhang > left {
            left = min(axis.overhang, width * 0.3)
            panelWidth = (width - left - right - gap * Double(columns - 1)) / Double(columns)
            axis = CategoryAxis(spec: spec, panelWidth: panelWidth)
        }
        let plotHeight = spec.panels.count == 1 ? 240.0 : 150.0
        let titled = spec.panels.contains { $0.title != nil }
        var top = start
        if let title = spec.valueTitle {
            canvas.text(title, x: 0, y: top + 12, color: Palette.muted)
            top += 20
        }
        for rowStart in stride(from: 0, to: spec.panels.count, by: columns) {
            let plotTop = top + (titled ? 22 : 6)
            let scale = LinearScale(domain: ticks.lower, ticks.upper, range: plotTop + plotHeight, plotTop)
            for (value, label) in zip(ticks.values, tickLabels) {
                canvas.text(label, x: left - 8, y: scale(value) + 4, anchor: .end, color: Palette.muted)
            }
            for column in 0..<columns where rowStart + column < spec.panels.count {
                let panel = spec.panels[rowStart + column]
                let x0 = left + Double(column) * (panelWidth + gap)
                if let title = panel.title {
                    canvas.text(TextMetrics.truncated(title, toFit: panelWidth, fontSize: 13.5), x: x0, y: top + 14, size: 13, bold: true)
                }
                for value in ticks.values { canvas.line(x0, scale(value), x0 + panelWidth, scale(value), color: Palette.grid) }
                if let reference = spec.reference {
                    canvas.line(x0, scale(reference), x0 + panelWidth, scale(reference), color: Palette.reference, width: 1.5, dash: "4 3")
                }
                if spec.mark == .bar {
                    drawBars(&canvas, panel: panel, scale: scale, x0: x0, axis: axis)
                } else {
                    drawLines(&canvas, panel: panel, scale: scale, x0: x0, axis: axis, right: x0 + panelWidth + right)
                }
                if ticks.lower <= 0, ticks.upper >= 0 {
                    canvas.line(x0, scale(0), x0 + panelWidth, scale(0), color: Palette.ink, width: 1.2)
                }
                axis.drawLabels(&canvas, x0: x0, y: plotTop + plotHeight)
            }
            top = plotTop + plotHeight + axis.height + 8
        }
        if let title = spec.categoryTitle {
            canvas.text(title, x: left + (width - left - right) / 2, y: top + 6, anchor: .middle, color: Palette.muted)
            top += 14
        }
        return top
    }

    private func drawBars(_ canvas: inout ChartCanvas, panel: ChartPanel, scale: LinearScale, x0: Double, axis: CategoryAxis) {
        let grouped = spec.stacking == .grouped && seriesCount > 1
        let groupWidth = axis.band * 0.72
        let barWidth = grouped ? (groupWidth - Double(seriesCount - 1)) / Double(seriesCount) : groupWidth
        let valueLabels = seriesCount == 1 && (panel.values.first ?? []).compactMap { $0 }
            .allSatisfy { TextMetrics.width(canvas.labels.value($0), fontSize: 11) <= axis.band }
        for category in spec.categories.indices {
            let center = x0 + axis.position(category)
            var positive = 0.0, negative = 0.0
            for (series, values) in panel.values.enumerated() {
                guard category < values.count, let value = values[category] else { continue }
                if spec.stacking == .stacked {
                    let start = value >= 0 ? positive : negative
                    if value >= 0 { positive += value } else { negative += value }
                    canvas.rect(x1: center - groupWidth / 2, x2: center + groupWidth / 2, y1: scale(start), y2: scale(start + value),
                                color: Palette.color(series), separated: true)
                    continue
                }
                let x = center - groupWidth / 2 + (grouped ? Double(series) * (barWidth + 1) : 0)
                canvas.rect(x1: x, x2: x + barWidth, y1: scale(0), y2: scale(value), color: Palette.color(series))
                if valueLabels {
                    canvas.text(canvas.labels.value(value), x: x + barWidth / 2, y: scale(value) + (value < 0 ? 13 : -4),
                                anchor: .middle, size: 11)
                }
            }
        }
    }

    private func drawLines(_ canvas: inout ChartCanvas, panel: ChartPanel, scale: LinearScale, x0: Double, axis: CategoryAxis, right: Double) {
        let markers = spec.categories.count <= 16
        var ends: [(series: Int, y: Double)] = []
        for (series, values) in panel.values.enumerated() {
            let points = values.indices.map { index in values[index].map { (x0 + axis.position(index), scale($0)) } }
            canvas.path(points, series: series)
            if markers { for case let (x, y)? in points { canvas.marker(series: series, x: x, y: y, size: 3) } }
            if let last = values.lastIndex(where: { $0 != nil }), let value = values[last] { ends.append((series, scale(value))) }
        }
        guard directLabels else { return }
        let placed = ChartCanvas.spread(ends.map(\.y), gap: 14, within: 0...scale(ticks.lower))
        let x = x0 + axis.position(spec.categories.count - 1) + 8
        for (end, y) in zip(ends, placed) {
            canvas.text(TextMetrics.truncated(spec.seriesNames[end.series], toFit: right - x, fontSize: ChartCanvas.fontSize),
                        x: x, y: y + 4, color: Palette.color(end.series), bold: true)
        }
    }
}

/// Where categories sit along the bottom and how their labels fit: every label, every k-th label (lines
/// over many years), or turned at an angle (bars with long names).
struct CategoryAxis {
    let spec: ChartSpec
    let panelWidth: Double

    var band: Double { panelWidth / Double(max(spec.categories.count, 1)) }
    private var widest: Double { spec.categories.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0 }
    private var rotated: Bool { spec.mark == .bar && widest + 6 > band }
    private var every: Int {
        guard spec.mark == .line else { return 1 }
        return max(1, Int((Double(spec.categories.count) * (widest + 10) / panelWidth).rounded(.up)))
    }
    var height: Double { rotated ? widest * 0.7 + 18 : 20 }
    /// How far a slanted first label reaches left of the panel.
    var overhang: Double {
        guard rotated, let first = spec.categories.first else { return 0 }
        return TextMetrics.width(first, fontSize: ChartCanvas.fontSize) * 0.71 - position(0) + 2
    }

    func position(_ index: Int) -> Double {
        guard spec.mark == .line else { return band * (Double(index) + 0.5) }
        let count = spec.categories.count
        return count == 1 ? panelWidth / 2 : 6 + (panelWidth - 12) * Double(index) / Double(count - 1)
    }

    func drawLabels(_ canvas: inout ChartCanvas, x0: Double, y: Double) {
        let last = spec.categories.count - 1
        for (index, label) in spec.categories.enumerated() where (last - index) % every == 0 {
            if rotated {
                canvas.text(label, x: x0 + position(index) + 4, y: y + 12, anchor: .end, rotate: -45)
            } else {
                canvas.text(label, x: x0 + position(index), y: y + 16, anchor: .middle)
            }
        }
    }
}
