import StreekCore
import StreekDocument

/// `format by eenheid: aantal as integer, procent as percent, rate as decimals 2`: a unit column decides how
/// each row's numbers are written, for tables that mix counts, percentages and rates in one column.
struct RowFormat: Sendable {
    var column: String
    var position: SourcePosition
    var styles: [(unit: Value, style: NumberStyle)]

    /// Parses what follows `format by`.
    static func parse(_ cursor: inout TokenCursor) throws -> RowFormat {
        let position = cursor.current.position
        let column = try cursor.identifier(Message(nl: "de eenheidskolom", en: "the unit column"))
        try cursor.expect(symbol: ":", Message(nl: "na de eenheidskolom, zoals in format by eenheid: procent as percent",
                                               en: "after the unit column, as in format by eenheid: procent as percent"))
        var styles: [(Value, NumberStyle)] = []
        repeat {
            let unit: Value
            if let word = cursor.current.identifier, word != "missing" {
                cursor.advance()
                unit = .text(word)
            } else {
                unit = try cursor.literal(Message(nl: "een waarde van de eenheidskolom", en: "a value of the unit column"))
            }
            try cursor.expect(word: "as", Message(nl: "na de eenheidswaarde", en: "after the unit value"))
            styles.append((unit, try StyleParser.parse(&cursor)))
        } while cursor.skip(symbol: ",")
        return RowFormat(column: column, position: position, styles: styles)
    }

    /// Each row's style (nil where the row's unit is not listed), for `table`.
    func rowStyles(in table: Table) throws -> [NumberStyle?] {
        guard table.columnNames.contains(column) else {
            throw LocatedError(unknownColumnMessage(column, in: table), at: position)
        }
        let units = try table.column(column)
        return (0..<table.rowCount).map { row in
            styles.first { Operators.equal($0.unit, units[row]) }?.style
        }
    }
}
