/// One file of a render, named by its path relative to the output folder: `x.md`, `x.html`, and later
/// the sidecar and figure files such as `x/figuur-1.svg`. Every file of one render is written together.
public struct OutputFile: Sendable, Equatable {
    public var path: String
    public var contents: [UInt8]

    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }

    public init(path: String, text: String) {
        self.init(path: path, contents: Array(text.utf8))
    }
}
