/// Cells that are no number in a column that otherwise holds numbers: an error at the first one,
/// or a warning when the author declared the column text.
struct OddCells {
    let column: String
    let first: CellPosition
    let count: Int
    /// Filled cells that are not missing signs.
    let total: Int

    private var cells: Message { count == 1 ? Message(nl: "1 cel", en: "1 cell") : Message(nl: "\(count) cellen", en: "\(count) cells") }

    func error(origin: String) -> CSVError {
        CSVError(origin: origin, line: first.line, column: first.column, message: Message(
            nl: "kolom '\(column)' bevat getallen, maar in deze cel staat '\(first.text)' (\(cells.nl) van \(total) geen getal); "
                + "betekent dat ontbrekend, zet dan missing \"\(first.text)\" in de load-regel; is de kolom tekst, zet dan text \(DirectiveName.spelling(column)) erin",
            en: "column '\(column)' holds numbers, but this cell reads '\(first.text)' (\(cells.en) of \(total) not a number); "
                + "if it means missing, add missing \"\(first.text)\" to the load line; if the column is text, add text \(DirectiveName.spelling(column))"))
    }

    func warning(origin: String) -> CSVError {
        CSVError(origin: origin, line: first.line, column: first.column, message: Message(
            nl: "kolom '\(column)' wordt als tekst gelezen, zoals de load-regel vraagt, hoewel de meeste cellen getallen zijn; \(cells.nl) van \(total) geen getal, de eerste '\(first.text)'",
            en: "column '\(column)' is read as text as the load line asks, though most cells are numbers; \(cells.en) of \(total) not a number, the first '\(first.text)'"))
    }
}

/// How a column name is written in a directive: as is when it is a plain name, else in backticks.
public enum DirectiveName {
    public static func spelling(_ name: String) -> String {
        let plain = name.unicodeScalars.first.map { $0 == "_" || $0.properties.isAlphabetic } == true
            && name.unicodeScalars.allSatisfy { $0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        return plain ? name : "`\(name)`"
    }
}
