import StreekCore

/// A table bound to a name by `naam = …`, with the key columns that `naam.kolom[sleutel]` matches.
struct Binding: Sendable {
    var table: Table
    var keys: [String]
    var position: SourcePosition

    /// Key columns when none are chosen with `key`: the first text column, else the first column.
    static func defaultKeys(of table: Table) -> [String] {
        if let text = table.columns.first(where: { !$0.isNumeric }) { return [text.name] }
        return table.columns.first.map { [$0.name] } ?? []
    }

    /// The cell in `column` of the row whose key columns read `keys` (`#3` means the third row). Without keys
    /// the table must have exactly one row.
    func cell(column name: String, keys: [String]?, at position: SourcePosition) throws -> Value {
        guard table.columnNames.contains(name) else { throw LocatedError(unknownColumnMessage(name, in: table), at: position) }
        let column = try table.column(name)
        guard let keys else {
            guard table.rowCount == 1 else {
                throw LocatedError("'\(name)' has \(table.rowCount) rows; say which with [\(self.keys.joined(separator: ", "))], e.g. [\(firstKeyExample)]", at: position)
            }
            return column[0]
        }
        if keys.count == 1, keys[0].hasPrefix("#"), let number = Int(keys[0].dropFirst()) {
            guard number >= 1, number <= table.rowCount else {
                throw LocatedError("row #\(number) does not exist; the table has \(table.rowCount) rows", at: position)
            }
            return column[number - 1]
        }
        guard keys.count <= self.keys.count else {
            throw LocatedError("\(keys.count) keys given but the table has \(self.keys.count) key column(s): \(self.keys.joined(separator: ", "))", at: position)
        }
        // A table without rows (a year without data) has no such row: an error, as the handleiding says,
        // rather than a n.n.b. that reads like a published gap.
        if table.rowCount == 0 {
            throw LocatedError("no row [\(keys.joined(separator: ", "))]: the table has no rows (filtered away, or no data for this year)", at: position)
        }
        let keyColumns = try self.keys.prefix(keys.count).map { try table.column($0) }
        let matches = (0..<table.rowCount).filter { row in
            zip(keyColumns, keys).allSatisfy { Self.matches($0[row], $1) }
        }
        guard let row = matches.first else {
            var message = "no row [\(keys.joined(separator: ", "))] in column '\(keyColumns[0].name)'"
            let candidates = (0..<table.rowCount).map { keyColumns[0][$0].keyText }
            if let guess = Suggestion.closest(to: keys[0], among: candidates) { message += "; did you mean '\(guess)'?" }
            throw LocatedError(message, at: position)
        }
        guard matches.count == 1 else {
            throw LocatedError("[\(keys.joined(separator: ", "))] matches \(matches.count) rows; add a key column with 'key' or filter first", at: position)
        }
        return column[row]
    }

    private var firstKeyExample: String {
        guard let key = keys.first, let column = try? table.column(key), column.count > 0 else { return "#1" }
        return column[0].keyText
    }

    private static func matches(_ value: Value, _ key: String) -> Bool {
        switch value {
        case .text(let text): return text == key
        case .number(let number): return Double(key) == number
        case .missing: return false
        }
    }
}
