import StreekDocument
import StreekGraphics

/// A chart block drawn as SVG in the document's number conventions, with its alternative text and the
/// figure file's path. Markdown links the file; HTML puts the same SVG inline.
struct ChartFigure {
    let chart: ChartBlock
    let format: NumberFormat
    let categoryNames: [String]
    let seriesNames: [String]

    init(chart: ChartBlock, format: NumberFormat) {
        self.chart = chart
        self.format = format
        categoryNames = chart.categories.map { format.format($0, style: chart.categoryStyle) }
        seriesNames = chart.series.map { format.text($0) }
    }

    /// `voorbeeld/saldi.svg`: beside the Markdown file, in a folder named after it (anchors of charts are
    /// file-safe and unique, see `DirectiveRunner`).
    static func path(of chart: ChartBlock, folder: String) -> String {
        folder + "/" + chart.anchor + ".svg"
    }


    var svg: String {
        let description = altText
        let valueStyle = chart.valueStyle, format = self.format
        let labels = ChartLabels(
            value: { format.format($0, style: valueStyle) },
            tick: { value, decimals in
                format.format(value, style: NumberStyle(decimals: decimals, percent: valueStyle.percent))
            },
            missing: format.missing)
        let spec = ChartSpec(
            mark: ChartSpec.Mark(rawValue: chart.mark.rawValue) ?? .bar,
            orientation: chart.mark == .line ? .vertical : ChartSpec.Orientation(rawValue: chart.orientation.rawValue) ?? .horizontal,
            stacking: chart.stacking == .grouped ? .grouped : .stacked,
            categories: categoryNames, seriesNames: seriesNames,
            panels: chart.panels.map { panel in
                ChartPanel(title: panel.title.map { format.text($0) }, values: panel.values.map { $0.map { $0.number.flatMap { $0.isFinite ? $0 : nil } } })
            },
            reference: chart.indexBase == nil ? nil : 100,
            valueTitle: chart.valueTitle.map { format.text($0) }, categoryTitle: chart.categoryTitle.map { format.text($0) },
            title: chart.caption.map { format.text($0) } ?? description, description: description, idPrefix: chart.anchor)
        return ChartSVG.render(spec, labels: labels)
    }

    /// The author's text, else a description from the data: what is shown, the highest and lowest value.
    var altText: String {
        if let alt = chart.alt { return format.text(alt) }
        let nl = format.language == .nl
        let kind: String
        switch chart.mark {
        case .bar: kind = nl ? "Staafdiagram" : "Bar chart"
        case .line: kind = nl ? "Lijndiagram" : "Line chart"
        case .dot: kind = nl ? "Stippendiagram" : "Dot chart"
        }
        var text = kind + (nl ? " van " : " of ") + format.text(chart.valueLabel) + (nl ? " per " : " by ") + format.text(chart.categoryLabel)
        if chart.series.count > 1 { text += (nl ? " voor " : " for ") + format.enumeration(seriesNames) }
        if let base = chart.indexBase { text += " (index, \(format.format(base, as: .key)) = 100)" }
        if chart.stacking == .percent { text += nl ? " (procentuele verdeling)" : " (percentage shares)" }
        var extremes: (high: (Double, String), low: (Double, String))?
        for panel in chart.panels {
            for (series, values) in panel.values.enumerated() {
                for (category, value) in values.enumerated() {
                    guard let number = value.number else { continue }
                    var place = categoryNames[category]
                    if chart.series.count > 1 { place += ", " + seriesNames[series] }
                    if let title = panel.title { place += ", " + format.text(title) }
                    if extremes == nil { extremes = ((number, place), (number, place)) }
                    if number > extremes!.high.0 { extremes!.high = (number, place) }
                    if number < extremes!.low.0 { extremes!.low = (number, place) }
                }
            }
        }
        guard let extremes else { return text + "." }
        let value = { (number: Double) in format.format(number, style: chart.valueStyle) }
        return text + (nl ? ". Hoogste waarde: " : ". Highest: ") + "\(extremes.high.1) (\(value(extremes.high.0)))"
            + (nl ? "; laagste: " : "; lowest: ") + "\(extremes.low.1) (\(value(extremes.low.0)))."
    }

    /// The plotted numbers as rows for a data table: facet (if any), category, one cell per series.
    var tableRows: (header: [String], rows: [[String]]) {
        let missing = format.missing
        var header = [format.text(chart.categoryLabel)] + (chart.series.count > 1 ? seriesNames : [format.text(chart.valueLabel)])
        let faceted = chart.panels.contains { $0.title != nil }
        if faceted { header.insert("", at: 0) }
        var rows: [[String]] = []
        for panel in chart.panels {
            for (category, name) in categoryNames.enumerated() {
                let cells = panel.values.map { $0[category].isMissing ? missing : format.format($0[category], style: chart.valueStyle) }
                rows.append((faceted ? [panel.title.map { format.text($0) } ?? ""] : []) + [name] + cells)
            }
        }
        return (header, rows)
    }
}
