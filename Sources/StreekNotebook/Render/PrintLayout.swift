/// How a table should be laid out on an A4 page, judged from its formatted cells: kept on one page when
/// short, set in smaller type when wide, turned to a landscape page when even that would not fit. The
/// page wrapper's print CSS gives each class its meaning; on screen the classes change nothing.
struct PrintLayout: Equatable {
    /// Short enough to move to the next page whole rather than split.
    var keepTogether: Bool
    /// Set in smaller type.
    var wide: Bool
    /// On a landscape page of its own.
    var landscape: Bool

    /// Tables with at most this many rows are not split across pages.
    static let keepTogetherRows = 20
    /// Characters that fit across the portrait text width (17.4 cm) in the print table type (8.5 pt),
    /// counting half an em of padding either side of each cell as two characters.
    static let portraitCharacters = 100
    /// The same at 7.5 pt, and across a landscape page (25.9 cm) at 7.5 pt.
    static let portraitSmallCharacters = 113
    static let landscapeSmallCharacters = 168

    /// `headers` and `rows` as shown; `numeric` columns do not wrap, text columns and headers wrap at spaces.
    init(headers: [String], numeric: [Bool], rows: [[String]]) {
        var narrowest = 0
        for (column, header) in headers.enumerated() {
            var width = Self.longestWord(header)
            for row in rows where column < row.count {
                width = max(width, numeric[column] ? row[column].count : Self.longestWord(row[column]))
            }
            narrowest += width + 2
        }
        keepTogether = rows.count <= Self.keepTogetherRows
        wide = narrowest > Self.portraitCharacters
        landscape = narrowest > Self.portraitSmallCharacters
    }

    /// The classes to add to the table's `<figure>`, each with a leading space.
    var classes: String {
        (keepTogether ? " keep" : "") + (wide ? " wide" : "") + (landscape ? " landscape" : "")
    }

    private static func longestWord(_ text: String) -> Int {
        text.split(separator: " ").map(\.count).max() ?? 0
    }
}
