/// Splitting one line of a pipe table into cells, honouring `\|` escapes.
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

    /// Cell texts with surrounding spaces trimmed and `\|` turned back into `|`.
    static func cells(of line: String) -> [String] {
        var body = Substring(line.trimmingWhitespace())
        if body.hasPrefix("|") { body = body.dropFirst() }
        var cells: [String] = []
        var current = ""
        var escaping = false
        for character in body {
            if escaping {
                // Only `\|` is the renderer's escape; any other backslash stays as written.
                if character != "|" { current.append("\\") }
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == "|" {
                cells.append(current.trimmingWhitespace())
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaping { current.append("\\") }
        // A row normally ends with `|`; text after the last pipe is a final cell only if non-empty.
        let tail = current.trimmingWhitespace()
        if !tail.isEmpty { cells.append(tail) }
        return cells
    }
}
