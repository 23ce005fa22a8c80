import Foundation

/// One notebook the preview keeps rendered: rendered with `parameters` into `<baseName>.html` (and the
/// other files of a render), as `streek render` would.
public struct PreviewJob: Sendable, Hashable {
    public var notebook: URL
    public var baseName: String
    public var parameters: [String: String]

    public init(notebook: URL, baseName: String, parameters: [String: String] = [:]) {
        self.notebook = notebook.standardizedFileURL
        self.baseName = baseName
        self.parameters = parameters
    }
}
