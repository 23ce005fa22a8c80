import Foundation

/// A throwaway project folder in the temporary directory, for tests that write notebooks and data and
/// look at what streek made of them.
public struct ScratchProject: Sendable {
    public let root: URL

    public init(prefix: String) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    public func write(_ text: String, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func read(_ path: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    public func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    /// Replaces text in a file; fails when the text is not there (so a test cannot silently change nothing).
    public func replace(_ old: String, with new: String, in path: String) throws {
        guard let text = read(path), text.contains(old) else { throw CocoaError(.fileReadCorruptFile) }
        try write(text.replacingOccurrences(of: old, with: new), to: path)
    }
}
