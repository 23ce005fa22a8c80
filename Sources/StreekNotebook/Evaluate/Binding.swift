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
        try cell(column: name, keys: keys?.map { RowKey(text: $0, parameter: nil) }, at: position)
    }

    func cell(column name: String, keys: [RowKey]?, at position: SourcePosition) throws -> Value {
        guard table.columnNames.contains(name) else { throw LocatedError(unknownColumnMessage(name, in: table), at: position) }
        let column = try table.column(name)
        guard let keys else {
            guard table.rowCount == 1 else {
                throw LocatedError(Message(nl: "'\(name)' heeft \(table.rowCount) rijen; zeg welke met [\(self.keys.joined(separator: ", "))], bijvoorbeeld [\(firstKeyExample)]",
                                           en: "'\(name)' has \(table.rowCount) rows; say which with [\(self.keys.joined(separator: ", "))], e.g. [\(firstKeyExample)]"), at: position)
            }
            return column[0]
        }
        if keys.count == 1, keys[0].text.hasPrefix("#"), let number = Int(keys[0].text.dropFirst()) {
            guard number >= 1, number <= table.rowCount else {
                throw LocatedError(Message(nl: "rij #\(number) bestaat niet; de tabel heeft \(table.rowCount) rijen",
                                           en: "row #\(number) does not exist; the table has \(table.rowCount) rows"), at: position)
            }
            return column[number - 1]
        }
        guard keys.count <= self.keys.count else {
            throw LocatedError(Message(nl: "\(keys.count) sleutels gegeven, maar de tabel heeft \(self.keys.count) sleutelkolom(men): \(self.keys.joined(separator: ", "))",
                                       en: "\(keys.count) keys given but the table has \(self.keys.count) key column(s): \(self.keys.joined(separator: ", "))"), at: position)
        }
        // A table without rows (a year without data) has no such row: an error, as the handleiding says,
        // rather than a n.n.b. that reads like a published gap.
        if table.rowCount == 0 {
            throw LocatedError(Message(nl: "geen rij [\(keys.map(\.text).joined(separator: ", "))]: de tabel heeft geen rijen (weggefilterd, of geen gegevens voor dit jaar)",
                                       en: "no row [\(keys.map(\.text).joined(separator: ", "))]: the table has no rows (filtered away, or no data for this year)"), at: position)
        }
        let keyColumns = try self.keys.prefix(keys.count).map { try table.column($0) }
        let matches = (0..<table.rowCount).filter { row in
            zip(keyColumns, keys).allSatisfy { Self.matches($0[row], $1.text) }
        }
        guard let row = matches.first else { throw LocatedError(noRowMessage(keys, keyColumns), at: position) }
        guard matches.count == 1 else {
            throw LocatedError(Message(nl: "[\(keys.map(\.text).joined(separator: ", "))] past op \(matches.count) rijen; voeg een sleutelkolom toe met 'key' of filter eerst",
                                       en: "[\(keys.map(\.text).joined(separator: ", "))] matches \(matches.count) rows; add a key column with 'key' or filter first"), at: position)
        }
        return column[row]
    }

    /// Names the first key that occurs nowhere in its column (with a suggestion from that column), or, when
    /// each key occurs on its own, says that no row has them together.
    private func noRowMessage(_ keys: [RowKey], _ keyColumns: [Column]) -> Message {
        let written = keys.map(\.text).joined(separator: ", ")
        for (key, column) in zip(keys, keyColumns) {
            let values = (0..<column.count).map { column[$0] }
            guard !values.contains(where: { Self.matches($0, key.text) }) else { continue }
            var message = key.parameter.map { Message(nl: "parameter $\($0) = '\(key.text)' komt niet voor in kolom '\(column.name)' (in [\(written)])",
                                                      en: "parameter $\($0) = '\(key.text)' does not occur in column '\(column.name)' (in [\(written)])") }
                ?? Message(nl: "geen rij [\(written)] in kolom '\(column.name)'", en: "no row [\(written)] in column '\(column.name)'")
            let candidates = Array(Set(values.map(\.keyText))).sorted()
            if let guess = Suggestion.closest(to: key.text, among: candidates) { message += Message.didYouMean(guess) }
            return message
        }
        return Message(nl: "geen rij [\(written)]: elke sleutel komt voor in \(keyColumns.map(\.name).joined(separator: ", ")), maar niet samen",
                       en: "no row [\(written)]: each key occurs in \(keyColumns.map(\.name).joined(separator: ", ")), but not together")
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
