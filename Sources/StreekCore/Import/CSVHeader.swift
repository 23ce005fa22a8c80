/// The header row: names trimmed, optionally folded to snake_case, non-empty and unique. A header
/// ending in the separator (StatLine writes `"a";"b";`) marks every row as ending in one.
struct CSVHeader {
    private(set) var names: [String] = []
    private var written: [String] = []

    init(_ cursor: inout ByteCursor, snakeCase: Bool, report: inout ImportReport) throws {
        var fields: [(name: String, start: Int)] = []
        var scratch: [UInt8] = []
        var invalid: Int?
        _ = try cursor.readRecord(scratch: &scratch) { _, bytes, start in
            guard let text = String(validating: CSVTableReader.trimmed(bytes), as: UTF8.self) else { invalid = start; return }
            fields.append((text, start))
        }
        if let invalid { throw cursor.error(at: invalid, .notUTF8) }
        if fields.count > 1, fields.last?.name.isEmpty == true {
            fields.removeLast()
            report.trailingSeparator = true
        }
        for field in fields {
            guard !field.name.isEmpty else { throw cursor.error(at: field.start, Message(nl: "lege kolomnaam", en: "empty column name")) }
            let name = snakeCase ? HeaderNames.snakeCase(field.name) : field.name
            if let earlier = names.firstIndex(of: name) {
                let clash = written[earlier] != field.name
                    ? Message(nl: " ('\(written[earlier])' en '\(field.name)' worden allebei '\(name)')",
                              en: " ('\(written[earlier])' and '\(field.name)' both become '\(name)')")
                    : Message(verbatim: "")
                throw cursor.error(at: field.start, Message(nl: "kolomnaam '\(name)' komt twee keer voor",
                                                            en: "duplicate column name '\(name)'") + clash)
            }
            if name != field.name { report.renamedHeaders.append((field.name, name)) }
            names.append(name)
            written.append(field.name)
        }
        cursor.consumeLineEnd()
    }

    /// Positions of declared columns, by their name in the table or as the header writes them.
    func resolve(_ declared: [String]) throws -> Set<Int> {
        Set(try declared.map { name in
            if let index = names.firstIndex(of: name) ?? written.firstIndex(of: name) { return index }
            throw TableError.unknownColumn(name, suggestion: Suggestion.closest(to: name, among: names))
        })
    }
}
