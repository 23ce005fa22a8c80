/// The lines around the table as StatLine writes them: title lines above the header (one filled
/// field each, such as "Bevolkingsontwikkeling; regio per maand") and footer lines below the data
/// ("Bron: CBS", the download date). Files in the project's own convention have neither.
struct StatLineLayout {
    private(set) var titleLines: [String] = []
    private(set) var footerLines: [String] = []

    /// Skips title lines: records with one field (or a quoted first field and empty ones) before a
    /// record with more. A file whose first lines all have one field is a one-column table: no titles.
    /// Leaves the cursor at the header.
    mutating func skipTitleLines(_ cursor: inout ByteCursor) throws {
        var scratch: [UInt8] = []
        var ahead = cursor, titles: [String] = []
        while !ahead.atEnd, titles.count < 20 {
            if ahead.skipBlankLine() { continue }
            let start = ahead
            guard let title = try Self.shape(&ahead, scratch: &scratch).singleText else {
                if !titles.isEmpty { titleLines = titles; cursor = start }
                return
            }
            titles.append(title)
            ahead.consumeLineEnd()
        }
    }

    /// Where the footer starts: trailing lines with a single text that has letters (padded lines
    /// only when they start like a footer, so a data row with all values missing stays data). A
    /// one-column table has no footer: every line is a row.
    mutating func footerStart(_ buffer: UnsafeBufferPointer<UInt8>, separator: UInt8, origin: String, columns: Int) throws -> Int {
        var end = buffer.count
        guard columns >= 2 else { return end }
        var scratch: [UInt8] = []
        while end > 0 {
            var lineEnd = end
            while lineEnd > 0, buffer[lineEnd - 1] == ByteCursor.newline || buffer[lineEnd - 1] == ByteCursor.carriageReturn { lineEnd -= 1 }
            var lineStart = lineEnd
            while lineStart > 0, buffer[lineStart - 1] != ByteCursor.newline, buffer[lineStart - 1] != ByteCursor.carriageReturn { lineStart -= 1 }
            guard lineStart < lineEnd else { return end }
            var cursor = ByteCursor(buffer: UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]), origin: origin, separator: separator)
            guard let shape = try? Self.shape(&cursor, scratch: &scratch), cursor.atEnd, let text = shape.singleText,
                  text.contains(where: \.isLetter), shape.fields == 1 || Self.looksLikeFooter(text) else { return end }
            footerLines.insert(text, at: 0)
            end = lineStart
        }
        return end
    }

    /// Title and footer lines become the table's title, sources and notes where the file has none.
    func apply(to metadata: inout TableMetadata) {
        if metadata.title == nil, let title = titleLines.first { metadata.title = title }
        for line in footerLines {
            if let source = Self.source(in: line) { metadata.sources.append(source) } else { metadata.notes.append(line) }
        }
    }

    private static func shape(_ cursor: inout ByteCursor, scratch: inout [UInt8]) throws -> (fields: Int, singleText: String?) {
        var first: String?, firstQuoted = false, othersEmpty = true, othersQuoted = false
        let buffer = cursor.buffer
        let count = try cursor.readRecord(scratch: &scratch) { index, bytes, start in
            if index == 0 {
                first = String(decoding: CSVTableReader.trimmed(bytes), as: UTF8.self)
                firstQuoted = start < buffer.count && buffer[start] == ByteCursor.quote
            } else {
                if !CSVTableReader.trimmed(bytes).isEmpty { othersEmpty = false }
                if start < buffer.count, buffer[start] == ByteCursor.quote { othersQuoted = true }
            }
        }
        let single = count == 1 || (firstQuoted && othersEmpty && !othersQuoted)
        return (count, single && first?.isEmpty == false ? first : nil)
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
