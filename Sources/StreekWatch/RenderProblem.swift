import Foundation
import StreekCore
import StreekNotebook

/// Why a render failed, as the preview page shows it: the message as `streek render` prints it
/// (`Notebooks/x.md:12:5: error: …`) and, for an error at a place in a file, that line with a caret.
struct RenderProblem: Sendable, Equatable {
    var message: String
    /// The offending line, without its line break, and the 1-based character column of the caret.
    var excerpt: (lineNumber: Int, text: String, caretColumn: Int)?

    init(message: String) {
        self.message = message
    }

    init(_ error: any Error, projectRoot: URL, language: Language = .nl) {
        message = error.text(in: language)
        guard let located = error as? NotebookError else { return }
        let url = RenderInput.url(of: located.file, in: projectRoot)
        guard let data = try? Data(contentsOf: url) else { return }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        let index = located.position.line - 1
        guard lines.indices.contains(index) else { return }
        var line = Array(lines[index])
        if line.last == UInt8(ascii: "\r") { line.removeLast() }
        // Positions count bytes (as cmark does); the caret counts characters.
        let prefix = line.prefix(max(0, located.position.column - 1))
        excerpt = (located.position.line, String(decoding: line, as: UTF8.self),
                   String(decoding: prefix, as: UTF8.self).count + 1)
    }

    static func == (lhs: RenderProblem, rhs: RenderProblem) -> Bool {
        lhs.message == rhs.message && lhs.excerpt?.lineNumber == rhs.excerpt?.lineNumber
            && lhs.excerpt?.text == rhs.excerpt?.text && lhs.excerpt?.caretColumn == rhs.excerpt?.caretColumn
    }

    /// The message and excerpt as a compiler prints them:
    /// ```
    /// Notebooks/x.md:5:5: error: unknown verb 'fliter'; did you mean 'filter'?
    ///     5 |   | fliter jaar == 2016
    ///       |     ^
    /// ```
    var text: String {
        guard let excerpt else { return message }
        let number = String(excerpt.lineNumber)
        let gutter = String(repeating: " ", count: max(0, 5 - number.count)) + number
        return message + "\n" + gutter + " | " + excerpt.text + "\n"
            + String(repeating: " ", count: gutter.count) + " | "
            + String(repeating: " ", count: excerpt.caretColumn - 1) + "^"
    }
}
