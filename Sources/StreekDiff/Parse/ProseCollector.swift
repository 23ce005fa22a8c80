/// Accumulates prose lines into paragraphs and turns them into sentences with their heading context.
struct ProseCollector {
    private let scanner: FigureScanner
    private var paragraph: [String] = []
    private var paragraphLine = 0
    private var context: String?
    private(set) var items: [ProseSentence] = []

    init(convention: NumberConvention) {
        scanner = FigureScanner(convention: convention)
    }

    /// Adds a line of running text (1-based `line`) to the current paragraph.
    mutating func addText(_ text: String, line: Int) {
        if paragraph.isEmpty { paragraphLine = line }
        paragraph.append(text.trimmingWhitespace())
    }

    /// Ends the current paragraph (blank line, list item, table, heading).
    mutating func endParagraph() {
        defer { paragraph = [] }
        let text = paragraph.joined(separator: " ")
        for sentence in SentenceSplitter.sentences(in: text) {
            items.append(ProseSentence(
                kind: .sentence, segments: scanner.segments(of: sentence), context: context, line: paragraphLine))
        }
    }

    /// Adds a heading; later sentences are reported under it.
    mutating func addHeading(_ text: String, level: Int, line: Int) {
        endParagraph()
        context = text
        items.append(ProseSentence(kind: .heading(level: level), segments: scanner.segments(of: text), context: text, line: line))
    }

    /// Adds a block kept whole (a fenced code block), compared as a single unit.
    mutating func addVerbatim(_ text: String, line: Int) {
        endParagraph()
        items.append(ProseSentence(kind: .sentence, segments: scanner.segments(of: text), context: context, line: line))
    }
}
