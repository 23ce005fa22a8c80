import Foundation
import StreekCore
import StreekDocument

/// Runs one directive's pipelines and turns its result into output; evaluates live figures.
struct DirectiveRunner {
    let context: EvaluationContext
    /// The value of the data-year parameter, for the message under a table without rows.
    let dataYear: Value?
    private var usedAnchors: Set<String> = []

    init(context: EvaluationContext, dataYear: Value?) {
        self.context = context
        self.dataYear = dataYear
    }

    /// What the directive shows in the report; nil for blocks that only compute. `position` is the
    /// directive's opening fence, where a problem with the block as a whole is reported.
    mutating func output(of program: DirectiveProgram, kind: DirectiveKind, index: Int, at position: SourcePosition) throws -> Block? {
        var last: (name: String?, binding: Binding)?
        for pipeline in program.pipelines {
            let binding = try context.run(pipeline)
            if let name = pipeline.name { try context.bind(name, binding) }
            last = (pipeline.name, binding)
        }
        let notes = context.takeAlignmentNotes()
        switch kind {
        case .silent, .setup:
            return nil
        case .table:
            guard let last else {
                throw LocatedError(Message(nl: "een blok 'streek table' heeft een tabel nodig: een pijplijn zoals naam = load \"…\" | … of de naam van een benoemde tabel",
                                           en: "a 'streek table' block needs a table: a pipeline such as naam = load \"…\" | … or the name of a bound table"), at: program.presentation.positions.values.min() ?? position)
            }
            var table = try program.presentation.block(
                of: last.binding.table, name: last.name, keyColumns: last.binding.keys,
                defaultEmptyMessage: Phrase(literal: emptyMessage), language: context.numberFormat.language,
                phrase: { try context.phrase(of: $0) })
            table.totalRows = try program.presentation.totalRows(in: last.binding.table, evaluator: ExpressionEvaluator(context: context))
            let caption = table.caption.map { context.numberFormat.text($0) }
            table.anchor = uniqueAnchor(table.anchor.isEmpty ? (last.name ?? slug(caption ?? "tabel-\(index + 1)")) : table.anchor)
            table.notes += notes.map { Phrase(literal: $0) }
            return .table(table)
        case .text:
            return .text(try textOutput(program, table: last?.binding.table, at: position))
        case .chart:
            let position = program.chart.position ?? program.pipelines.first?.position ?? position
            guard let last else {
                throw LocatedError(Message(nl: "een blok 'streek chart' heeft een tabel nodig: een pijplijn zoals naam = load \"…\" | … of de naam van een benoemde tabel",
                                           en: "a 'streek chart' block needs a table: a pipeline such as naam = load \"…\" | … or the name of a bound table"), at: position)
            }
            var chart = try ChartBuilder(settings: program.chart, presentation: program.presentation, context: context, blockPosition: position)
                .block(of: last.binding.table, name: last.name)
            let caption = chart.caption.map { context.numberFormat.text($0) }
            // The anchor also names the figure file, so it is made file-safe before it is made unique.
            chart.anchor = uniqueAnchor(slug(chart.anchor.isEmpty ? (last.name ?? caption ?? "figuur-\(index + 1)") : chart.anchor))
            chart.notes += notes.map { Phrase(literal: $0) }
            return .chart(chart)
        case .map:
            let at = program.map.position ?? program.pipelines.first?.position ?? SourcePosition(line: 1, column: 1)
            guard let last else {
                throw LocatedError(Message(nl: "een blok 'streek map' heeft een tabel nodig: een pijplijn zoals naam = load \"…\" | … of de naam van een benoemde tabel",
                                           en: "a 'streek map' block needs a table: a pipeline such as naam = load \"…\" | … or the name of a bound table"), at: at)
            }
            let caption = try program.presentation.caption.map { context.numberFormat.text(try context.phrase(of: $0)) }
            // The anchor also names the figure file, so it is made file-safe before it is made unique.
            let anchor = uniqueAnchor(slug(program.presentation.anchor ?? (last.name.map { "kaart-" + $0 } ?? caption ?? "kaart-\(index + 1)")))
            var map = try MapBuilder(context: context, settings: program.map, presentation: program.presentation, position: at)
                .block(of: last.binding.table, anchor: anchor)
            map.notes += notes.map { Phrase(literal: $0) }
            return .map(map)
        }
    }

