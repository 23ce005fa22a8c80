import Foundation
import StreekCore

/// The one place that decides whether a path stays inside a folder. Every read of data and every write of
/// output goes through it: relative paths only, no `..`, and after symbolic links are resolved the path
/// must still lie inside the (equally resolved) folder.
public struct ConfinedFolder: Sendable {
    /// The folder as given, for messages.
    public let folder: URL
    /// The folder with every symbolic link resolved.
    public let resolvedFolder: URL

    public init(_ folder: URL) {
        self.folder = folder.standardizedFileURL
        resolvedFolder = Self.resolved(folder)
    }

    /// Why `relativePath` could not name a file inside a folder, or nil when its text is acceptable.
    public static func problem(with relativePath: String) -> Message? {
        if relativePath.isEmpty { return Message(nl: "is leeg", en: "is empty") }
        if relativePath.hasPrefix("/") || relativePath.hasPrefix("~") { return Message(nl: "moet een relatief pad zijn, geen absoluut pad",
                                                                                       en: "must be a relative path, not an absolute path") }
        if relativePath.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) {
            return Message(nl: "mag geen '..', '.' of lege delen bevatten", en: "may not use '..', '.' or empty parts")
        }
        if relativePath.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "\\" }) {
            return Message(nl: "mag geen stuurtekens of backslashes bevatten", en: "may not contain control characters or backslashes")
        }
        return nil
    }

    /// The file `relativePath` names, checked to lie inside the folder after resolving symbolic links (of
    /// the part that exists; a file still to be written has its folder checked).
    public func url(for relativePath: String) throws -> URL {
        if let problem = Self.problem(with: relativePath) {
            throw FileSystemError(path: relativePath, reason: .other(Message(nl: "het pad \(problem.nl)", en: "the path \(problem.en)")))
        }
        let url = folder.appendingPathComponent(relativePath)
        guard Self.isInside(Self.resolved(url), resolvedFolder) else {
            throw FileSystemError(path: relativePath, reason: .outsideFolder(folder.lastPathComponent + "/"))
        }
        return url
    }

    /// True when `url` (resolved) is `folder` or lies below it.
    public static func isInside(_ url: URL, _ folder: URL) -> Bool {
        let path = url.path, root = folder.path
        return path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `url` with symbolic links resolved: the longest existing prefix through realpath(3), the rest
    /// appended as written.
    public static func resolved(_ url: URL) -> URL {
        var existing = url.standardizedFileURL
        var rest: [String] = []
        while existing.path != "/" {
            if let real = realpath(existing.path, nil) {
                defer { free(real) }
                var result = URL(fileURLWithPath: String(cString: real))
                for component in rest.reversed() { result.appendPathComponent(component) }
                return result
            }
            rest.append(existing.lastPathComponent)
            existing.deleteLastPathComponent()
        }
        return url.standardizedFileURL
    }
}
