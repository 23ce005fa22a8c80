import Foundation
import StreekCore

/// A file-system failure in plain words ("not found", "is a folder", …) with the path it concerns,
/// instead of a platform error text such as `NSCocoaErrorDomain Code=516`.
public struct FileSystemError: Error, Sendable, BilingualDescription {
    public enum Reason: Sendable, Equatable {
        case notFound, isFolder, notAFolder, permissionDenied, exists, outsideFolder(String), other(Message)
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
        default: .other(Message(verbatim: String(cString: strerror(code)).lowercased()))
        }
        self.init(path: path, reason: reason)
    }

    public var message: Message {
        let reason: Message = switch self.reason {
        case .notFound: Message(nl: "niet gevonden", en: "not found")
        case .isFolder: Message(nl: "is een map, geen bestand", en: "is a folder, not a file")
        case .notAFolder: Message(nl: "een deel van dit pad is een bestand, geen map", en: "a part of this path is a file, not a folder")
        case .permissionDenied: Message(nl: "geen toestemming", en: "permission denied")
        case .exists: Message(nl: "bestaat al", en: "already exists")
        case .outsideFolder(let folder):
            Message(nl: "ligt buiten \(folder) (een symbolische link of '..' mag er niet uit leiden)",
                    en: "lies outside \(folder) (a symbolic link or '..' may not lead out of it)")
        case .other(let text): text
        }
        return Message(verbatim: "\(path): ") + reason
    }

    public func description(in language: Language) -> String { message.text(in: language) }
}
