import StreekCore
import StreekDocument
import StreekGraphics

/// Turns the table of a `streek map` block into a map block: each row's municipality found in the map's
/// division, one value per municipality and panel, classes shared by all panels, the view fitted to the
/// extent. Bad input (an unknown municipality, a code outside the division, a text value column, two rows
/// for one municipality) is an error at the setting it concerns.
struct MapBuilder {
    let context: EvaluationContext
    let settings: MapSettings
    let presentation: TablePresentation
    /// The block's first line, for errors about the block as a whole.
    let position: SourcePosition

    /// Panel widths in pixels: one map fills the text column; small multiples share it.
    static func panelWidth(panels: Int) -> Double { panels <= 1 ? 640 : (panels == 2 || panels == 4 ? 352 : 232) }

    func block(of table: Table, anchor: String) throws -> MapBlock {
        let boundaries = try located(at: position) { try MunicipalBoundaries.load(context.data) }
        var alignment = DivisionAlignment(boundaries: boundaries, geography: try located(at: position) { try context.geography() },
                                          format: context.numberFormat)
        let areaColumn = try column(settings.area, defaults: ["gemeente", "code"], in: table, what: Message(nl: "area KOLOM (de kolom met gemeentenamen of GM-codes)",
                                                                                                            en: "area KOLOM (the column with municipality names or GM codes)"))
        let valueColumn = try settings.value.map { try column($0, defaults: [], in: table, what: Message(verbatim: "")) }
        let panelColumn = try settings.facet.map { try column($0, defaults: [], in: table, what: Message(verbatim: "")) }
        let areaPosition = settings.area?.position ?? settings.position ?? position

        var numbers: [Double?] = []
        if let valueColumn {
            let column = try table.column(valueColumn)
            guard column.isNumeric else {
                let example = column.cells.enumerated().first { !$0.element.isMissing }
                let detail = example.map { Message(nl: " (rij \($0.offset + 1) heeft '\($0.element.keyText)')",
                                                   en: " (row \($0.offset + 1) has '\($0.element.keyText)')") }
                    ?? Message(verbatim: "")
                throw LocatedError(Message(nl: "de waardekolom '\(valueColumn)' bevat geen getallen\(detail.nl); een kaart kleurt gemeenten naar een getal",
                                           en: "the value column '\(valueColumn)' is not numeric\(detail.en); a map colours municipalities by a number"), at: settings.value!.position)
            }
            numbers = try column.numbers()
        }

        // One panel per distinct value of the panel column, in order of appearance.
        var panelKeys: [Value] = [], panelIndex: [String: Int] = [:]
        var panels: [[String: Double]] = [], seen: [[String: (key: String, row: Int)]] = []
        let areas = try table.column(areaColumn), panelCells = try panelColumn.map { try table.column($0) }
        if panelCells == nil { panelKeys = [.missing]; panels = [[:]]; seen = [[:]] }
        for row in 0..<table.rowCount {
            var panel = 0
            if let panelCells {
                let key = panelCells[row]
                panel = panelIndex[key.keyText] ?? {
                    panelIndex[key.keyText] = panelKeys.count
                    panelKeys.append(key); panels.append([:]); seen.append([:])
                    return panelKeys.count - 1
                }()
            }
            guard let key = areas[row].text ?? (areas[row].number.map { _ in areas[row].keyText }) else {
                throw LocatedError(Message(nl: "rij \(row + 1) heeft geen gemeente in kolom '\(areaColumn)'",
                                           en: "row \(row + 1) has no municipality in column '\(areaColumn)'"), at: areaPosition)
            }
            let shape = try located(at: areaPosition) { try alignment.shape(for: key) }
            // A reference map only draws areas, so old municipalities may share one; values may not.
            if valueColumn != nil, let earlier = seen[panel][shape.id] {
                let inPanel = panelCells == nil ? Message(verbatim: "") : Message(nl: " in de kaart voor \(panelKeys[panel].keyText)",
                                                                                  en: " in the map for \(panelKeys[panel].keyText)")
                if earlier.key == key {
                    throw LocatedError(Message(nl: "twee rijen voor \(key)\(inPanel.nl) (rij \(earlier.row + 1) en \(row + 1)); houd één rij per gemeente",
                                               en: "two rows for \(key)\(inPanel.en) (rows \(earlier.row + 1) and \(row + 1)); keep one row per municipality"), at: areaPosition)
                }
                throw LocatedError(Message(nl: "'\(earlier.key)' (rij \(earlier.row + 1)) en '\(key)' (rij \(row + 1)) horen allebei bij \(shape.name) in de indeling van \(MunicipalBoundaries.divisionYear)\(inPanel.nl); tel ze eerst op met '| align \(areaColumn) to \(MunicipalBoundaries.divisionYear)'",
                                           en: "'\(earlier.key)' (row \(earlier.row + 1)) and '\(key)' (row \(row + 1)) are both part of \(shape.name) in the division of \(MunicipalBoundaries.divisionYear)\(inPanel.en); add them up first with '| align \(areaColumn) to \(MunicipalBoundaries.divisionYear)'"), at: areaPosition)
            }
            seen[panel][shape.id] = (key, row)
            if valueColumn != nil, let number = numbers[row] { panels[panel][shape.id] = number }
        }

        if valueColumn == nil, let colouring = settings.classes?.position ?? settings.classLabels?.position {
            throw LocatedError(Message(nl: "classes en legend labels kleuren een kaart naar haar waarden; voeg value KOLOM toe, of laat ze weg voor een kaart zonder waarden",
                                       en: "classes and legend labels colour a map by its values; add value KOLOM, or leave them out for a map without values"), at: colouring)
        }
        let classes = try valueColumn.map { _ in try classify(panels.flatMap(\.values)) }
        let classLabels = try settings.classLabels.map { labels -> [Phrase] in
            guard let classes, labels.value.count == classes.count else {
                throw LocatedError(Message(nl: "legend labels: \(labels.value.count) namen voor \(classes?.count ?? 0) klassen",
                                           en: "legend labels: \(labels.value.count) labels for \(classes?.count ?? 0) classes"), at: labels.position)
            }
            return try labels.value.map { try context.phrase(of: $0) }
        }
        let withData = Set(panels.flatMap(\.keys))
        let extent = try settings.extent.map { try codes(of: $0, withData: withData, alignment: &alignment) } ?? []
        let frame = MapFrame(shapes: boundaries.shapes, extent: Set(extent), width: Self.panelWidth(panels: panels.count))
        let outlined = try settings.outline.map { try codes(of: $0, withData: withData, alignment: &alignment) } ?? []
        let labelled = try settings.names.map { try codes(of: $0, withData: withData, alignment: &alignment) } ?? []

        let valueLabel = try settings.legendTitle.map { try context.phrase(of: $0) }
            ?? (try valueColumn.map { column in try presentation.labels[column].map { try context.phrase(of: $0) } ?? Phrase(literal: column) })
        let caption = try presentation.caption.map { try context.phrase(of: $0) }
        var sources = try presentation.source.map { [try context.phrase(of: $0)] } ?? SourceCitations.phrases(table.metadata.sources)
        // The boundaries' source, unless the table drawn is the boundary file itself.
        sources += boundaries.sources.filter { !table.metadata.sources.contains($0) }
            .map { Phrase(literal: (context.numberFormat.language == .nl ? "kaart: " : "map: ") + $0) }
        let notes = try presentation.notes.map { try context.phrase(of: $0) } + alignment.notes(visible: Set(frame.areas.map(\.name))).map { Phrase(literal: $0) }
        let alt = try settings.alt.map { try context.phrase(of: $0) }
            ?? describe(frame: frame, panels: panels, panelColumn: panelColumn, valueLabel: valueLabel, classes: classes)

        var dataTable: TableBlock?
        if let valueColumn {
            var shown = presentation
            shown.columns = [areaColumn] + (panelColumn.map { [$0] } ?? []) + [valueColumn]
            shown.caption = nil
            shown.source = nil
            shown.notes = []
            dataTable = try shown.block(of: table, name: nil, keyColumns: [areaColumn], defaultEmptyMessage: Phrase(literal: ""),
                                        phrase: { try context.phrase(of: $0) })
            dataTable?.anchor = anchor + "-cijfers"
            dataTable?.sources = []
        }
        return MapBlock(
            anchor: anchor, caption: caption, alt: alt, sources: sources, notes: notes, frame: frame,
            panels: zip(panelKeys, panels).map { MapBlock.Panel(title: panelColumn == nil ? nil : $0, values: $1) },
            classes: classes, palette: settings.palette, classLabels: classLabels, legendTitle: valueLabel,
            valueStyle: valueColumn.flatMap { presentation.styles[$0] } ?? .automatic,
            outlined: outlined, labelled: labelled, data: dataTable)
    }

