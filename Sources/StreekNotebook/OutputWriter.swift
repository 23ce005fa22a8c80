import Foundation

/// Writes rendered files so that a reader never sees half a file: each file is written to a temporary
/// file in the same folder and renamed over the target, and nothing is written unless everything rendered.
public enum OutputWriter {
    /// Writes every file of one render into `folder` (paths in `files` are relative to it).
    public static func write(_ files: [OutputFile], into folder: URL) throws {
        var staged: [(temporary: URL, target: URL)] = []
        defer { for file in staged { try? FileManager.default.removeItem(at: file.temporary) } }
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).streek-\(ProcessInfo.processInfo.processIdentifier).tmp")
            try FileBytes.write(file.contents, to: temporary)
            staged.append((temporary, url))
        }
        for file in staged {
            if rename(file.temporary.path, file.target.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.target.path])
            }
        }
        staged.removeAll()
    }
}

extension OutputWriter {
    /// Figure files (`<baseName>/*.svg`) in `folder` that this render no longer produces: a chart or map
    /// that was renamed or removed. The figure folder belongs to its notebook's render, so they are stale.
    public static func leftoverFigures(in folder: URL, baseName: String, keeping files: [OutputFile]) -> [URL] {
        let figures = folder.appendingPathComponent(baseName, isDirectory: true)
        let kept = Set(files.map(\.path))
        let names = (try? FileManager.default.contentsOfDirectory(atPath: figures.path)) ?? []
        return names.filter { $0.hasSuffix(".svg") && !kept.contains(baseName + "/" + $0) }.sorted()
            .map { figures.appendingPathComponent($0) }
    }
}
