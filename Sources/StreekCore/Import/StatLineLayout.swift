/// Where the table is in a file as StatLine writes it: title lines above the header (one filled
/// field each, such as "Bevolkingsontwikkeling; regio per maand"), the header, the data rows, and
/// footer lines below them ("Bron: CBS", the download date). Files in the project's own convention
/// have no title or footer and come out unchanged.
struct StatLineLayout {
    var titleLines: [String] = []
    var headerIndex: Int
    var dataRange: Range<Int>
    var footerLines: [String] = []

    /// `records`: the file's records without metadata and blank lines.
    init(_ records: [CSVRecords.Record]) {
        headerIndex = records.firstIndex { !Self.isSingleText($0) } ?? 0
        titleLines = records[..<headerIndex].map { Self.text(of: $0) }
        let width = records.isEmpty ? 0 : records[headerIndex].fields.count
        var end = records.count
        while end > headerIndex + 1, width >= 2 {
            let record = records[end - 1], text = Self.text(of: record)
            guard Self.isSingleText(record), text.contains(where: \.isLetter),
                  record.fields.count == 1 || Self.looksLikeFooter(text) else { break }
            footerLines.insert(text, at: 0)
            end -= 1
        }
        dataRange = min(headerIndex + 1, records.count)..<max(end, min(headerIndex + 1, records.count))
    }

    /// One field only, or a quoted first field followed by empty unquoted ones (a padded title line).
    private static func isSingleText(_ record: CSVRecords.Record) -> Bool {
        guard let first = record.fields.first else { return false }
        if record.fields.count == 1 { return true }
        return first.quoted && record.fields.dropFirst().allSatisfy { $0.text.isEmpty && !$0.quoted }
    }

    private static func text(of record: CSVRecords.Record) -> String {
        record.fields.first?.text.trimmingCharacters(in: .whitespaces) ?? ""
    }

    static let footerWords = ["Bron", "Source", "©", "(c)", "Centraal Bureau voor de Statistiek", "Statistics Netherlands", "CBS"]

    static func looksLikeFooter(_ text: String) -> Bool {
        footerWords.contains { text.hasPrefix($0) }
    }

    /// "Bron: CBS" → "CBS"; nil for a footer line that names no source.
    static func source(in line: String) -> String? {
        for word in ["Bron", "Source"] where line.hasPrefix(word) {
            let rest = line.dropFirst(word.count).drop { $0 == ":" || $0 == " " }
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }
}

import Foundation
