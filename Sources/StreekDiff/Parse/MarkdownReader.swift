/// Parses the text of a rendered Markdown file into a `RenderedDocument`.
public enum MarkdownReader {
    /// - Parameter name: how the file is named in errors and reports.
    /// - Throws: `RenderedDocumentError.notRendered` when line 1 is not a streek header.
    public static func read(_ text: String, name: String) throws -> RenderedDocument {
        // "\r\n" is a single Character in Swift, so it is a separator of its own.
        var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }.map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard let firstLine = lines.first, let header = RenderedHeader.parse(firstLine) else {
            throw RenderedDocumentError.notRendered(file: name)
        }

        let tableReader = TableBlockReader(lines: lines)
        var tables: [RenderedTable] = []
        var prose = ProseCollector(convention: header.numberConvention)
        var index = 1
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.trimmingWhitespace()
            if let (table, next) = tableReader.read(at: index) {
                prose.endParagraph()
                tables.append(table)
                index = next
                continue
            }
            if trimmed.isEmpty {
                prose.endParagraph()
            } else if let (level, title) = heading(trimmed) {
                prose.addHeading(title, level: level, line: index + 1)
            } else if let fence = fence(trimmed) {
                let end = lines[(index + 1)...].firstIndex { $0.trimmingWhitespace().hasPrefix(fence) } ?? lines.count
                prose.addVerbatim(lines[index..<min(end + 1, lines.count)].joined(separator: "\n"), line: index + 1)
                index = end + 1
                continue
            } else {
                // A list item or quote starts a paragraph of its own.
                if startsBlock(trimmed) { prose.endParagraph() }
                prose.addText(trimmed, line: index + 1)
            }
            index += 1
        }
        prose.endParagraph()
        return RenderedDocument(name: name, header: header, tables: tables, prose: prose.items)
    }

    /// Level and text of an ATX heading (`## Migratie` → 2, "Migratie").
    private static func heading(_ line: String) -> (Int, String)? {
        let hashes = line.prefix { $0 == "#" }.count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var title = rest.trimmingWhitespace()
        while title.hasSuffix("#") { title.removeLast() }
        return (hashes, title.trimmingWhitespace())
    }

    /// The fence marker when the line opens a fenced code block.
    private static func fence(_ line: String) -> String? {
        for marker in ["```", "~~~"] where line.hasPrefix(marker) { return marker }
        return nil
    }

    private static func startsBlock(_ line: String) -> Bool {
        if line.hasPrefix("- ") || line.hasPrefix("* ") || line.hasPrefix("+ ") || line.hasPrefix(">") { return true }
        let digits = line.prefix { $0.isASCIIDigit }
        return !digits.isEmpty && (line.dropFirst(digits.count).hasPrefix(". ") || line.dropFirst(digits.count).hasPrefix(") "))
    }
}
