import Foundation

/// A file-system failure in plain words ("not found", "is a folder", …) with the path it concerns,
/// instead of a platform error text such as `NSCocoaErrorDomain Code=516`.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case notFound, isFolder, notAFolder, permissionDenied, exists, outsideFolder(String), other(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The reason for a C library `errno`.
    init(path: String, errno code: Int32) {
        let reason: Reason = switch code {
        case ENOENT: .notFound
        case EISDIR: .isFolder
        case ENOTDIR: .notAFolder
        case EACCES, EPERM, EROFS: .permissionDenied
        case EEXIST: .exists
        default: .other(String(cString: strerror(code)).lowercased())
        }
        self.init(path: path, reason: reason)
    }

    public var description: String {
        switch reason {
        case .notFound: "\(path): not found"
        case .isFolder: "\(path): is a folder, not a file"
        case .notAFolder: "\(path): a part of this path is a file, not a folder"
        case .permissionDenied: "\(path): permission denied"
        case .exists: "\(path): already exists"
        case .outsideFolder(let folder): "\(path): lies outside \(folder) (a symbolic link or '..' may not lead out of it)"
        case .other(let text): "\(path): \(text)"
        }
    }
}
