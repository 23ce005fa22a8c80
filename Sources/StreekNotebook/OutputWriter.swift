import Foundation

/// Writes rendered files so that a reader never sees half a file: each file is written to a temporary
/// file in the same folder and renamed over the target, and nothing is written unless everything rendered.
public enum OutputWriter {
    public static func write(_ files: [(url: URL, contents: String)]) throws {
        var staged: [(temporary: URL, target: URL)] = []
        defer { for file in staged { try? FileManager.default.removeItem(at: file.temporary) } }
        for file in files {
            try FileManager.default.createDirectory(at: file.url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = file.url.deletingLastPathComponent()
                .appendingPathComponent(".\(file.url.lastPathComponent).streek-\(ProcessInfo.processInfo.processIdentifier).tmp")
            try Data(file.contents.utf8).write(to: temporary)
            staged.append((temporary, file.url))
        }
        for file in staged {
            if rename(file.temporary.path, file.target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.target.path])
            }
        }
        staged.removeAll()
    }
}