    mutating func figure(_ figure: InlineFigure) throws -> Figure {
        var cursor = TokenCursor(try Lexer.expressionTokens(of: figure.expression, at: figure.position))
        let expression = try ExpressionParser.parse(&cursor)
        let style = try StyleParser.parseOptionalAs(&cursor)
        try cursor.expectEnd(Message(nl: "in het levende getal", en: "in the live figure"))
        return Figure(expression: figure.expression, value: try context.scalar(expression),
                      format: context.valueFormat(of: expression, style: style),
                      span: SourceSpan(bytes: figure.replacedBytes, line: figure.position.line, column: figure.position.column))
    }

    private func textOutput(_ program: DirectiveProgram, table: Table?, at position: SourcePosition) throws -> TextBlock {
        guard !program.textTemplates.isEmpty else {
            throw LocatedError(Message(nl: "een blok 'streek text' heeft een regel text \"…\" of bullets \"…\" nodig",
                                       en: "a 'streek text' block needs a text \"…\" or bullets \"…\" line"), at: program.pipelines.first?.position ?? position)
        }
        var paragraphs: [Phrase] = []
        var bullets = false
        for text in program.textTemplates {
            // The empty-table message is a sentence, not a one-item list.
            bullets = bullets || text.asBullets && (table?.rowCount ?? 1) > 0
            guard let table else {
                paragraphs.append(try context.phrase(of: text.template))
                continue
            }
            if table.rowCount == 0 {
                paragraphs.append(try program.presentation.emptyMessage.map { try context.phrase(of: $0) } ?? Phrase(literal: emptyMessage))
                continue
            }
            let evaluator = ExpressionEvaluator(context: context)
            let holes = try text.template.parts.map { part -> ((Int) throws -> Phrase.Part) in
                switch part {
                case .text(let literal): return { _ in .literal(literal) }
                case .hole(let expression, let style):
                    let value = try evaluator.compile(expression, for: table)
                    let valueFormat = context.valueFormat(of: expression, style: style)
                    return { .value(try value($0), valueFormat) }
                }
            }
            let rows = try (0..<table.rowCount).map { row in Phrase(try holes.map { try $0(row) }) }
            if text.asBullets {
                paragraphs += rows
            } else {
                paragraphs.append(Phrase(Array(rows.map(\.parts).joined(separator: [.literal(" ")]))))
            }
        }
        return TextBlock(paragraphs: paragraphs, bullets: bullets)
    }

    private var emptyMessage: String {
        let nl = context.numberFormat.language == .nl
        guard let dataYear else { return nl ? "Geen gegevens." : "No data." }
        return (nl ? "Geen gegevens voor " : "No data for ") + dataYear.keyText + "."
    }

    private mutating func uniqueAnchor(_ base: String) -> String {
        var anchor = base, counter = 2
        while usedAnchors.contains(anchor) { anchor = "\(base)-\(counter)"; counter += 1 }
        usedAnchors.insert(anchor)
        return anchor
    }
}

/// Errors from StreekCore and the data loader carry no position; they get the one of the step or
/// setting that caused them.
func located<T>(at position: SourcePosition, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as LocatedError {
        throw error
    } catch {
        throw LocatedError(Message(describing: error), at: position)
    }
}

/// "Verhuismutaties in 2011 en 2016" → "verhuismutaties-in-2011-en-2016".
func slug(_ text: String) -> String {
    let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    var result = ""
    for character in folded {
        if character.isLetter || character.isNumber, character.isASCII { result.append(character) }
        else if !result.isEmpty, result.last != "-" { result.append("-") }
    }
    result = String(result.prefix(60))
    while result.hasSuffix("-") { result.removeLast() }
    return result.isEmpty ? "tabel" : result
}
