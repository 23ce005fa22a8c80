import Foundation
import StreekNotebook

/// Notices changes to the files a preview depends on by polling their `stat` stamps: portable (Linux and
/// macOS), no descriptors held, and at a few dozen files about a millisecond of work per second.
/// Paths are relative to the project root, as in `RenderInput`.
///
/// File systems stamp modification times from a coarse clock (a few milliseconds), so two writes of the
/// same size within one tick look alike. A stamp younger than `settling` is therefore not trusted on its
/// own: the file's digest is kept as well and compared until the stamp has aged.
final class ChangePoller {
    static let settling = 0.1

    let root: URL
    private var stamps: [String: Observation] = [:]
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
            stamps[path] = observe(path)
        }
        return adopted
    }

    /// The watched files that were written, replaced, created or removed since the last call.
    func poll() -> Set<String> {
        var changed: Set<String> = []
        for (path, old) in stamps {
            let new = observe(path)
            if new.stamp != old.stamp {
                changed.insert(path)
            } else if let digest = old.digest, digest != new.digest ?? ContentDigest(ofFileAt: url(path)) {
                changed.insert(path)
            }
            stamps[path] = new
        }
        for path in trees.flatMap(filesInTree) where stamps[path] == nil {
            stamps[path] = observe(path)
            changed.insert(path)
        }
        return changed
    }

    private struct Observation {
        var stamp: FileStamp
        /// Kept while the stamp is too young to tell two writes apart.
        var digest: ContentDigest?
    }

    private func observe(_ path: String) -> Observation {
        let stamp = FileStamp(path: url(path).path)
        let young = stamp.exists && stamp.age < Self.settling
        return Observation(stamp: stamp, digest: young ? ContentDigest(ofFileAt: url(path)) : nil)
    }

    private func url(_ path: String) -> URL {
        RenderInput.url(of: path, in: root)
    }

    /// Project-relative paths of the regular files under a folder.
    private func filesInTree(_ folder: String) -> [String] {
        let base = RenderInput.url(of: folder, in: root).path
        guard let enumerator = FileManager.default.enumerator(atPath: base) else { return [] }
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return enumerator.compactMap { $0 as? String }
            .filter { !$0.split(separator: "/").contains { $0.hasPrefix(".") } }
            .map { prefix + $0 }
            .filter { FileStamp(path: url($0).path).exists }
    }
}
