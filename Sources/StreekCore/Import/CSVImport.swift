import Foundation

/// Reads a CSV file as it was exported (the project's own convention, StatLine's `;` downloads,
/// cbsodata and OData saves, spreadsheet exports) into a `Table`, with a report of what it found:
/// encoding → separator → the byte-level reader (layout, trimmed cells, decimal mark, column types
/// with missing-value flags) → period columns and region codes.
public enum CSVImport {
    public static func read(contentsOf url: URL, options: LoadOptions = .detected, origin: String? = nil) throws -> ImportedTable {
        let data = try Data(contentsOf: url, options: .mappedIfSafe)
        return try data.withUnsafeBytes { raw in
            try parse(raw.bindMemory(to: UInt8.self), origin: origin ?? url.path, options: options)
        }
    }

    public static func parse(_ bytes: [UInt8], origin: String, options: LoadOptions = .detected) throws -> ImportedTable {
        try bytes.withUnsafeBufferPointer { try parse($0, origin: origin, options: options) }
    }

    static func parse(_ buffer: UnsafeBufferPointer<UInt8>, origin: String, options: LoadOptions,
                      chunking: CSVChunking = .automatic) throws -> ImportedTable {
        let encoding = try TextDecoding.encoding(of: buffer, declared: options.encoding, origin: origin)
        if encoding == .windows1252 {
            let converted = TextDecoding.windows1252ToUTF8(buffer)
            var imported = try converted.withUnsafeBufferPointer { try readUTF8($0, origin: origin, options: options, chunking: chunking) }
            imported.report.encoding = .windows1252
            if options.encoding == nil {
                // Converting is the only reading of a single-byte file, but say so: the load line can make it explicit.
                imported.report.warnings.insert(CSVError(origin: origin, line: 1, column: 1, message: Message(
                    nl: "het bestand is geen UTF-8; het wordt gelezen als Windows-1252 (Latin-1); zet encoding \"windows-1252\" in de load-regel om dat vast te leggen",
                    en: "the file is not UTF-8; it is read as Windows-1252 (Latin-1); add encoding \"windows-1252\" to the load line to say so")), at: 0)
            }
            return imported
        }
        do {
            return try readUTF8(buffer, origin: origin, options: options, chunking: chunking)
        } catch let error as CSVError where error.message == .notUTF8 {
            // The sample looked like UTF-8 but a later byte is not: name it, or convert a pure single-byte file.
            if options.encoding == nil, try TextDecoding.isSingleByte(buffer, origin: origin) {
                var declared = options
                declared.encoding = .windows1252
                return try parse(buffer, origin: origin, options: declared, chunking: chunking)
            }
            throw TextDecoding.firstBadByte(buffer, origin: origin, declared: options.encoding != nil) ?? error
        }
    }

    private static func readUTF8(_ buffer: UnsafeBufferPointer<UInt8>, origin: String, options: LoadOptions,
                                 chunking: CSVChunking) throws -> ImportedTable {
        let separator = options.separator ?? SeparatorDetection.detect(buffer)
        let (table, report) = try CSVTableReader(buffer: buffer, origin: origin, separator: separator, options: options, chunking: chunking).read()
        var full = report
        full.hadByteOrderMark = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
        full.lineEnding = buffer.prefix(65_536).contains(UInt8(ascii: "\r")) ? "CRLF" : "LF"
        return ImportedTable(table: table, report: full)
    }
}
