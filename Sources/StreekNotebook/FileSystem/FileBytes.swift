import Foundation
import StreekCore

/// Reads a whole file with plain error messages (see `FileSystemError`).
enum FileBytes {
    /// Reads into one buffer sized from `fstat`: a 33 MB table read through a doubling array would
    /// touch several times its size in fresh memory. A file that grows meanwhile is read to its end.
    static func read(_ url: URL, displayPath: String) throws -> [UInt8] {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw FileSystemError(path: displayPath, errno: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw FileSystemError(path: displayPath, errno: errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw FileSystemError(path: displayPath, reason: .isFolder) }
        // One spare byte: filling it means the file grew since `fstat`.
        var (bytes, complete) = try chunk(descriptor, capacity: max(Int(status.st_size), 0) + 1, displayPath: displayPath)
        while !complete {
            let (more, end) = try chunk(descriptor, capacity: max(bytes.count, 1 << 16), displayPath: displayPath)
            bytes += more
            complete = end
        }
        return bytes
    }

    /// Up to `capacity` bytes, and whether the end of the file was reached before the buffer filled.
    private static func chunk(_ descriptor: Int32, capacity: Int, displayPath: String) throws -> ([UInt8], Bool) {
        var failure: Int32 = 0, reachedEnd = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
            LargeBuffer.advise(UnsafeMutableRawBufferPointer(buffer))
            while count < buffer.count {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read == 0 { reachedEnd = true; return }
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                count += read
            }
        }
        if failure != 0 { throw FileSystemError(path: displayPath, errno: failure) }
        return (bytes, reachedEnd)
    }
}
