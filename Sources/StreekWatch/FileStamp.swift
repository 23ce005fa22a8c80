#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What `stat` says about a file: enough to notice that it was written, replaced or removed, at the cost
/// of one system call. Only a trigger: whether the content really changed is decided by its digest.
struct FileStamp: Equatable, Sendable {
    var exists: Bool
    var size: Int64 = 0
    var inode: UInt64 = 0
    var seconds: Int = 0
    var nanoseconds: Int = 0

    static let absent = FileStamp(exists: false)

    /// Seconds since the last modification, by the wall clock.
    var age: Double {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec - seconds) + Double(now.tv_nsec - nanoseconds) / 1e9
    }

    init(exists: Bool) { self.exists = exists }

    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            self = .absent
            return
        }
        exists = true
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
        seconds = Int(info.st_mtimespec.tv_sec)
        nanoseconds = Int(info.st_mtimespec.tv_nsec)
        #else
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
        #endif
    }
}
