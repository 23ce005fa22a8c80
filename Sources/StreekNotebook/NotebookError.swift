import StreekCore

/// An error in a notebook, pinned to the place the author has to fix.
/// Printed as `Notebooks/x.md:12:5: fout: onbekend werkwoord 'fliter'; bedoelt u 'filter'?`, or in English
/// (`error: unknown verb 'fliter'; did you mean 'filter'?`) when `--lang en` or the notebook's `numbers en` asks.
/// When a notebook has several independent errors, the first is `position`/`message` and the others
/// follow in `further`, one line each, so an author can fix them in one go.
public struct NotebookError: Error, Sendable, BilingualDescription {
    public var file: String
    public var position: SourcePosition
    public var message: Message
    public var further: [NotebookError] = []
    /// The language the notebook asks for with `numbers`, when the evaluator got far enough to read its
    /// setup; the edge prints in it unless `--lang` says otherwise.
    public var notebookLanguage: Language?

    public init(file: String, position: SourcePosition, message: Message) {
        self.file = file
        self.position = position
        self.message = message
    }

    /// All errors, the first one first.
    public var all: [NotebookError] {
        var first = self
        first.further = []
        return [first] + further
    }

    public func description(in language: Language) -> String {
        let label = language == .nl ? "fout" : "error"
        return all.map { "\($0.file):\($0.position.line):\($0.position.column): \(label): \($0.message.text(in: language))" }
            .joined(separator: "\n")
    }
}

/// Collects errors of independent directives and figures while a notebook is evaluated. An error that
/// only follows from an earlier one (a name its failed pipeline would have bound) is left out.
struct ErrorCollector {
    private(set) var errors: [LocatedError] = []
    private var unboundNames: Set<String> = []

    /// Runs `body`; on a located error, records it (unless it follows from an earlier one) and returns nil.
    mutating func attempt<T>(binding names: [String] = [], _ body: () throws -> T) rethrows -> T? {
        do {
            return try body()
        } catch let error as LocatedError {
            unboundNames.formUnion(names)
            if !unboundNames.contains(where: { error.message.en.hasPrefix("unknown name '\($0)'") }) { errors.append(error) }
            return nil
        }
    }

    /// Throws every collected error as one NotebookError (sorted by place), if there were any.
    func throwIfAny(file: String) throws {
        let sorted = errors.sorted { ($0.position.line, $0.position.column) < ($1.position.line, $1.position.column) }
        guard let first = sorted.first else { return }
        var error = NotebookError(file: file, position: first.position, message: first.message)
        error.further = sorted.dropFirst().map { NotebookError(file: file, position: $0.position, message: $0.message) }
        throw error
    }
}

/// An error raised inside a directive before the file name is known; the evaluator adds the file.
struct LocatedError: Error {
    var position: SourcePosition
    var message: Message

    init(_ message: Message, at position: SourcePosition) {
        self.message = message
        self.position = position
    }
}
