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
        // One buffer the size the file says it has (plus a byte, to see the end in the same read): a zeroed
        // 64 KiB scratch buffer cost every small data file a page fault per 4 KiB. A file that grew after
        // `fstat` is read on in 64 KiB steps.
        var bytes: [UInt8] = []
        var size = max(Int(status.st_size), 0) + 1
        while true {
            var failure: Int32 = 0
            let chunk = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
                initialized = 0
                while initialized < buffer.count {
                    let count = Foundation.read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
                    if count < 0, errno == EINTR { continue }
                    if count < 0 { failure = errno }
                    if count <= 0 { return }
                    initialized += count
                }
            }
            if failure != 0 { throw FileSystemError(path: displayPath, errno: failure) }
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < size { return bytes }
            size = 1 << 16
        }
    }
}
