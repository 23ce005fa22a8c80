import Foundation

/// A file one render depended on, named relative to the project root (`Notebooks/x.md`,
/// `Data/migratie/verhuismutaties.csv`), with the digest of the bytes the render read. A nil digest
/// records that the render looked for the file and found none (an optional file such as the
/// municipality aliases): creating it later changes the render too.
public struct RenderInput: Hashable, Sendable, Codable {
    public var path: String
    public var digest: ContentDigest?

    public init(path: String, digest: ContentDigest?) {
        self.path = path
        self.digest = digest
    }
}

extension RenderInput {
    /// The file a project-relative path names (an absolute path, for a notebook outside the project,
    /// stays as it is). Appends rather than resolves, so a root given without a trailing slash works too.
    public static func url(of path: String, in projectRoot: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : projectRoot.appendingPathComponent(path)
    }
}
