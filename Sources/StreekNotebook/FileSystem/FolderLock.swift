import Foundation

/// An exclusive lock on a folder (flock(2) on the folder itself, so no lock file is left behind): two
/// renders into the same folder take turns, and each replaces its whole set of files before the other
/// starts. The lock ends when the value is released or the process exits.
final class FolderLock {
    private let descriptor: Int32

    init(_ folder: URL) throws {
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: folder.path, errno: errno) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let error = FileSystemError(path: folder.path, errno: errno)
                close(descriptor)
                throw error
            }
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
