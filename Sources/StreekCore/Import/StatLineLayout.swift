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
        func filled(_ record: CSVRecords.Record) -> [String] {
            record.fields.map { $0.text.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        headerIndex = records.firstIndex { filled($0).count >= 2 } ?? 0
        titleLines = records[..<headerIndex].compactMap { filled($0).first }
        let width = records.isEmpty ? 0 : records[headerIndex].fields.count
        var end = records.count
        // Footer lines: one field, or padded to the width but starting with a footer word.
        while end > headerIndex + 1 {
            let record = records[end - 1], texts = filled(record)
            guard texts.count <= 1, width >= 2,
                  record.fields.count == 1 || texts.first.map(Self.looksLikeFooter) == true else { break }
            if let text = texts.first { footerLines.insert(text, at: 0) }
            end -= 1
        }
        dataRange = min(headerIndex + 1, records.count)..<max(end, min(headerIndex + 1, records.count))
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
