import Foundation
import StreekCore

/// One notebook the preview keeps rendered: rendered with `parameters` into `<baseName>.html` (and the
/// other files of a render), as `streek render` would.
public struct PreviewJob: Sendable, Hashable {
    public var notebook: URL
    public var baseName: String
    public var parameters: [String: String]
    /// The language of this notebook's messages (`--lang`, else its `numbers`, else Dutch).
    public var language: Language

    public init(notebook: URL, baseName: String, parameters: [String: String] = [:], language: Language = .nl) {
        self.notebook = notebook.standardizedFileURL
        self.baseName = baseName
        self.parameters = parameters
        self.language = language
    }
}
