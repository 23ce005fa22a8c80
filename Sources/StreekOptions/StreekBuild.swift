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

    /// The folder of the running executable, symbolic links resolved (the kernel's /proc/self/exe on Linux).
    public static var executableFolder: URL? {
        Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
    }

    private static func stamp(of file: URL) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path) else { return "none" }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(size) bytes, \(modified)"
    }
}
