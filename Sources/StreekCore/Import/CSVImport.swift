import Foundation

/// Reads a CSV file as it was exported (the project's own convention, StatLine's `;` downloads,
/// cbsodata and OData saves, spreadsheet exports) into a `Table`, with a report of what it found:
/// encoding → separator → layout (title, header, data, footer) → trimmed cells → decimal mark →
/// column types with missing-value flags → period columns and region codes.
public enum CSVImport {
    public static func read(contentsOf url: URL, options: LoadOptions = .detected, origin: String? = nil) throws -> ImportedTable {
        try parse(Array(try Data(contentsOf: url)), origin: origin ?? url.path, options: options)
    }

    public static func parse(_ bytes: [UInt8], origin: String, options: LoadOptions = .detected) throws -> ImportedTable {
        var report = ImportReport()
        let decoded = try TextDecoding.decode(bytes, declared: options.encoding, origin: origin)
        report.encoding = decoded.encoding
        report.hadByteOrderMark = decoded.hadByteOrderMark
        report.lineEnding = decoded.bytes.contains(UInt8(ascii: "\r")) ? "CRLF" : "LF"
        let separator = options.separator ?? SeparatorDetection.detect(decoded.bytes)
        let text = String(decoding: decoded.bytes, as: UTF8.self)
        let all = try CSVRecords.split(text, origin: origin, separator: Unicode.Scalar(separator)).filter { !$0.isBlank }

        var metadata = TableMetadata()
        var records = ArraySlice(all)
        while let line = records.first?.metadata {
            try CSVReader.apply(metadataLine: line, lineNumber: records.first!.line, to: &metadata, origin: origin)
            records = records.dropFirst()
        }
        let body = Array(records)
        guard !body.isEmpty else {
            throw CSVError(origin: origin, line: (all.last?.line ?? 0) + 1, column: 1, message: "no header row")
        }
        let layout = StatLineLayout(body)
        report.titleLines = layout.titleLines
        report.footerLines = layout.footerLines
        apply(layout, to: &metadata)

        var header = body[layout.headerIndex]
        report.headerLine = header.line
        if header.fields.count > 1, let last = header.fields.last, last.text.trimmingCharacters(in: .whitespaces).isEmpty {
            header.fields.removeLast()
            report.trailingSeparator = true
        }
        let names = try columnNames(header, options: options, origin: origin, report: &report)
        let rows = try dataRows(Array(body[layout.dataRange]), width: names.count, trailing: report.trailingSeparator, origin: origin)

        let declaredText = try resolve(options.textColumns, names: names, header: header)
        let declaredNumber = try resolve(options.numberColumns, names: names, header: header)
        let cells = names.indices.map { index in
            rows.map { ColumnTyping.Cell(text: $0.fields[index].text.trimmingCharacters(in: .whitespaces), line: $0.line, column: $0.fields[index].column) }
        }
        report.dialect = try DecimalMarkDetection.dialect(
            separator: separator, options: options, origin: origin,
            cells: cells.enumerated().filter { !declaredText.contains($0.offset) }.flatMap(\.element))
        var columns: [Column] = []
        for (index, name) in names.enumerated() {
            let typing = ColumnTyping(name: name, dialect: report.dialect, origin: origin)
            let declared: ColumnTyping.Declared = declaredText.contains(index) ? .text : declaredNumber.contains(index) ? .number : .detect
            let (column, warning) = try typing.column(cells[index], declared: declared)
            columns.append(column)
            if let warning { report.warnings.append(warning) }
        }
        columns = CBSColumns.enrich(columns, report: &report)
        return ImportedTable(table: try Table(columns: columns, metadata: metadata), report: report)
    }

    /// Title and footer lines become the table's title, sources and notes where the file has none.
    private static func apply(_ layout: StatLineLayout, to metadata: inout TableMetadata) {
        if metadata.title == nil, let title = layout.titleLines.first { metadata.title = title }
        for line in layout.footerLines {
            if let source = StatLineLayout.source(in: line) { metadata.sources.append(source) } else { metadata.notes.append(line) }
        }
    }

    private static func columnNames(_ header: CSVRecords.Record, options: LoadOptions, origin: String,
                                    report: inout ImportReport) throws -> [String] {
        var names: [String] = []
        for field in header.fields {
            let written = field.text.trimmingCharacters(in: .whitespaces)
            guard !written.isEmpty else {
                throw CSVError(origin: origin, line: header.line, column: field.column, message: "empty column name")
            }
            let name = options.snakeCaseNames ? HeaderNames.snakeCase(written) : written
            if let earlier = names.firstIndex(of: name) {
                let clash = options.snakeCaseNames && header.fields[earlier].text.trimmingCharacters(in: .whitespaces) != written
                    ? " ('\(header.fields[earlier].text.trimmingCharacters(in: .whitespaces))' and '\(written)' both become '\(name)' in snake_case)" : ""
                throw CSVError(origin: origin, line: header.line, column: field.column, message: "duplicate column name '\(name)'\(clash)")
            }
            if name != field.text { report.renamedHeaders.append((field.text, name)) }
            names.append(name)
        }
        return names
    }

    private static func dataRows(_ records: [CSVRecords.Record], width: Int, trailing: Bool, origin: String) throws -> [CSVRecords.Record] {
        try records.map { record in
            var record = record
            if record.fields.count == width + 1, let last = record.fields.last, last.text.trimmingCharacters(in: .whitespaces).isEmpty, !last.quoted {
                record.fields.removeLast()  // a trailing separator
            }
            if record.fields.count != width {
                let column = record.fields.count > width ? record.fields[width].column : record.endColumn
                throw CSVError(origin: origin, line: record.line, column: column, message: "expected \(width) fields, found \(record.fields.count)")
            }
            return record
        }
    }

    /// Positions of declared columns, by their name in the table or as the header writes them.
    private static func resolve(_ declared: [String], names: [String], header: CSVRecords.Record) throws -> Set<Int> {
        Set(try declared.map { name in
            if let index = names.firstIndex(of: name) ?? header.fields.firstIndex(where: { $0.text.trimmingCharacters(in: .whitespaces) == name }) {
                return index
            }
            throw TableError.unknownColumn(name, suggestion: Suggestion.closest(to: name, among: names))
        })
    }
}
