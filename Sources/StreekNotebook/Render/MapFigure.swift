import StreekDocument
import StreekGraphics

/// A map block as SVG text: the numbers formatted in the document's language, the rest drawn by
/// StreekGraphics. The same bytes go inline into the HTML page and into the figure file next to the Markdown.
enum MapFigure {
    static func svg(_ map: MapBlock, format: NumberFormat) -> String {
        let style = map.valueStyle
        let number: @Sendable (Double) -> String = { format.format($0, style: style) }
        let title = map.caption.map { format.text($0) } ?? format.text(map.alt)
        let description = format.text(map.alt)
        let legendTitle = map.legendTitle.map { format.text($0) }
        let text = format.language == .nl
            ? MapText.dutch(title: title, description: description, legendTitle: legendTitle, number: number)
            : MapText.english(title: title, description: description, legendTitle: legendTitle, number: number)
        let panels = map.panels.map { ChoroplethMap.Panel(title: $0.title.map { format.format($0, as: .key) }, values: $0.values) }
        return ChoroplethMap(frame: map.frame, panels: panels, classes: map.classes, palette: map.palette,
                             classLabels: map.classLabels?.map { format.text($0) }, outlined: map.outlined,
                             labelled: map.labelled, text: text, idPrefix: map.anchor).svg()
    }

    /// Every map of a document, drawn: its anchor, the file it goes to (`<folder>/<anchor>.svg`) and the SVG.
    static func all(in document: Document, folder: String) -> [(anchor: String, file: OutputFile, svg: String)] {
        document.blocks.compactMap { placed in
            guard case .map(let map) = placed.content else { return nil }
            let text = svg(map, format: document.numberFormat)
            return (map.anchor, OutputFile(path: map.figurePath(in: folder), text: text), text)
        }
    }
}
