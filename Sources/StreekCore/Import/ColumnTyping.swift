/// Decides one column's type from its trimmed cells. A column whose filled cells are numbers (and
/// missing signs) is numeric; one that is numbers except for some cells is an error at the first
/// odd cell, unless the author declared the column text (then a warning). A column with at least as
/// many texts as numbers is text.
struct ColumnTyping {
    enum Declared { case detect, text, number }

    struct Cell {
        var text: String
        var line: Int
        var column: Int
    }

    let name: String
    let dialect: CSVDialect
    let origin: String

    func column(_ cells: [Cell], declared: Declared) throws -> (column: Column, warning: CSVError?) {
        var numbers: [Double?] = [], flags: [Int: String] = [:]
        numbers.reserveCapacity(cells.count)
        var odd: [Int] = []
        var numberCount = 0
        for (row, cell) in cells.enumerated() {
            if cell.text.isEmpty { numbers.append(nil); continue }
            if dialect.missingSymbols.contains(cell.text) { numbers.append(nil); flags[row] = cell.text; continue }
            if let number = NumberSyntax.parse(Substring(cell.text), decimalMark: dialect.decimalMark, thousands: dialect.thousandsSeparator) {
                numbers.append(number); numberCount += 1
            } else {
                numbers.append(nil); odd.append(row)
            }
        }
        let mostlyNumbers = numberCount > odd.count
        switch declared {
        case .text:
            let warning = mostlyNumbers && !odd.isEmpty ? problem(at: cells[odd[0]], count: odd.count, of: cells.count, declaredText: true) : nil
            return (texts(cells), warning)
        case .number where !odd.isEmpty, .detect where mostlyNumbers && !odd.isEmpty:
            throw problem(at: cells[odd[0]], count: odd.count, of: cells.count, declaredText: false)
        case .detect where !odd.isEmpty:
            return (texts(cells), nil)
        default:
            var column = Column(name, numbers: numbers)
            column.missingFlags = flags.isEmpty ? nil : MissingFlags(flags)
            return (column, nil)
        }
    }

    private func texts(_ cells: [Cell]) -> Column {
        Column(name, texts: cells.map { $0.text.isEmpty ? nil : $0.text })
    }

    private func problem(at cell: Cell, count: Int, of total: Int, declaredText: Bool) -> CSVError {
        let cells = count == 1 ? "1 cell" : "\(count) cells"
        let message = declaredText
            ? "column '\(name)' is read as text as the load line asks, though most cells are numbers; \(cells) of \(total) not a number, the first '\(cell.text)'"
            : "column '\(name)' holds numbers, but this cell reads '\(cell.text)' (\(cells) of \(total) not a number); "
                + "if it means missing, add missing \"\(cell.text)\" to the load line; if the column is text, add text \(DirectiveName.spelling(name))"
        return CSVError(origin: origin, line: cell.line, column: cell.column, message: message)
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
