/// Bars and dots with the categories down the left: long municipality names fit, values run along the
/// bottom. Small multiples sit side by side and share the category labels of their row.
struct HorizontalChart {
    let spec: ChartSpec
    let ticks: NiceTicks

    private var seriesCount: Int { spec.seriesNames.count }
    private var grouped: Bool { spec.mark == .bar && spec.stacking == .grouped && seriesCount > 1 }
    private var valueLabels: Bool { spec.mark == .bar && seriesCount == 1 }
    private var band: Double { grouped ? Double(seriesCount) * 11 + 10 : 24 }

    /// Draws from `top` down and returns the bottom.
    func draw(_ canvas: inout ChartCanvas, top start: Double) -> Double {
        let width = spec.width
        let categoryWidth = min((spec.categories.map { TextMetrics.width($0, fontSize: ChartCanvas.categoryFontSize) }.max() ?? 0) + 12, width * 0.4)
        let columns = spec.panels.count == 1 ? 1 : min(spec.panels.count, width - categoryWidth >= 480 ? 3 : 2)
        let gap = 18.0
        let panelWidth = (width - categoryWidth - gap * Double(columns - 1)) / Double(columns)
        // Room at the ends for value labels beside the bars, and for half of the outer tick labels.
        let tickHalf = (ticks.values.map { TextMetrics.width(canvas.labels.tick($0, ticks.decimals), fontSize: ChartCanvas.fontSize) }.max() ?? 0) / 2 + 2
        let labelRoom = max(valueLabels ? valueLabelWidth(canvas) + 6 : 0, tickHalf)
        let titled = spec.panels.contains { $0.title != nil }
        var top = start
        if let title = spec.categoryTitle {
            canvas.text(title, x: categoryWidth - 8, y: top + 12, anchor: .end, color: Palette.muted)
            top += 16
        }
        for rowStart in stride(from: 0, to: spec.panels.count, by: columns) {
            let plotTop = top + (titled ? 22 : 4)
            let plotHeight = band * Double(spec.categories.count)
            for (index, category) in spec.categories.enumerated() {
                canvas.text(TextMetrics.truncated(category, toFit: categoryWidth - 12, fontSize: ChartCanvas.categoryFontSize),
                            x: categoryWidth - 8, y: plotTop + band * (Double(index) + 0.5) + 4, anchor: .end,
                            size: ChartCanvas.categoryFontSize)
            }
            for column in 0..<columns where rowStart + column < spec.panels.count {
                let panel = spec.panels[rowStart + column]
                let x0 = categoryWidth + Double(column) * (panelWidth + gap)
                let scale = LinearScale(domain: ticks.lower, ticks.upper,
                                        range: x0 + (ticks.lower < 0 ? labelRoom : 2), x0 + panelWidth - labelRoom)
                if let title = panel.title {
                    canvas.text(TextMetrics.truncated(title, toFit: panelWidth, fontSize: 13.5), x: x0, y: top + 14, size: 13, bold: true)
                }
                drawGrid(&canvas, scale: scale, top: plotTop, bottom: plotTop + plotHeight, width: panelWidth)
                switch spec.mark {
                case .dot: drawDots(&canvas, panel: panel, scale: scale, top: plotTop)
                default: drawBars(&canvas, panel: panel, scale: scale, top: plotTop)
                }
                if spec.mark == .bar || ticks.lower < 0, ticks.lower <= 0, ticks.upper >= 0 {
                    canvas.line(scale(0), plotTop - 2, scale(0), plotTop + plotHeight + 2, color: Palette.ink, width: 1.2)
                }
            }
            top = plotTop + plotHeight + 24
        }
        if let title = spec.valueTitle {
            canvas.text(title, x: categoryWidth + (width - categoryWidth) / 2, y: top + 6, anchor: .middle, color: Palette.muted)
            top += 14
        }
        return top
    }

    private func valueLabelWidth(_ canvas: ChartCanvas) -> Double {
        var widest = TextMetrics.width(canvas.labels.missing, fontSize: ChartCanvas.fontSize)
        for panel in spec.panels { for series in panel.values { for case let value? in series {
            widest = max(widest, TextMetrics.width(canvas.labels.value(value), fontSize: ChartCanvas.fontSize))
        } } }
        return widest
    }

    private func drawGrid(_ canvas: inout ChartCanvas, scale: LinearScale, top: Double, bottom: Double, width: Double) {
        let labels = ticks.values.map { canvas.labels.tick($0, ticks.decimals) }
        let widest = labels.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0
        let every = max(1, Int((Double(labels.count) * (widest + 10) / width).rounded(.up)))
        for (index, value) in ticks.values.enumerated() {
            let x = scale(value)
            canvas.line(x, top, x, bottom, color: Palette.grid)
            if index % every == 0 { canvas.text(labels[index], x: x, y: bottom + 15, anchor: .middle, color: Palette.muted) }
        }
        if let reference = spec.reference {
            canvas.line(scale(reference), top - 2, scale(reference), bottom + 2, color: Palette.reference, width: 1.5, dash: "4 3")
        }
    }

    private func drawBars(_ canvas: inout ChartCanvas, panel: ChartPanel, scale: LinearScale, top: Double) {
        let thickness = grouped ? 10.0 : 15.0
        for category in spec.categories.indices {
            let bandTop = top + band * Double(category)
            if spec.stacking == .stacked {
                var positive = 0.0, negative = 0.0
                for (series, values) in panel.values.enumerated() {
                    guard category < values.count, let value = values[category] else { continue }
                    let start = value >= 0 ? positive : negative
                    if value >= 0 { positive += value } else { negative += value }
                    canvas.rect(x1: scale(start), x2: scale(start + value), y1: bandTop + (band - thickness) / 2,
                                y2: bandTop + (band + thickness) / 2, color: Palette.color(series), separated: true)
                }
                continue
            }
            let groupTop = bandTop + (band - thickness * Double(grouped ? seriesCount : 1) - (grouped ? Double(seriesCount - 1) : 0)) / 2
            for (series, values) in panel.values.enumerated() {
                let y = groupTop + Double(series) * (thickness + 1)
                guard category < values.count, let value = values[category] else {
                    if valueLabels { canvas.text(canvas.labels.missing, x: scale(0) + 4, y: y + thickness - 3, color: Palette.muted) }
                    continue
                }
                canvas.rect(x1: scale(0), x2: scale(value), y1: y, y2: y + thickness, color: Palette.color(series))
                if valueLabels {
                    canvas.text(canvas.labels.value(value), x: scale(value) + (value < 0 ? -4 : 4), y: y + thickness - 3.5,
                                anchor: value < 0 ? .end : .start)
                }
            }
        }
    }

    /// One row per category: a grey bar from the lowest to the highest series value, a marker per series.
    private func drawDots(_ canvas: inout ChartCanvas, panel: ChartPanel, scale: LinearScale, top: Double) {
        for category in spec.categories.indices {
            let y = top + band * (Double(category) + 0.5)
            let present = panel.values.enumerated().compactMap { series, values -> (Int, Double)? in
                category < values.count ? values[category].map { (series, $0) } : nil
            }
            if let low = present.map(\.1).min(), let high = present.map(\.1).max(), present.count > 1 {
                canvas.line(scale(low), y, scale(high), y, color: "#b8bcc0", width: 3)
            }
            for (series, value) in present { canvas.marker(series: series, x: scale(value), y: y, size: 5) }
        }
    }
}
