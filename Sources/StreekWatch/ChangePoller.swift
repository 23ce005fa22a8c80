import Foundation

/// Notices changes to the files a preview depends on by polling their `stat` stamps: portable (Linux and
/// macOS), no descriptors held, and at a few dozen files about a millisecond of work per second.
/// Paths are relative to the project root, as in `RenderInput`.
final class ChangePoller {
    let root: URL
    private var stamps: [String: FileStamp] = [:]
    private var files: Set<String> = []
    private var trees: Set<String> = []

    init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Watches exactly these files, and every file in these folders (so that a file a failed render
    /// looked for is noticed when it appears). Newly watched files are taken as they are now.
    /// Returns the files newly watched.
    @discardableResult
    func watch(files: Set<String>, trees: Set<String>) -> Set<String> {
        self.files = files
        self.trees = trees
        let watched = files.union(trees.flatMap(filesInTree))
        stamps = stamps.filter { watched.contains($0.key) }
        let adopted = watched.filter { stamps[$0] == nil }
        for path in adopted {
            stamps[path] = stamp(path)
        }
        return adopted
    }

    /// The watched files that were written, replaced, created or removed since the last call.
    func poll() -> Set<String> {
        var changed: Set<String> = []
        for (path, old) in stamps {
            let new = stamp(path)
            if new != old {
                stamps[path] = new
                changed.insert(path)
            }
        }
        for path in trees.flatMap(filesInTree) where stamps[path] == nil {
            stamps[path] = stamp(path)
            changed.insert(path)
        }
        return changed
    }

    private func stamp(_ path: String) -> FileStamp {
        FileStamp(path: URL(fileURLWithPath: path, relativeTo: root).path)
    }

    /// Project-relative paths of the regular files under a folder.
    private func filesInTree(_ folder: String) -> [String] {
        let base = URL(fileURLWithPath: folder, relativeTo: root).standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return enumerator.compactMap { $0 as? String }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { prefix + $0 }
            .filter { FileStamp(path: URL(fileURLWithPath: $0, relativeTo: root).path).exists }
    }
}
