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
        // A file: without the hint Foundation asks the file system whether the path is a folder.
        let url = folder.appendingPathComponent(relativePath, isDirectory: false)
        // Paths as strings: Foundation's URL operations cost more than the realpath(3) call itself.
        guard Self.isInside(path: resolvedPath(below: relativePath), folder: resolvedFolder.path) else {
            throw FileSystemError(path: relativePath, reason: .outsideFolder(folder.lastPathComponent + "/"))
        }
        return url
    }

    /// True when `url` (resolved) is `folder` or lies below it.
    public static func isInside(_ url: URL, _ folder: URL) -> Bool {
        isInside(path: url.path, folder: folder.path)
    }

    /// True when `path` (resolved) is `folder` or lies below it.
    static func isInside(path: String, folder root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    /// `url` with symbolic links resolved: the longest existing prefix through realpath(3), the rest
    /// appended as written.
    public static func resolved(_ url: URL) -> URL {
        let standardized = url.standardizedFileURL
        guard let path = resolvedPathIfAnyExists(standardized.path) else { return standardized }
        return URL(fileURLWithPath: path)
    }

    /// `resolved(_:)` for a standardized absolute path (no `.`, `..` or empty parts).
    static func resolvedPath(_ path: String) -> String {
        resolvedPathIfAnyExists(path) ?? path
    }

    private static func resolvedPathIfAnyExists(_ path: String) -> String? {
        var existing = Substring(path)
        var rest: [Substring] = []
        while existing != "/", !existing.isEmpty {
            if let real = realpath(String(existing), nil) {
                defer { free(real) }
                return rest.reversed().reduce(String(cString: real)) { joined($0, String($1)) }
            }
            guard let slash = existing.lastIndex(of: "/") else { return nil }
            rest.append(existing[existing.index(after: slash)...])
            existing = slash == existing.startIndex ? "/" : existing[..<slash]
        }
        return nil
    }

    /// `resolvedPath` of `folder/relativePath`, walking only the relative part: the folder was resolved
    /// once, and realpath(3) reads every component of the whole path again (a readlink each, hundreds per
    /// render). Components that are plain files or folders are taken as they are; at the first symbolic
    /// link the whole path goes through realpath(3) as before, and from the first component that does not
    /// exist the rest is appended as written.
    func resolvedPath(below relativePath: String) -> String {
        var path = resolvedFolder.path
        let components = relativePath.split(separator: "/")
        for (index, component) in components.enumerated() {
            let next = Self.joined(path, String(component))
            var status = stat()
            if lstat(next, &status) != 0 {
                return components[index...].reduce(path) { Self.joined($0, String($1)) }
            }
            if (status.st_mode & S_IFMT) == S_IFLNK {
                return Self.resolvedPath(components[index...].reduce(path) { Self.joined($0, String($1)) })
            }
            path = next
        }
        return path
    }

    /// `folder/name`, with one slash between them.
    static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
