import Foundation

/// Where the files of one side of a diff are read from: the file system, or a git revision (read with
/// `git show REV:./path`, so nothing is checked out).
public enum RenderFiles: Sendable, Equatable {
    case workingTree
    case revision(String)

    /// The file's bytes; nil when it does not exist there.
    func read(_ path: String) throws -> Data? {
        switch self {
        case .workingTree:
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
            if isDirectory.boolValue { throw RenderedDocumentError.unreadable(file: path, reason: .isDirectory) }
            do {
                return try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw RenderedDocumentError.unreadable(file: path, reason: .other((error as NSError).localizedDescription))
            }
        case .revision(let revision):
            return try Git.show(revision: revision, path: path)
        }
    }

    /// How a file is named in the report: `x.md`, or `REV:x.md`.
    func name(of path: String) -> String {
        switch self {
        case .workingTree: path
        case .revision(let revision): "\(revision):\(path)"
        }
    }
}

/// Runs git without a shell: arguments are passed as they are, so a revision cannot inject options or commands.
enum Git {
    static func show(revision: String, path: String) throws -> Data? {
        guard !revision.isEmpty, !revision.hasPrefix("-"), !revision.contains(":") else {
            throw RenderedDocumentError.unreadable(file: path, reason: .notARevision(revision))
        }
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // `REV:./name` is resolved against git's working directory, the file's own folder.
        process.arguments = ["git", "show", "\(revision):./\(url.lastPathComponent)"]
        process.currentDirectoryURL = url.deletingLastPathComponent()
        // git's own messages in the C locale, so that a path absent from the revision is recognised below.
        process.environment = ProcessInfo.processInfo.environment.merging(["LC_ALL": "C", "LANGUAGE": "C"]) { $1 }
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw RenderedDocumentError.unreadable(file: path, reason: .cannotRunGit(error.localizedDescription))
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            // A path that is not in the revision is an absent file (a render without sidecar); anything else is an error.
            if message.contains("does not exist in") || message.contains("exists on disk, but not in") { return nil }
            let reason = message.split(separator: "\n").first.map(String.init) ?? "git show failed"
            throw RenderedDocumentError.unreadable(file: "\(revision):\(path)", reason: .other(reason))
        }
        return data
    }
}
