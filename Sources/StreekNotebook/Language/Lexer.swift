import Foundation

/// Splits directive lines and live-figure expressions into tokens. `#` starts a comment to the end of
/// the line (outside strings, keys and backtick-quoted column names).
struct Lexer {
    static func tokens(of lines: [DirectiveLine]) throws -> [Token] {
        var tokens: [Token] = []
        for line in lines {
            let lineTokens = try Self.tokens(of: line.text, at: line.position)
            guard !lineTokens.isEmpty else { continue }
            tokens += lineTokens
            tokens.append(Token(kind: .newline, position: SourcePosition(line: line.position.line, column: line.position.column + line.text.utf8.count)))
        }
        let endPosition = lines.last.map { SourcePosition(line: $0.position.line, column: $0.position.column + $0.text.utf8.count) }
            ?? SourcePosition(line: 1, column: 1)
        tokens.append(Token(kind: .end, position: endPosition))
        return tokens
    }

    /// Tokens of a single expression (a live figure, a `{…}` hole), closed by an end token.
    static func expressionTokens(of text: String, at start: SourcePosition) throws -> [Token] {
        try tokens(of: text, at: start) + [Token(kind: .end, position: SourcePosition(line: start.line, column: start.column + text.utf8.count))]
    }

    /// Tokens of one line; `start` is the position of its first byte.
    static func tokens(of text: String, at start: SourcePosition) throws -> [Token] {
        let bytes = Array(text.utf8)
        var tokens: [Token] = []
        var index = 0
        func position(_ offset: Int) -> SourcePosition { SourcePosition(line: start.line, column: start.column + offset) }

        while index < bytes.count {
            let byte = bytes[index]
            let tokenStart = index
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            case UInt8(ascii: "#"):
                index = bytes.count
            case UInt8(ascii: "\""):
                var value: [UInt8] = []
                index += 1
                var closed = false
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        value.append(bytes[index + 1])
                        index += 2
                    } else if bytes[index] == UInt8(ascii: "\"") {
                        closed = true
                        index += 1
                        break
                    } else {
                        value.append(bytes[index])
                        index += 1
                    }
                }
                guard closed else { throw LocatedError("string is not closed; add a \" at the end", at: position(tokenStart)) }
                tokens.append(Token(kind: .string(String(decoding: value, as: UTF8.self)), position: position(tokenStart)))
            case UInt8(ascii: "`"):
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "`")) else {
                    throw LocatedError("column name in backticks is not closed; add a ` at the end", at: position(tokenStart))
                }
                let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw LocatedError("empty column name between backticks", at: position(tokenStart))
                }
                tokens.append(Token(kind: .quotedName(name), position: position(tokenStart)))
                index = close + 1
            case UInt8(ascii: "["):
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) else {
                    throw LocatedError("row key is not closed; add a ]", at: position(tokenStart))
                }
                let key = String(decoding: bytes[(index + 1)..<close], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                tokens.append(Token(kind: .key(key), position: position(tokenStart)))
                index = close + 1
            case UInt8(ascii: "$"):
                index += 1
                let name = identifier(bytes, &index)
                guard !name.isEmpty else { throw LocatedError("expected a parameter name after '$'", at: position(tokenStart)) }
                tokens.append(Token(kind: .parameter(name), position: position(tokenStart)))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                while index < bytes.count, isDigit(bytes[index]) || bytes[index] == UInt8(ascii: ".") && index + 1 < bytes.count && isDigit(bytes[index + 1]) {
                    index += 1
                }
                let literal = String(decoding: bytes[tokenStart..<index], as: UTF8.self)
                tokens.append(Token(kind: .number(Double(literal)!), position: position(tokenStart)))
            default:
                if isIdentifierStart(byte) {
                    let name = identifier(bytes, &index)
                    tokens.append(Token(kind: .identifier(name), position: position(tokenStart)))
                } else if let symbol = symbol(bytes, at: index) {
                    index += symbol.utf8.count
                    tokens.append(Token(kind: .symbol(symbol), position: position(tokenStart)))
                } else {
                    let character = String(decoding: bytes[index...].prefix(while: { $0 >= 0x80 || $0 == byte }).prefix(4), as: UTF8.self)
                    throw LocatedError("unexpected character '\(character.prefix(1))'", at: position(tokenStart))
                }
            }
        }
        return tokens
    }

    private static let symbols = ["==", "!=", "<=", ">=", "->", "|", "=", "<", ">", "+", "-", "*", "/", "(", ")", ",", ":", "."]

    private static func symbol(_ bytes: [UInt8], at index: Int) -> String? {
        symbols.first { candidate in
            let symbolBytes = Array(candidate.utf8)
            return index + symbolBytes.count <= bytes.count && Array(bytes[index..<(index + symbolBytes.count)]) == symbolBytes
        }
    }

    private static func identifier(_ bytes: [UInt8], _ index: inout Int) -> String {
        let start = index
        while index < bytes.count, isIdentifierStart(bytes[index]) || isDigit(bytes[index]) { index += 1 }
        return String(decoding: bytes[start..<index], as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// Letters (including non-ASCII ones, as in Dutch column names) and underscore.
    private static func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || byte == UInt8(ascii: "_") || byte >= 0x80
    }
}
