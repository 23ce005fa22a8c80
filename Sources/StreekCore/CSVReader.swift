import Foundation

/// Reads the project's CSV convention into a `Table`: optional `# key: value` metadata lines
/// (source, grain, title, note) before a header row; UTF-8 with or without BOM; LF or CRLF.
/// A column whose non-empty cells all read as plain decimal numbers (`-12`, `108.5`, `1e3`)
/// is numeric; an empty cell is a missing value, never 0. Every load goes through `CSVImport`
/// and the one byte-level reader, `CSVTableReader`; other dialects (StatLine and the like) are
/// detected from the file or named in `options`.
public enum CSVReader {
    public static let metadataKeys = ["source", "grain", "title", "note"]

    public static func read(contentsOf url: URL, options: LoadOptions = .detected) throws -> Table {
        try CSVImport.read(contentsOf: url, options: options).table
    }

    public static func parse(_ text: String, origin: String, options: LoadOptions = .detected) throws -> Table {
        try CSVImport.parse(Array(text.utf8), origin: origin, options: options).table
    }

    /// With the separator, decimal mark, thousands separator and extra missing signs fixed by `dialect`.
    public static func parse(_ text: String, origin: String, dialect: CSVDialect) throws -> Table {
        try parse(text, origin: origin, options: LoadOptions(dialect))
    }

    /// Reads one `# key: value` line into `metadata`.
    static func apply(metadataLine line: String, lineNumber: Int, to metadata: inout TableMetadata, origin: String) throws {
        let content = trimmed(line.dropFirst())
        guard let colon = content.firstIndex(of: ":") else {
            throw CSVError(origin: origin, line: lineNumber, column: 1, message: Message(
                nl: "een regel met metagegevens heeft de vorm '# sleutel: waarde'", en: "metadata line must read '# key: value'"))
        }
        let key = trimmed(content[..<colon])
        let value = trimmed(content[content.index(after: colon)...])
        switch key {
        case "source": metadata.sources.append(value)
        case "grain": metadata.grain = value
        case "title": metadata.title = value
        case "note": metadata.notes.append(value)
        default:
            let message = Message(nl: "onbekende sleutel '\(key)' in de metagegevens", en: "unknown metadata key '\(key)'")
                + .didYouMean(Suggestion.closest(to: key, among: metadataKeys))
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
