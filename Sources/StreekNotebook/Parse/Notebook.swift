/// A parsed notebook: its source and the places where Streek acts — directive blocks and live figures.
/// Everything else is the author's prose and is carried over untouched.
public struct Notebook: Sendable {
    /// The path used in messages, e.g. `Notebooks/verzorgingsgebieden.md`.
    public var path: String
    public var source: SourceText
    public var directives: [DirectiveBlock]
    public var figures: [InlineFigure]
    public var headings: [NotebookHeading] = []
    public var references: [InlineReference] = []
    public var internalLinks: [InternalLink] = []
    /// Ids and names in the author's own HTML (`<a id="…"></a>`), which links may point at.
    public var htmlAnchors: [String] = []
}

/// What a directive block shows in the rendered report, from the word after `streek` in its info string.
public enum DirectiveKind: String, Sendable, CaseIterable {
    /// `streek`: computes and binds names, shows nothing.
    case silent = ""
    /// `streek table`: shows the result as a table.
    case table
    /// `streek text`: shows the result as sentences or a list.
    case text
    /// `streek chart`: shows the result as a figure (bars, lines, dots).
    case chart
    /// `streek setup`: declares parameters, data years and the number format.
    case setup
    /// `streek map`: shows the result as a map of municipalities.
    case map
}

/// One line of a directive's body with the position of its first character in the notebook.
public struct DirectiveLine: Sendable {
    public var text: String
    public var position: SourcePosition
}

/// A fenced code block whose info string starts with `streek`.
public struct DirectiveBlock: Sendable {
    public var kind: DirectiveKind
    /// Position of the opening fence.
    public var position: SourcePosition
    public var lines: [DirectiveLine]
    /// Bytes of the notebook this directive's output replaces: the fences and everything between.
    var replacedBytes: Range<Int>
    /// Text in front of the fence on its line (a block quote's `> ` or a list's indentation), repeated in
    /// front of every further output line so the output stays inside the same container.
    var containerPrefix: String
}

/// A live figure: an inline code span of the form `` `= expression` ``.
public struct InlineFigure: Sendable {
    public var expression: String
    /// Position of the expression's first character.
    public var position: SourcePosition
    /// Bytes of the notebook this figure's value replaces: the whole code span with its backticks.
    var replacedBytes: Range<Int>
}

/// A heading of the prose. Its text is kept in pieces, because a code span in it may be a live figure
/// whose value is known only after evaluation.
public struct NotebookHeading: Sendable {
    public enum Piece: Sendable { case text(String), code(String) }
    public var level: Int
    public var pieces: [Piece]
    public var position: SourcePosition
    /// From the start of the heading's first line to the end of its last: the live figures inside it.
    var bytes: Range<Int>
}

/// A cross-reference: an inline code span of the form `` `#naam` ``.
public struct InlineReference: Sendable {
    /// The anchor referred to, without `#`.
    public var name: String
    /// Position of the `#`.
    public var position: SourcePosition
    /// At the start of a paragraph or after `.`, `!` or `?`: written with a capital.
    public var startsSentence: Bool
    /// Bytes of the notebook the reference replaces: the whole code span with its backticks.
    var replacedBytes: Range<Int>
}

/// A link in the prose to a place in the same document, `[…](#naam)`.
public struct InternalLink: Sendable {
    public var target: String
    /// Position of the `#` in the link's destination (or of its paragraph when it cannot be found).
    public var position: SourcePosition
}
