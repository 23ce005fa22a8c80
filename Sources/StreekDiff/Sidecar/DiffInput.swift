import Foundation
import StreekDocument

/// One side of a diff as found: a sidecar (`x.json` given, or beside the given `x.md`), and the Markdown
/// for the frozen reader when there is no sidecar on both sides.
struct DiffInput {
    var name: String
    var markdownPath: String
    var sidecar: Sidecar?
    let files: RenderFiles

    init(path: String, files: RenderFiles) throws {
        self.files = files
        let isJSON = path.hasSuffix(".json")
        let base = path.hasSuffix(".md") || isJSON ? String(path[..<path.lastIndex(of: ".")!]) : path
        markdownPath = isJSON ? base + ".md" : path
        let sidecarPath = base + ".json"
        name = files.name(of: path)
        if let data = try files.read(sidecarPath) {
            do {
                sidecar = try Sidecar.decode(data)
            } catch {
                throw RenderedDocumentError.unreadable(file: files.name(of: sidecarPath), reason: .decoding(error))
            }
        } else if isJSON {
            throw RenderedDocumentError.unreadable(file: name, reason: .noSuchFile)
        }
    }

    /// The rendered Markdown read back (for renders without a sidecar).
    func markdown() throws -> RenderedDocument {
        guard let data = try files.read(markdownPath) else {
            throw RenderedDocumentError.unreadable(file: files.name(of: markdownPath), reason: .noSuchFile)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RenderedDocumentError.unreadable(file: files.name(of: markdownPath), reason: .notUTF8)
        }
        return try MarkdownReader.read(text, name: files.name(of: markdownPath))
    }
}
