import Foundation

/// Reads the project's CSV convention into a `Table`: optional `# key: value` metadata lines
/// (source, grain, title, note) before a header row; UTF-8 with or without BOM; LF or CRLF.
/// A column whose non-empty cells all read as plain decimal numbers (`-12`, `108.5`, `1e3`)
/// is numeric; an empty cell is a missing value, never 0.
public enum CSVReader {
    public static let metadataKeys = ["source", "grain", "title", "note"]

    public static func read(contentsOf url: URL) throws -> Table {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw CSVError(origin: url.path, line: 1, column: 1, message: "not valid UTF-8")
        }
        return try parse(text, origin: url.path)
    }

    public static func parse(_ text: String, origin: String) throws -> Table {
        let records = try CSVRecords.split(text, origin: origin).filter { !$0.isBlank }
        var metadata = TableMetadata()
        var index = 0
        while index < records.count, let line = records[index].metadata {
            try apply(metadataLine: line, lineNumber: records[index].line, to: &metadata, origin: origin)
            index += 1
        }
        guard index < records.count else {
            throw CSVError(origin: origin, line: (records.last?.line ?? 0) + 1, column: 1, message: "no header row")
        }
        let header = records[index]
        var names: [String] = []
        for field in header.fields {
            if field.text.isEmpty {
                throw CSVError(origin: origin, line: header.line, column: field.column, message: "empty column name")
            }
            if names.contains(field.text) {
                throw CSVError(origin: origin, line: header.line, column: field.column,
                               message: "duplicate column name '\(field.text)'")
            }
            names.append(field.text)
        }
        let body = records[(index + 1)...]
        for record in body where record.fields.count != names.count {
            let column = record.fields.count > names.count ? record.fields[names.count].column : record.endColumn
            throw CSVError(origin: origin, line: record.line, column: column,
                           message: "expected \(names.count) fields, found \(record.fields.count)")
        }
        let columns = names.indices.map { position in
            makeColumn(names[position], cells: body.map { $0.fields[position].text })
        }
        return Table(unchecked: columns, metadata: metadata)
    }

    /// Reads one `# key: value` line into `metadata`.
    static func apply(metadataLine line: String, lineNumber: Int, to metadata: inout TableMetadata, origin: String) throws {
        let content = line.dropFirst().trimmingCharacters(in: .whitespaces)
        guard let colon = content.firstIndex(of: ":") else {
            throw CSVError(origin: origin, line: lineNumber, column: 1, message: "metadata line must read '# key: value'")
        }
        let key = content[..<colon].trimmingCharacters(in: .whitespaces)
        let value = content[content.index(after: colon)...].trimmingCharacters(in: .whitespaces)
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

    private static func makeColumn(_ name: String, cells: [String]) -> Column {
        var numbers: [Double?] = []
        numbers.reserveCapacity(cells.count)
        for cell in cells {
            if cell.isEmpty { numbers.append(nil); continue }
            guard let number = plainNumber(cell) else {
                return Column(name, texts: cells.map { $0.isEmpty ? nil : $0 })
            }
            // A figure beyond Double's range (1e309) is not a measurement: missing, never infinity.
            numbers.append(number.isFinite ? number : nil)
        }
        return Column(name, numbers: numbers)
    }

    /// A decimal number as the convention writes it; rejects what `Double.init` would also
    /// accept but no data file means as a number (`nan`, `inf`, hex, spaces).
    static func plainNumber(_ text: String) -> Double? {
        let allowed = text.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || byte == 45 || byte == 43 || byte == 46 || byte == 101 || byte == 69
        }
        guard allowed, text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }) else { return nil }
        return Double(text)
    }
}
