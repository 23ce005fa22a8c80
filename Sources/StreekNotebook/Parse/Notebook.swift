/// A parsed notebook: its source and the places where Streek acts — directive blocks and live figures.
/// Everything else is the author's prose and is carried over untouched.
public struct Notebook: Sendable {
    /// The path used in messages, e.g. `Notebooks/verzorgingsgebieden.md`.
    public var path: String
    public var source: SourceText
    public var directives: [DirectiveBlock]
    public var figures: [InlineFigure]
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
