/// What the cells of a file say about its decimal mark, gathered while it is read. Never guesses:
/// a `;` or tab file whose numbers read both ways (`1.304` only) or any file whose cells contradict
/// each other is an error that says how to declare the mark.
struct DecimalEvidence {
    private var point: CellPosition?
    private var comma: CellPosition?
    private var ambiguous: CellPosition?

    /// Still worth looking at cells (a contradiction has not been seen yet).
    var isOpen: Bool { point == nil || comma == nil }

    mutating func note(_ bytes: UnsafeBufferPointer<UInt8>, at position: () -> CellPosition) {
        guard let first = bytes.first, NumberSyntax.isDigit(first) || first == UInt8(ascii: "-") || first == UInt8(ascii: "+"),
              bytes.contains(where: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: ",") }) else { return }
        switch NumberSyntax.evidence(Substring(String(decoding: bytes, as: UTF8.self))) {
        case .none: return
        case .decimalPoint: if point == nil { point = position() }
        case .decimalComma: if comma == nil { comma = position() }
        case .ambiguous: if ambiguous == nil { ambiguous = position() }
        }
    }

    /// Adds what the cells after these said (their lines numbered `lineShift` too low); the first
    /// cell of each kind stays the one reported, as when the file is read in one go.
    mutating func append(_ later: DecimalEvidence, lineShift: Int) {
        func shifted(_ position: CellPosition?) -> CellPosition? {
            position.map { CellPosition(text: $0.text, line: $0.line + lineShift, column: $0.column) }
        }
        point = point ?? shifted(later.point)
        comma = comma ?? shifted(later.comma)
        ambiguous = ambiguous ?? shifted(later.ambiguous)
    }

    /// The mark the cells settle, nil when no cell says anything.
    func decimalMark(origin: String, separator: UInt8) throws -> UInt8? {
        switch (point, comma) {
        case let (point?, comma?):
            let (early, late) = point.line <= comma.line ? (point, comma) : (comma, point)
            throw CSVError(origin: origin, line: late.line, column: late.column, message: Message(
                nl: "'\(late.text)' en '\(early.text)' (regel \(early.line)) gebruiken een ander decimaalteken; "
                    + "zet decimal \",\" of decimal \".\" in de load-regel",
                en: "'\(late.text)' and '\(early.text)' (line \(early.line)) use different decimal marks; "
                    + "add decimal \",\" or decimal \".\" to the load line"))
        case (_?, nil): return UInt8(ascii: ".")
        case (nil, _?): return UInt8(ascii: ",")
        case (nil, nil):
            // A comma-separated file writes decimals with a point (a decimal comma would need every such
            // cell quoted), so `1.304` there is 1.304; with `;` or tab both conventions are common.
            guard let cell = ambiguous, separator != UInt8(ascii: ",") else { return nil }
            let grouped = cell.text.filter { $0 != "." && $0 != "," }
            throw CSVError(origin: origin, line: cell.line, column: cell.column, message: Message(
                nl: "'\(cell.text)' is te lezen als \(grouped) met een scheidingsteken voor duizendtallen of als decimaal getal, en geen andere cel beslist het; "
                    + "zet decimal \",\" of decimal \".\" in de load-regel",
                en: "'\(cell.text)' reads as \(grouped) with a thousands separator or as a decimal number, and no other cell settles it; "
                    + "add decimal \",\" or decimal \".\" to the load line"))
        }
    }
}
