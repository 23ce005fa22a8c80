/// Why a file could not be read as a rendered notebook. Every case names the file.
public enum RenderedDocumentError: Error, Equatable, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    case notRendered(file: String)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason):
            "cannot read '\(file)': \(reason)"
        case .notRendered(let file):
            "'\(file)' is not a streek-rendered file: line 1 must be the header "
                + "'\(RenderedHeader.prefix)Notebooks/<name>.md (params: …; numbers: nl). Do not edit. -->'"
        }
    }
}
