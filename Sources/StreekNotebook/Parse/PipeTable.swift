/// A table written by the author in the prose as a GitHub pipe table:
///
///     | gemeente | saldo |
///     | :-- | --: |
///     | Hoogeveen | −434 |
///
/// libcmark 0.30 knows no tables, so a paragraph is checked for one with the GFM rules: a header row, a
/// delimiter row with as many cells, then body rows (missing cells are empty, extra cells dropped). Cells
/// are split on `|` that is not escaped (`\|` is a literal bar, also inside code).
struct PipeTable: Equatable {
    enum Alignment: Equatable { case left, center, right }

    /// Paragraph lines before the table (GFM lets a table interrupt a paragraph).
    var leadingLines: [String]
    var header: [String]
    var alignments: [Alignment?]
    var rows: [[String]]

    /// The table in a paragraph's lines, or nil when they hold none.
    static func parse(_ lines: [String]) -> PipeTable? {
        guard lines.count >= 2 else { return nil }
        for start in 0..<(lines.count - 1) {
            guard lines[start].contains("|"), let alignments = delimiterRow(lines[start + 1]) else { continue }
            let header = cells(of: lines[start])
            guard header.count == alignments.count else { continue }
            let rows = lines[(start + 2)...].map { line in
                let found = cells(of: line)
                return (0..<header.count).map { $0 < found.count ? found[$0] : "" }
            }
            return PipeTable(leadingLines: Array(lines[..<start]), header: header, alignments: alignments, rows: rows)
        }
        return nil
    }

    /// `| :-- | --: | :-: |` → alignments, or nil when the line is not a delimiter row.
    static func delimiterRow(_ line: String) -> [Alignment?]? {
        let parts = cells(of: line)
        guard !parts.isEmpty, line.contains("-"), line.contains("|") || parts.count > 1 else { return nil }
        var alignments: [Alignment?] = []
        for part in parts {
            let dashes = part.trimmingPrefix(":").dropLast(part.hasSuffix(":") && part.count > 1 ? 1 : 0)
            guard !dashes.isEmpty, dashes.allSatisfy({ $0 == "-" }) else { return nil }
            switch (part.hasPrefix(":"), part.hasSuffix(":")) {
            case (true, true): alignments.append(.center)
            case (false, true): alignments.append(.right)
            case (true, false): alignments.append(.left)
            case (false, false): alignments.append(nil)
            }
        }
        return alignments
    }

    /// The trimmed cells of a row; a leading and a trailing `|` are optional, `\|` stays a bar.
    static func cells(of line: String) -> [String] {
        var text = Substring(line.trimmingWhitespace())
        if text.hasPrefix("|") { text = text.dropFirst() }
        if text.hasSuffix("|"), !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = [], current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character == "|" ? "|" : "\\" + String(character))
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingWhitespace())
        return cells
    }
}

private extension StringProtocol {
    func trimmingWhitespace() -> String {
        String(drop(while: { $0 == " " || $0 == "\t" }).reversed().drop(while: { $0 == " " || $0 == "\t" }).reversed())
    }
}
