/// Decides a file's decimal mark and thousands separator from its cells, or takes them from the
/// load line. Never guesses: a file whose numbers could be read both ways (`1.304` only) or whose
/// cells contradict each other is an error that says how to declare the mark.
enum DecimalMarkDetection {
    static func dialect(separator: UInt8, options: LoadOptions, origin: String, cells: [ColumnTyping.Cell]) throws -> CSVDialect {
        let point = UInt8(ascii: "."), comma = UInt8(ascii: ",")
        var decimal = options.decimalMark
        if decimal == nil {
            var first: [NumberSyntax.Evidence: ColumnTyping.Cell] = [:]
            for cell in cells where first.count < 3 {
                let evidence = NumberSyntax.evidence(Substring(cell.text))
                if evidence != .none, first[evidence] == nil { first[evidence] = cell }
            }
            switch (first[.decimalPoint], first[.decimalComma]) {
            case let (pointCell?, commaCell?):
                let (early, late) = pointCell.line <= commaCell.line ? (pointCell, commaCell) : (commaCell, pointCell)
                throw CSVError(origin: origin, line: late.line, column: late.column, message:
                    "'\(late.text)' and '\(early.text)' (line \(early.line)) use different decimal marks; "
                    + "add decimal \",\" or decimal \".\" to the load line")
            case (_?, nil): decimal = point
            case (nil, _?): decimal = comma
            case (nil, nil):
                if let cell = first[.ambiguous] {
                    throw CSVError(origin: origin, line: cell.line, column: cell.column, message:
                        "'\(cell.text)' can be read with a thousands separator or with a decimal mark, and no other cell settles it; "
                        + "add decimal \",\" (then it reads \(cell.text.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ""))) "
                        + "or decimal \".\" to the load line")
                }
                decimal = separator == UInt8(ascii: ";") ? comma : point
            }
        }
        let mark = decimal!
        let thousands: UInt8?
        switch options.thousands {
        case .none: thousands = nil
        case .separator(let byte): thousands = byte
        case .detect:
            let other = mark == point ? comma : point
            thousands = other == separator ? nil : other
        }
        return CSVDialect(separator: separator, decimalMark: mark, thousandsSeparator: thousands,
                          missingSymbols: MissingSymbols.cbs + options.missingSymbols.filter { !MissingSymbols.cbs.contains($0) })
    }
}
