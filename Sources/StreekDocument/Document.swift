import StreekCore

/// The typed result of one render: the author's prose untouched, and in between the blocks that
/// directives produced and the values of live figures. Every output (Markdown, HTML, figure files, a
/// stored sidecar) is rendered from this alone; nothing in it is formatted yet.
public struct Document: Sendable, Codable, Equatable {
    /// The notebook's path as shown in messages and in the generated-by line: `Notebooks/x.md`.
    public var path: String
    /// The notebook's text exactly as read; prose is every byte not covered by a block or figure span.
    public var source: String
    public var language: NumberFormat.Language
    /// Parameters in declaration order, with command-line overrides applied.
    public var parameters: [Parameter]
    /// One entry per directive block, in document order (also blocks that show nothing).
    public var blocks: [PlacedBlock]
    /// One entry per live figure, in document order.
    public var figures: [Figure]
    /// Headings, cross-references and the table of contents.
    public var navigation: Navigation

    public init(path: String, source: String, language: NumberFormat.Language, parameters: [Parameter],
                blocks: [PlacedBlock], figures: [Figure], navigation: Navigation = Navigation()) {
        self.path = path
        self.source = source
        self.language = language
        self.parameters = parameters
        self.blocks = blocks
        self.figures = figures
        self.navigation = navigation
    }

    public var numberFormat: NumberFormat { NumberFormat(language) }

    public struct Parameter: Sendable, Codable, Equatable {
        public var name: String
        public var value: Value

        public init(name: String, value: Value) {
            self.name = name
            self.value = value
        }
    }
}

/// Where something sits in the notebook: the bytes it replaces and the line and column where it starts.
public struct SourceSpan: Sendable, Codable, Equatable {
    public var start: Int
    public var end: Int
    public var line: Int
    public var column: Int

    public init(bytes: Range<Int>, line: Int, column: Int) {
        start = bytes.lowerBound
        end = bytes.upperBound
        self.line = line
        self.column = column
    }

    public var bytes: Range<Int> { start..<end }
}

/// A directive block's place in the notebook and what it shows there (nil: it only computes).
public struct PlacedBlock: Sendable, Codable, Equatable {
    public var span: SourceSpan
    /// Text in front of the fence (a block quote's `> `), repeated in front of every output line.
    public var containerPrefix: String
    public var content: Block?

    public init(span: SourceSpan, containerPrefix: String, content: Block?) {
        self.span = span
        self.containerPrefix = containerPrefix
        self.content = content
    }
}

/// A live figure: the expression as written and its value, formatted only by a renderer.
public struct Figure: Sendable, Codable, Equatable {
    public var expression: String
    public var value: Value
    public var format: ValueFormat
    public var span: SourceSpan

    public init(expression: String, value: Value, format: ValueFormat, span: SourceSpan) {
        self.expression = expression
        self.value = value
        self.format = format
        self.span = span
    }
}
