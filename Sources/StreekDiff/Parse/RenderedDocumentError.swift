import StreekDocument

/// Why a file could not be read as a rendered notebook. Every case names the file; the words are chosen
/// when the message is written (`message(in:)`), Dutch unless asked otherwise.
public enum RenderedDocumentError: Error, Equatable, CustomStringConvertible {
    public enum Reason: Sendable, Equatable {
        case noSuchFile
        case isDirectory
        case permissionDenied
        case notUTF8
        case notARevision(String)
        case cannotRunGit(String)
        case sidecar(SidecarError)
        /// A message from git or the operating system, passed on as it is.
        case other(String)

        /// Why a sidecar could not be decoded.
        static func decoding(_ error: Error) -> Reason {
            (error as? SidecarError).map(Reason.sidecar) ?? .other(String(describing: error))
        }
    }

    case unreadable(file: String, reason: Reason)
    case notRendered(file: String)

    public func message(in language: NumberFormat.Language) -> String {
        let wording = DiffWording.of(language)
        switch self {
        case .unreadable(let file, let reason):
            return wording.cannotRead(file, wording.reason(reason))
        case .notRendered(let file):
            return wording.notRendered(file, "\(RenderedHeader.prefix)Notebooks/<name>.md (params: …; numbers: nl). Do not edit. -->")
        }
    }

    public var description: String { message(in: .nl) }
}
