import Foundation

/// Reads the project's CSV convention into a `Table`: optional `# key: value` metadata lines
/// (source, grain, title, note) before a header row; UTF-8 with or without BOM; LF or CRLF.
/// A column whose non-empty cells all read as plain decimal numbers (`-12`, `108.5`, `1e3`)
/// is numeric; an empty cell is a missing value, never 0. Every load goes through the one
/// byte-level reader, `CSVTableReader`; `dialect` names the separator, decimal mark and
/// missing-value symbols.
public enum CSVReader {
    public static let metadataKeys = ["source", "grain", "title", "note"]

    public static func read(contentsOf url: URL, dialect: CSVDialect = .standard) throws -> Table {
        try read(Data(contentsOf: url, options: .mappedIfSafe), origin: url.path, dialect: dialect)
    }

    /// Reads bytes already in memory (e.g. read once to be both hashed and parsed); `origin` names them in errors.
    public static func read(_ data: Data, origin: String, dialect: CSVDialect = .standard) throws -> Table {
        try data.withUnsafeBytes { raw in
            try CSVTableReader(buffer: raw.bindMemory(to: UInt8.self), origin: origin, dialect: dialect).read()
        }
    }

    public static func parse(_ text: String, origin: String, dialect: CSVDialect = .standard) throws -> Table {
        var text = text
        return try text.withUTF8 { try CSVTableReader(buffer: $0, origin: origin, dialect: dialect).read() }
    }

    /// Reads one `# key: value` line into `metadata`.
    static func apply(metadataLine line: String, lineNumber: Int, to metadata: inout TableMetadata, origin: String) throws {
        let content = trimmed(line.dropFirst())
        guard let colon = content.firstIndex(of: ":") else {
            throw CSVError(origin: origin, line: lineNumber, column: 1, message: "metadata line must read '# key: value'")
        }
        let key = trimmed(content[..<colon])
        let value = trimmed(content[content.index(after: colon)...])
        switch key {
        case "source": metadata.sources.append(value)
        case "grain": metadata.grain = value
        case "title": metadata.title = value
        case "note": metadata.notes.append(value)
        default:
            var message = "unknown metadata key '\(key)'"
            if let suggestion = Suggestion.closest(to: key, among: metadataKeys) { message += "; did you mean '\(suggestion)'?" }
            throw CSVError(origin: origin, line: lineNumber, column: 3, message: message)
        }
    }

    /// Without leading and trailing spaces and tabs (the characters of `CharacterSet.whitespaces`),
    /// without a trip through Foundation for every metadata line.
    private static func trimmed(_ text: Substring) -> String {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        return String(scalars[first...last])
    }

    /// A decimal number as the convention writes it (see `CSVNumber`).
    static func plainNumber(_ text: String) -> Double? {
        CSVNumber.parse(text)
    }
}
