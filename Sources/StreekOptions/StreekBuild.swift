import Foundation
import StreekNotebook

/// What identifies this streek in render cache keys: its version and the size and modification time of
/// its two executables, `streek` and `streek-preview` (both carry a renderer, and `streek watch` records keys
/// that `streek render` reads). Data and notebooks are compared by content; the executables only by their
/// stamps, because hashing them would cost more than the whole unchanged render. A rebuilt streek (say, a
/// developer's change to a renderer) thus renders everything once more instead of keeping renders it would
/// no longer make.
public enum StreekBuild {
    public static let identity: String = {
        guard let folder = executableFolder else { return StreekVersion.current }
        let stamps = Executable.allCases.map { stamp(of: folder.appendingPathComponent($0.rawValue)) }
        return "\(StreekVersion.current) (executables \(stamps.joined(separator: ", ")))"
    }()

    /// The programs of one installation; they live in the same folder.
    public enum Executable: String, CaseIterable, Sendable {
        case streek
        case preview = "streek-preview"
    }

    /// The folder of the running executable, symbolic links resolved. On Linux the kernel's
    /// /proc/self/exe names it directly (cheaper than `Bundle.main`, which every render would pay for).
    public static var executableFolder: URL? {
        #if os(Linux)
        var path = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &path, path.count - 1)
        if length > 0 {
            return URL(fileURLWithPath: String(decoding: path[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self))
                .deletingLastPathComponent()
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    /// Size and modification time from stat(2) (FileManager's attributes also look up owner names).
    private static func stamp(of file: URL) -> String {
        var status = stat()
        guard stat(file.path, &status) == 0 else { return "none" }
        #if os(Linux)
        let modified = status.st_mtim
        #else
        let modified = status.st_mtimespec
        #endif
        return "\(status.st_size) bytes, \(modified.tv_sec).\(modified.tv_nsec)"
    }
}
