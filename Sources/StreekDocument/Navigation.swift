/// How a reader finds their way through a document: its headings (for the table of contents and the
/// heading ids), the cross-references in the prose, and whether a table of contents is shown.
public struct Navigation: Sendable, Codable, Equatable {
    /// The prose headings in document order, with the ids the HTML gives them.
    public var headings: [Heading]
    /// The `` `#naam` `` spans in the prose, in document order, each resolved to what it points at.
    public var references: [CrossReference]
    /// Show a table of contents of headings of levels 2 up to this one; nil: no table of contents.
    public var contentsDepth: Int?

    public init(headings: [Heading] = [], references: [CrossReference] = [], contentsDepth: Int? = nil) {
        self.headings = headings
        self.references = references
        self.contentsDepth = contentsDepth
    }
}

/// A heading of the author's prose. Its text may hold live figures, so it is a phrase.
public struct Heading: Sendable, Codable, Equatable {
    public var level: Int
    public var text: Phrase
    /// The id of the heading in HTML, made from its text as GitHub does for Markdown.
    public var anchor: String

    public init(level: Int, text: Phrase, anchor: String) {
        self.level = level
        self.text = text
        self.anchor = anchor
    }
}

/// `` `#saldi` `` in the prose: a link to a numbered table or figure ("tabel 3") or to a heading (its text).
public struct CrossReference: Sendable, Codable, Equatable {
    public enum Target: Sendable, Codable, Equatable {
        case table(number: Int)
        case figure(number: Int)
        case heading(Phrase)
    }

    /// The name as written after `#`: an anchor, or the name a table or chart was bound to.
    public var name: String
    /// Where the link goes.
    public var anchor: String
    public var target: Target
    /// At the start of a sentence the label is written with a capital: "Tabel 3 laat zien …".
    public var capitalized: Bool
    /// The code span it replaces.
    public var span: SourceSpan

    public init(name: String, anchor: String, target: Target, capitalized: Bool, span: SourceSpan) {
        self.name = name
        self.anchor = anchor
        self.target = target
        self.capitalized = capitalized
        self.span = span
    }
}

/// Tables and figures with a caption are numbered in document order, each kind on its own: "Tabel 3",
/// "Figuur 2". Charts and maps are both figures.
public enum BlockNumbering {
    public enum Kind: Sendable, Equatable { case table, figure }

    /// One entry per block, in order: its kind and number, or nil for a block without a number.
    public static func numbers(of blocks: [PlacedBlock]) -> [(kind: Kind, number: Int)?] {
        var tables = 0, figures = 0
        return blocks.map { block in
            switch block.content {
            case .table(let table) where table.caption != nil:
                tables += 1
                return (.table, tables)
            case .chart(let chart) where chart.caption != nil:
                figures += 1
                return (.figure, figures)
            case .map(let map) where map.caption != nil:
                figures += 1
                return (.figure, figures)
            case .table, .chart, .map, .text, nil:
                return nil
            }
        }
    }
}

extension NumberFormat {
    /// "Tabel 3", "Figuur 2" (English: "Table 3", "Figure 2"); lower case inside a sentence.
    public func label(_ kind: BlockNumbering.Kind, _ number: Int, capitalized: Bool = true) -> String {
        let word: String
        switch (kind, language) {
        case (.table, .nl): word = "tabel"
        case (.table, .en): word = "table"
        case (.figure, .nl): word = "figuur"
        case (.figure, .en): word = "figure"
        }
        return (capitalized ? word.prefix(1).uppercased() + word.dropFirst() : word) + " \(number)"
    }

    /// The title of the table of contents.
    public var contentsTitle: String { language == .nl ? "Inhoud" : "Contents" }

    /// The text of a cross-reference.
    public func text(of reference: CrossReference) -> String {
        switch reference.target {
        case .table(let number): return label(.table, number, capitalized: reference.capitalized)
        case .figure(let number): return label(.figure, number, capitalized: reference.capitalized)
        case .heading(let phrase): return text(phrase)
        }
    }
}
