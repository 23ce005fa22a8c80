/// Recognises a table block in rendered Markdown:
///
///     <a id="verhuismutaties"></a>
///     **Caption**
///
///     | Gemeente | Vestiging 2011 |
///     | :-- | --: |
///     | Hoogeveen | 1.304 |
///
///     *Bron: …*
///
/// A block needs a pipe table (header plus alignment row) or an anchor (a table that rendered no rows
/// has only anchor, caption and `*Geen gegevens voor 2016.*`). A bold paragraph on its own is prose.
/// Caption, cells and notes are unescaped (`\*`, `\<`, `\|`).
struct TableBlockReader {
    let lines: [String]

    /// The table block starting at `start` and the index of the first line after it, if one starts there.
    func read(at start: Int) -> (table: RenderedTable, next: Int)? {
        var index = start
        let anchor = Self.anchorID(lines[index])
        if anchor != nil { index = nextNonBlank(after: index) }
        var caption: String?
        if index < lines.count, let bold = Self.boldText(lines[index]) {
            caption = bold
            index = nextNonBlank(after: index)
        }
        var columns: [String] = []
        var rows: [[String]] = []
        if index + 1 < lines.count, PipeRow.isRow(lines[index]), PipeRow.isAlignmentRow(lines[index + 1]) {
            columns = PipeRow.cells(of: lines[index])
            index += 2
            while index < lines.count, PipeRow.isRow(lines[index]) {
                rows.append(Self.fitted(PipeRow.cells(of: lines[index]), to: columns.count))
                index += 1
            }
        } else if anchor == nil {
            return nil
        }
        var notes: [String] = []
        var afterNotes = index
        var probe = index
        while true {
            while probe < lines.count, lines[probe].trimmingWhitespace().isEmpty { probe += 1 }
            guard probe < lines.count, let note = Self.italicText(lines[probe]) else { break }
            notes.append(note)
            probe += 1
            afterNotes = probe
        }
        let table = RenderedTable(
            anchor: anchor, caption: caption, columns: columns, rows: rows, notes: notes, line: start + 1)
        return (table, afterNotes)
    }

    private func nextNonBlank(after index: Int) -> Int {
        var next = index + 1
        while next < lines.count, lines[next].trimmingWhitespace().isEmpty { next += 1 }
        return next
    }

    /// Pads short rows with empty cells and drops cells beyond the header, so rows line up with columns.
    private static func fitted(_ cells: [String], to count: Int) -> [String] {
        Array((cells + Array(repeating: "", count: max(0, count - cells.count))).prefix(count))
    }

    /// `x` from `<a id="x"></a>`.
    static func anchorID(_ line: String) -> String? {
        let line = line.trimmingWhitespace()
        let open = "<a id=\"", close = "\"></a>"
        guard line.hasPrefix(open), line.hasSuffix(close), line.count > open.count + close.count else { return nil }
        let id = line.dropFirst(open.count).dropLast(close.count)
        return id.contains("\"") ? nil : String(id)
    }

    /// `text` from a line that is exactly `**text**`.
    static func boldText(_ line: String) -> String? {
        let line = line.trimmingWhitespace()
        guard line.count > 4, line.hasPrefix("**"), line.hasSuffix("**") else { return nil }
        let inner = line.dropFirst(2).dropLast(2)
        return inner.contains("**") ? nil : MarkdownEscapes.unescape(String(inner))
    }

    /// `text` from a line that is exactly `*text*` (not bold).
    static func italicText(_ line: String) -> String? {
        let line = line.trimmingWhitespace()
        guard line.count > 2, line.hasPrefix("*"), line.hasSuffix("*"), !line.hasPrefix("**") else { return nil }
        return MarkdownEscapes.unescape(String(line.dropFirst().dropLast()))
    }
}
