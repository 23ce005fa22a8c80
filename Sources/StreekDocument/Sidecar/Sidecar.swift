import Foundation
import StreekCore

/// The stored, typed projection of one render (`Rendered/<name>.json`): what `streek diff` compares instead
/// of reading the Markdown back. Every value is kept raw and also as the text the renderers wrote.
///
/// The schema is versioned: a reader refuses a `schemaVersion` it does not know. Keys are written sorted
/// and pretty-printed, so a re-render shows up in git as a readable diff. See
/// `Notebooks/handleiding.md` (section "Het zijbestand") for the reference.
public struct Sidecar: Sendable, Codable, Equatable {
    public static let schemaName = "streek-sidecar"
    public static let currentVersion = 1

    public var schema: String
    public var schemaVersion: Int
    public var streekVersion: String
    /// The notebook as read, with the SHA-256 of its bytes.
    public var notebook: InputFile
    public var numbers: NumberFormat.Language
    public var parameters: [Parameter]
    /// Every data file the render read, by path, with the SHA-256 of its bytes.
    public var dataFiles: [InputFile]
    /// The blocks that show something (tables, text, charts), in notebook order.
    public var blocks: [SidecarBlock]
    /// Every live figure, in notebook order.
    public var figures: [SidecarFigure]

    public struct InputFile: Sendable, Codable, Equatable {
        public var path: String
        /// 64 lowercase hex digits; nil for an optional file the render looked for and did not find.
        public var sha256: String?

        public init(path: String, sha256: String?) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public struct Parameter: Sendable, Codable, Equatable {
        public var name: String
        public var value: Value
        public var text: String
    }

    /// The projection of `document`. `notebook` and `dataFiles` come from the renderer, which read the files.
    public init(document: Document, streekVersion: String, notebook: InputFile, dataFiles: [InputFile]) {
        let format = document.numberFormat
        schema = Self.schemaName
        schemaVersion = Self.currentVersion
        self.streekVersion = streekVersion
        self.notebook = notebook
        numbers = document.language
        parameters = document.parameters.map {
            Parameter(name: $0.name, value: $0.value.storable, text: format.format($0.value, as: .key))
        }
        self.dataFiles = dataFiles.sorted { $0.path < $1.path }
        blocks = document.blocks.enumerated().compactMap { index, placed in
            placed.content.map { SidecarBlock($0, index: index, line: placed.span.line, format: format) }
        }
        figures = FigureContext(document: document).figures()
    }

    public var numberFormat: NumberFormat { NumberFormat(numbers) }

    /// Pretty-printed JSON with sorted keys and a final newline: the same document gives the same bytes,
    /// the bytes `JSONEncoder` would write (see `PrettyJSON`).
    public func encoded() throws -> [UInt8] {
        var json = PrettyJSON()
        write(to: &json)
        json.newline()
        return json.bytes
    }

    /// Reads a sidecar, refusing other files and schema versions it does not know.
    public static func decode(_ data: Data) throws -> Sidecar {
        struct Header: Decodable {
            var schema: String?
            var schemaVersion: Int?
        }
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw SidecarError.notASidecar("not JSON: \(error.localizedDescription)")
        }
        guard header.schema == schemaName, let version = header.schemaVersion else {
            throw SidecarError.notASidecar("no \"schema\": \"\(schemaName)\" with a schemaVersion")
        }
        guard version == currentVersion else { throw SidecarError.unsupportedVersion(version) }
        let sidecar: Sidecar
        do {
            sidecar = try JSONDecoder().decode(Sidecar.self, from: data)
        } catch {
            throw SidecarError.notASidecar("does not follow schema version \(version): \(error)")
        }
        for block in sidecar.blocks {
            let width = block.columns?.count ?? 0
            if let row = (block.rows ?? []).firstIndex(where: { $0.values.count != width || $0.texts.count != width }) {
                throw SidecarError.notASidecar("block at line \(block.line): row \(row + 1) does not have one value and one text per column")
            }
        }
        return sidecar
    }
}

/// Why bytes could not be read as a sidecar.
public enum SidecarError: Error, Equatable, CustomStringConvertible {
    case notASidecar(String)
    case unsupportedVersion(Int)

    public var description: String {
        switch self {
        case .notASidecar(let reason): "not a streek sidecar: \(reason)"
        case .unsupportedVersion(let version):
            "sidecar schema version \(version) is not supported (this streek reads version \(Sidecar.currentVersion)); re-render with this streek"
        }
    }
}

extension Value {
    /// The value as the sidecar stores it: JSON has no NaN or infinity, so those are missing, as the
    /// renderers show them.
    var storable: Value {
        if case .number(let number) = self, !number.isFinite { return .missing }
        return self
    }
}
