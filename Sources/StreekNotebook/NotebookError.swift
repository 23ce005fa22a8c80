/// An error in a notebook, pinned to the place the author has to fix.
/// Printed as `Notebooks/x.md:12:5: error: unknown verb 'fliter'; did you mean 'filter'?`.
public struct NotebookError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var position: SourcePosition
    public var message: String

    public init(file: String, position: SourcePosition, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String { "\(file):\(position.line):\(position.column): error: \(message)" }
}

/// An error raised inside a directive before the file name is known; the evaluator adds the file.
struct LocatedError: Error {
    var position: SourcePosition
    var message: String

    init(_ message: String, at position: SourcePosition) {
        self.message = message
        self.position = position
    }
}
