import Foundation
import StreekCore
import StreekDocument

/// Evaluate stage, last step: the headings with their ids, the numbers of tables and figures, every
/// `` `#naam` `` resolved and every `[…](#naam)` checked. A reference or link to something the document
/// does not have is an error at the place it is written.
struct NavigationBuilder {
    let notebook: Notebook
    let blocks: [PlacedBlock]
    let figures: [Figure]
    let format: NumberFormat

    func build(contents setting: ContentsSetting?) throws -> Navigation {
        let numbers = BlockNumbering.numbers(of: blocks)
        var numbered: [String: (kind: BlockNumbering.Kind, number: Int)] = [:]
        var unnumbered: Set<String> = []
        for (block, number) in zip(blocks, numbers) {
            guard let anchor = Self.anchor(of: block) else { continue }
            if let number { numbered[anchor] = number } else { unnumbered.insert(anchor) }
        }
        // A table or chart may also be called by the name it was bound to (`saldo_jaren` for the chart
        // whose file-safe anchor is `saldo-jaren`).
        var anchorsByName: [String: String] = [:]
        for block in blocks {
            switch block.content {
            case .table(let table): if let name = table.name { anchorsByName[name] = table.anchor }
            case .chart(let chart): if let name = chart.name { anchorsByName[name] = chart.anchor }
            case .map, .text, nil: break
            }
        }
        let headings = self.headings(numbered: numbered, anchorsByName: anchorsByName)
        let headingsByAnchor = Dictionary(headings.map { ($0.anchor, $0) }, uniquingKeysWith: { first, _ in first })
        let blockAnchors = blocks.compactMap(Self.anchor(of:))
        let known = blockAnchors + headings.map(\.anchor)

        var references: [CrossReference] = []
        for reference in notebook.references {
            let anchor = numbered[reference.name] != nil || unnumbered.contains(reference.name)
                || headingsByAnchor[reference.name] != nil ? reference.name : anchorsByName[reference.name] ?? reference.name
            let target: CrossReference.Target
            if let number = numbered[anchor] {
                target = number.kind == .table ? .table(number: number.number) : .figure(number: number.number)
            } else if unnumbered.contains(anchor) {
                throw LocatedError(Message(nl: "'#\(reference.name)' heeft geen bijschrift en dus geen nummer om naar te verwijzen; geef het een caption \"…\"",
                                           en: "'#\(reference.name)' has no caption, so it has no number to refer to; give it a caption \"…\""),
                                   at: reference.position)
            } else if let heading = headingsByAnchor[anchor] {
                target = .heading(heading.text)
            } else {
                throw LocatedError(unknownMessage(Message(nl: "onbekende verwijzing '#\(reference.name)'",
                                                          en: "unknown reference '#\(reference.name)'"), reference.name,
                                                  among: known + anchorsByName.keys.sorted()),
                                   at: reference.position)
            }
            references.append(CrossReference(
                name: reference.name, anchor: anchor, target: target, capitalized: reference.startsSentence,
                span: SourceSpan(bytes: reference.replacedBytes, line: reference.position.line, column: reference.position.column)))
        }

        let linkTargets = Set(known + notebook.htmlAnchors)
        // `#` alone is the top of the page; `%C3%A9` in a link is `é` in an id.
        for link in notebook.internalLinks where !link.target.isEmpty
            && !linkTargets.contains(link.target.removingPercentEncoding ?? link.target) {
            throw LocatedError(unknownMessage(Message(nl: "link naar '#\(link.target)', dat niet in dit document staat",
                                                      en: "link to '#\(link.target)', which is not in this document"), link.target,
                                              among: known + notebook.htmlAnchors), at: link.position)
        }

        let listed = headings.filter { $0.level >= 2 }
        var depth: Int?
        switch setting?.mode ?? .auto {
        case .on: depth = setting?.depth ?? 3
        case .off: depth = nil
        case .auto: depth = listed.count >= ContentsSetting.autoMinimumHeadings ? (setting?.depth ?? 3) : nil
        }
        return Navigation(headings: headings, references: references, contentsDepth: depth)
    }

    /// Each heading's text with its live figures filled in, and an id made from that text that no table,
    /// figure, earlier heading or anchor of the author's own (`<a id="…">`) has: ids in a page are unique.
    private func headings(numbered: [String: (kind: BlockNumbering.Kind, number: Int)],
                          anchorsByName: [String: String]) -> [Heading] {
        var taken = Set(blocks.compactMap(Self.anchor(of:)) + notebook.htmlAnchors)
        var remainingFigures = figures[...]
        return notebook.headings.map { heading in
            var parts: [Phrase.Part] = []
            for piece in heading.pieces {
                switch piece {
                case .text(let text):
                    parts.append(.literal(text))
                case .code(let code):
                    if NotebookParser.isLiveFigure(code),
                       let index = remainingFigures.firstIndex(where: { heading.bytes.contains($0.span.start) }) {
                        let figure = remainingFigures[index]
                        remainingFigures = remainingFigures[(index + 1)...]
                        parts.append(.value(figure.value, figure.format))
                    } else if let name = NotebookParser.referenceName(code),
                              let number = numbered[name] ?? anchorsByName[name].flatMap({ numbered[$0] }) {
                        // A heading that refers to a table reads as it is shown: "Over tabel 3".
                        parts.append(.literal(format.label(number.kind, number.number, capitalized: false)))
                    } else {
                        parts.append(.literal(code))
                    }
                }
            }
            let text = Phrase(parts)
            let base = HeadingAnchors.slug(format.text(text))
            var anchor = base, counter = 1
            while taken.contains(anchor) { anchor = "\(base)-\(counter)"; counter += 1 }
            taken.insert(anchor)
            return Heading(level: heading.level, text: text, anchor: anchor)
        }
    }

    static func anchor(of block: PlacedBlock) -> String? {
        switch block.content {
        case .table(let table): return table.anchor
        case .chart(let chart): return chart.anchor
        case .map(let map): return map.anchor
        case .text, nil: return nil
        }
    }

    private func unknownMessage(_ message: Message, _ name: String, among names: [String]) -> Message {
        guard let guess = Suggestion.closest(to: name, among: names) else { return message }
        return message + Message.didYouMean("#" + guess)
    }
}
