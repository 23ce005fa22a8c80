import Foundation
import StreekCore

/// A temporary file next to its target, created exclusively under a random name (an existing name, or a
/// symbolic link planted under a predictable one, is never followed) and registered for removal on a
/// signal until it has been renamed into place or discarded.
final class StagedFile {
    let temporary: URL
    let target: URL
    private var slot: Int?
    private var isSettled = false

    /// Writes `contents` to a new temporary file beside `target`.
    init(contents: [UInt8], target: URL) throws {
        self.target = target
        let (url, descriptor, slot) = try Self.createExclusively(beside: target)
        temporary = url
        self.slot = slot
        defer { close(descriptor) }
        var written = 0
        while written < contents.count {
            let count = contents.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress! + written, contents.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                let error = FileSystemError(path: target.path, errno: errno)
                discard()
                throw error
            }
            written += count
        }
    }

    private init(temporary: URL, target: URL, slot: Int?) {
        self.temporary = temporary
        self.target = target
        self.slot = slot
    }

    /// A hard link to the current `target` under a temporary name, so it can be put back; nil when there
    /// is no target yet (or the file system has no hard links, which only loses the roll-back).
    static func backup(of target: URL) -> StagedFile? {
        for _ in 0..<8 {
            let url = temporaryName(beside: target, kind: "old")
            let slot = TemporaryFiles.register(url.path)
            if link(target.path, url.path) == 0 { return StagedFile(temporary: url, target: target, slot: slot) }
            let code = errno
            TemporaryFiles.unregister(slot)
            if code != EEXIST { return nil }
        }
        return nil
    }

    /// The temporary now is the target: nothing to remove any more.
    func markRenamed() {
        isSettled = true
        TemporaryFiles.unregister(slot)
        slot = nil
    }

    /// Removes the temporary file unless it was renamed into place.
    func discard() {
        guard !isSettled else { return }
        isSettled = true
        unlink(temporary.path)
        TemporaryFiles.unregister(slot)
        slot = nil
    }

    /// The name is registered for removal before the file exists, so a signal at any moment finds it.
    private static func createExclusively(beside target: URL) throws -> (URL, Int32, Int?) {
        for _ in 0..<8 {
            let url = temporaryName(beside: target, kind: "new")
            let slot = TemporaryFiles.register(url.path)
            let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if descriptor >= 0 { return (url, descriptor, slot) }
            let code = errno
            TemporaryFiles.unregister(slot)
            if code != EEXIST { throw FileSystemError(path: target.path, errno: code) }
        }
        throw FileSystemError(path: target.path, reason: .other(Message(nl: "kan er geen tijdelijk bestand naast maken",
                                                                        en: "cannot create a temporary file beside it")))
    }

    private static func temporaryName(beside target: URL, kind: String) -> URL {
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).streek-\(kind)-\(random).tmp")
    }
}