    private func classify(_ values: [Double]) throws -> MapClasses {
        // Diverging: zero is added as a cut, so four quantile classes keep each side within the palette.
        let method = settings.classes?.value ?? .quantiles(settings.palette == .diverging ? 4 : 5)
        let classes = MapClasses.classify(values, method: method, centre: settings.palette == .diverging ? 0 : nil)
        let at = settings.classes?.position ?? settings.position ?? position
        if settings.palette == .diverging {
            let below = classes.cuts.filter { $0 <= 0 }.count, above = classes.cuts.filter { $0 >= 0 }.count
            let limit = MapPalette.maximumClassesPerSide
            guard below <= limit, above <= limit else {
                throw LocatedError(Message(nl: "een tweezijdige kaart heeft hoogstens \(limit) klassen aan elke kant van 0; deze heeft er \(below) onder en \(above) boven",
                                           en: "a diverging map has at most \(limit) classes on either side of 0; this one has \(below) below and \(above) above"), at: at)
            }
        } else if classes.count > MapPalette.maximumClasses {
            throw LocatedError(Message(nl: "een kaart heeft hoogstens \(MapPalette.maximumClasses) klassen",
                                       en: "a map has at most \(MapPalette.maximumClasses) classes"), at: at)
        }
        return classes
    }

