import Foundation

/// A rendered notebook read back: its header line, its tables and its prose, each in file order.
public struct RenderedDocument: Sendable, Equatable {
    /// How the file is named in messages and reports (usually the path given on the command line).
    public var name: String
    public var header: RenderedHeader
    public var tables: [RenderedTable]
    /// Headings and sentences outside tables.
    public var prose: [ProseSentence]

    public init(name: String, header: RenderedHeader, tables: [RenderedTable], prose: [ProseSentence]) {
        self.name = name
        self.header = header
        self.tables = tables
        self.prose = prose
    }

    public var numberConvention: NumberConvention { header.numberConvention }

    /// Reads and parses the file at `path`.
    /// - Throws: `RenderedDocumentError` naming the file when it cannot be read or is not streek output.
    public static func load(path: String) throws -> RenderedDocument {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw RenderedDocumentError.unreadable(file: path, reason: Self.reason(for: error, path: path))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RenderedDocumentError.unreadable(file: path, reason: .notUTF8)
        }
        return try MarkdownReader.read(text, name: path)
    }

    private static func reason(for error: Error, path: String) -> RenderedDocumentError.Reason {
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) { return .noSuchFile }
        if isDirectory.boolValue { return .isDirectory }
        if access(path, R_OK) != 0 { return .permissionDenied }
        return .other((error as NSError).localizedDescription)
    }
}
