import Foundation
import StreekNotebook

/// What identifies this streek in render cache keys: its version and the size and modification time of
/// its executable. Data and notebooks are compared by content; the executable only by its stamp, because
/// hashing it would cost more than the whole unchanged render. A rebuilt streek (say, a developer's
/// change to a renderer) thus renders everything once more instead of keeping renders it would no longer make.
enum StreekBuild {
    static let identity: String = {
        guard let path = Bundle.main.executablePath,
              let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return StreekVersion.current }
        let size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(StreekVersion.current) (executable \(size) bytes, \(modified))"
    }()
}

extension RenderJob {
    /// This render as the render cache names it.
    func cacheJob(_ renderer: NotebookRenderer) -> RenderCache.Job {
        RenderCache.Job(notebook: renderer.displayPath(of: notebook), baseName: baseName, parameters: parameters)
    }
}
