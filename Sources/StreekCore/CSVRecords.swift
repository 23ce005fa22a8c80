/// Splits CSV text into records of fields (RFC 4180 quoting), remembering where each record
/// and field starts so later checks can report `line:column`.
struct CSVRecords {
    struct Field {
        var text: String
        var quoted: Bool
        var column: Int
    }

    struct Record {
        var line: Int
        var fields: [Field]
        /// The text of a `#` metadata line before the header (read as is, never as CSV).
        var metadata: String?
    }

    static func split(_ text: String, origin: String, separator: Unicode.Scalar = ",") throws -> [Record] {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var records: [Record] = []
        var position = 0
        var line = 1
        var inPrelude = true  // `#` lines are metadata only before the header
        while position < scalars.count {
            let recordLine = line
            if inPrelude && scalars[position] == "#" {
                var end = position
                while end < scalars.count && scalars[end] != "\n" && scalars[end] != "\r" { end += 1 }
                let text = String(String.UnicodeScalarView(scalars[position..<end]))
                records.append(Record(line: line, fields: [], metadata: text))
                position = end
                if position < scalars.count && scalars[position] == "\r" { position += 1 }
                if position < scalars.count && scalars[position] == "\n" { position += 1 }
                line += 1
                continue
            }
            var currentLineStart = position  // moves on when a quoted field spans lines
            var fields: [Field] = []
            var field = String.UnicodeScalarView()
            var quoted = false
            var fieldColumn = 1
            var ended = false
            while !ended {
                if position == scalars.count { ended = true; break }
                let scalar = scalars[position]
                let column = position - currentLineStart + 1
                if scalar == "\"" && field.isEmpty && !quoted {
                    // Quoted field: runs to the closing quote, "" is a literal quote, may span lines.
                    quoted = true
                    fieldColumn = column
                    let quoteLine = line
                    position += 1
                    var closed = false
                    while position < scalars.count {
                        let inner = scalars[position]
                        if inner == "\"" {
                            if position + 1 < scalars.count && scalars[position + 1] == "\"" {
                                field.append("\""); position += 2; continue
                            }
                            closed = true; position += 1; break
                        }
                        if inner == "\n" { line += 1; currentLineStart = position + 1 }
                        field.append(inner)
                        position += 1
                    }
                    if !closed {
                        throw CSVError(origin: origin, line: quoteLine, column: column, message: "unterminated quoted field")
                    }
                    if position < scalars.count, ![separator, "\n", "\r"].contains(scalars[position]) {
                        throw CSVError(origin: origin, line: line, column: position - currentLineStart + 1,
                                       message: "unexpected text after closing quote")
                    }
                    continue
                }
                switch scalar {
                case separator:
                    fields.append(Field(text: String(field), quoted: quoted, column: fieldColumn))
                    field = String.UnicodeScalarView(); quoted = false; fieldColumn = column + 1
                    position += 1
                case "\r" where position + 1 < scalars.count && scalars[position + 1] == "\n":
                    position += 2; ended = true
                case "\n", "\r":
                    position += 1; ended = true
                case "\"":
                    throw CSVError(origin: origin, line: line, column: column,
                                   message: "quote inside an unquoted field (quote the whole field and double the quote)")
                default:
                    field.append(scalar); position += 1
                }
            }
            fields.append(Field(text: String(field), quoted: quoted, column: fieldColumn))
            let record = Record(line: recordLine, fields: fields, metadata: nil)
            if !record.isBlank { inPrelude = false }
            records.append(record)
            line += 1
        }
        return records
    }
}

extension CSVRecords.Record {
    /// A line with nothing on it (skipped: a trailing newline or spacing between blocks).
    var isBlank: Bool { metadata == nil && fields.count == 1 && fields[0].text.isEmpty && !fields[0].quoted }

    /// Where the character after the last field would be, for "too few fields" errors.
    var endColumn: Int {
        guard let last = fields.last else { return 1 }
        return last.column + last.text.unicodeScalars.count + (last.quoted ? 2 : 0)
    }
}
