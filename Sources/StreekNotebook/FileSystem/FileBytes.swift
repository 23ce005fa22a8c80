import Foundation

/// Reads a whole file with plain error messages (see `FileSystemError`).
enum FileBytes {
    static func read(_ url: URL, displayPath: String) throws -> [UInt8] {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: displayPath, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileSystemError(path: displayPath, errno: errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: displayPath, reason: .isFolder) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw FileSystemError(path: displayPath, errno: errno)
            }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}
