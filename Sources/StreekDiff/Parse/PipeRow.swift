/// Splitting one line of a pipe table into cells, honouring backslash escapes (`\|` is not a divider).
enum PipeRow {
    /// True for a line that starts with `|` (after indentation).
    static func isRow(_ line: String) -> Bool {
        line.trimmingWhitespace().hasPrefix("|")
    }

    /// True for the alignment row, e.g. `| :-- | --: |`.
    static func isAlignmentRow(_ line: String) -> Bool {
        guard isRow(line) else { return false }
        let cells = cells(of: line)
        return !cells.isEmpty && cells.allSatisfy { cell in
            !cell.isEmpty && cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" }
        }
    }

    /// Cell texts with surrounding spaces trimmed and escapes removed (`A \| B` → `A | B`).
    static func cells(of line: String) -> [String] {
        var body = Substring(line.trimmingWhitespace())
        if body.hasPrefix("|") { body = body.dropFirst() }
        var rawCells: [String] = []
        var current = ""
        var afterBackslash = false
        for character in body {
            if character == "|" && !afterBackslash {
                rawCells.append(current)
                current = ""
            } else {
                current.append(character)
            }
            afterBackslash = character == "\\" && !afterBackslash
        }
        // A row normally ends with `|`; text after the last pipe is a final cell only if non-empty.
        if !current.trimmingWhitespace().isEmpty { rawCells.append(current) }
        return rawCells.map { MarkdownEscapes.unescape(unbold($0.trimmingWhitespace())) }
    }

    /// A total row's cell is bold, `**1.304**`; a literal asterisk in a cell is escaped, so this is markup.
    private static func unbold(_ cell: String) -> String {
        guard cell.count > 4, cell.hasPrefix("**"), cell.hasSuffix("**") else { return cell }
        return String(cell.dropFirst(2).dropLast(2))
    }
}
