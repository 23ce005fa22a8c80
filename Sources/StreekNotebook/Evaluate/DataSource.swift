import Foundation

/// Where directives read their data: the project's Data/ folder, or memory (tests and fuzzing).
/// Paths are relative to Data/ and have passed `ConfinedFolder.problem(with:)`.
public protocol DataSource: Sendable {
    /// The bytes of a data file, or nil when there is no such file.
    func contents(of relativePath: String) throws -> [UInt8]?
    /// Every CSV file, relative to Data/, for "did you mean" suggestions.
    func csvFiles() -> [String]
}

/// Data/ on disk, confined: a symbolic link inside it may not lead outside it.
public struct DataFolder: DataSource {
    let confined: ConfinedFolder

    public init(_ directory: URL) { confined = ConfinedFolder(directory) }

    public func contents(of relativePath: String) throws -> [UInt8]? {
        let url = try confined.url(for: relativePath)
        do {
            return try FileBytes.read(url, displayPath: "Data/" + relativePath)
        } catch let error as FileSystemError where error.reason == .notFound {
            return nil
        }
    }

    public func csvFiles() -> [String] {
        let folder = confined.resolvedFolder
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        let prefix = folder.path + "/"
        return enumerator.compactMap { ($0 as? URL)?.standardizedFileURL.path }
            .filter { $0.hasSuffix(".csv") && $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)) }
            .sorted()
    }
}

/// Data files held in memory, keyed by their path relative to Data/.
public struct InMemoryData: DataSource {
    public var files: [String: [UInt8]]

    public init(_ files: [String: [UInt8]]) { self.files = files }

    public func contents(of relativePath: String) throws -> [UInt8]? { files[relativePath] }

    public func csvFiles() -> [String] { files.keys.filter { $0.hasSuffix(".csv") }.sorted() }
}