    /// The division's codes for a selection, in a stable order.
    private func codes(of selection: Located<AreaSelection>, withData: Set<String>, alignment: inout DivisionAlignment) throws -> [String] {
        let geography = try context.geography()
        let year = MunicipalBoundaries.divisionYear
        func registered(_ include: (Municipality) -> Bool) -> [String] {
            let codes = Set(geography.municipalities.filter(include).map { geography.successor(ofCode: $0.code, asOf: year) })
            return alignment.boundaries.shapes.map(\.id).filter(codes.contains)
        }
        switch selection.value {
        case .netherlands:
            return alignment.boundaries.shapes.map(\.id)
        case .data:
            return alignment.boundaries.shapes.map(\.id).filter(withData.contains)
        case .studyArea:
            return registered { $0.ring != .elsewhere }
        case .rings(let labels):
            var rings: [Ring] = []
            for label in labels {
                guard let ring = Ring(label: label) else {
                    throw LocatedError(Message(nl: "onbekende ring '\(label)'; gebruik \(Ring.allCases.map(\.rawValue).joined(separator: ", "))",
                                               en: "unknown ring '\(label)'; use \(Ring.allCases.map(\.rawValue).joined(separator: ", "))"), at: selection.position)
                }
                rings.append(ring)
            }
            return registered { rings.contains($0.ring) }
        case .provinces(let names):
            let known = Array(Set(geography.municipalities.map(\.province))).sorted()
            for name in names where !known.contains(name) {
                var message = Message(nl: "geen gemeente van provincie '\(name)' in Data/geografie/gemeenten.csv",
                                      en: "no municipality of province '\(name)' in Data/geografie/gemeenten.csv")
                if let guess = Suggestion.closest(to: name, among: known) { message += Message.didYouMean(guess) }
                throw LocatedError(message, at: selection.position)
            }
            return registered { names.contains($0.province) }
        case .municipalities(let expressions):
            return try expressions.map { expression in
                guard let key = try context.scalar(expression).text else {
                    throw LocatedError(Message(nl: "een gemeentenaam of GM-code verwacht",
                                               en: "expected a municipality name or GM code"), at: expression.position)
                }
                return try located(at: expression.position) { try alignment.shape(for: key).id }
            }
        }
    }

    /// The text alternative when the author gives none: what is shown, how it is coloured, what is missing.
    private func describe(frame: MapFrame, panels: [[String: Double]], panelColumn: String?, valueLabel: Phrase?,
                          classes: MapClasses?) -> Phrase {
        let nl = context.numberFormat.language == .nl
        let inExtent = frame.areas.filter(\.inExtent)
        guard let classes else {
            return Phrase(literal: nl ? "Kaart van \(inExtent.count) gemeenten met hun grenzen." : "Map of \(inExtent.count) municipalities with their boundaries.")
        }
        let label = valueLabel.map { context.numberFormat.text($0) } ?? ""
        let missing = inExtent.filter { area in panels.contains { $0[area.id] == nil } }.count
        var text = nl ? "Kaart van \(inExtent.count) gemeenten" : "Map of \(inExtent.count) municipalities"
        if let panelColumn { text += nl ? ", één kaart per \(panelColumn) (\(panels.count))" : ", one map per \(panelColumn) (\(panels.count))" }
        text += nl ? ", gekleurd naar \(label) in \(classes.count) klassen" : ", coloured by \(label) in \(classes.count) classes"
        text += settings.palette == .diverging
            ? (nl ? " (rood onder nul, blauw erboven)" : " (red below zero, blue above)")
            : (nl ? " (licht is laag, donker is hoog)" : " (light is low, dark is high)")
        if missing > 0 { text += nl ? "; gearceerd: geen gegevens" : "; hatched: no data" }
        return Phrase(literal: text + ".")
    }

    private func column(_ setting: Located<String>?, defaults: [String], in table: Table, what: Message) throws -> String {
        if let setting {
            guard table.columnNames.contains(setting.value) else {
                throw LocatedError(unknownColumnMessage(setting.value, in: table), at: setting.position)
            }
            return setting.value
        }
        guard let found = defaults.first(where: table.columnNames.contains) else {
            throw LocatedError(Message(nl: "een blok 'streek map' heeft \(what.nl) nodig; de tabel heeft \(table.columnNames.joined(separator: ", "))",
                                       en: "a 'streek map' block needs \(what.en); the table has \(table.columnNames.joined(separator: ", "))"), at: settings.position ?? position)
        }
        return found
    }

    private func column(_ setting: Located<String>, defaults: [String], in table: Table, what: Message) throws -> String {
        try column(Optional(setting), defaults: defaults, in: table, what: what)
    }
}
