/// One unit of prose: a sentence, or a heading, split into plain text and figures.
public struct ProseSentence: Sendable, Equatable {
    /// A run of plain text, or a figure (number or missing-value token) read from the text.
    public enum Segment: Sendable, Equatable {
        case text(String)
        case figure(ParsedValue)
    }

    public enum Kind: Sendable, Equatable {
        case sentence
        /// A Markdown heading of the given level (`## …` is 2); its text excludes the `#`s.
        case heading(level: Int)
    }

    public var kind: Kind
    public var segments: [Segment]
    /// Text of the heading this item is reported under: the nearest heading above a sentence (nil before
    /// the first heading), or the heading itself.
    public var context: String?
    /// 1-based line where the item starts.
    public var line: Int

    public init(kind: Kind, segments: [Segment], context: String?, line: Int) {
        self.kind = kind
        self.segments = segments
        self.context = context
        self.line = line
    }

    /// The text as written.
    public var text: String {
        segments.map { segment in
            switch segment {
            case .text(let text): text
            case .figure(let figure): figure.text
            }
        }.joined()
    }

    /// The figures in order.
    public var figures: [ParsedValue] {
        segments.compactMap { segment in
            if case .figure(let figure) = segment { return figure }
            return nil
        }
    }

    /// The text with every figure replaced by a placeholder: two items with the same template differ
    /// only in their numbers.
    public var template: String {
        let marker = kind == .sentence ? "" : "#"
        return marker + segments.map { segment in
            switch segment {
            case .text(let text): text
            case .figure: "\u{FFFC}"
            }
        }.joined()
    }
}
