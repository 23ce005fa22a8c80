import StreekCore

import Foundation

/// Splits directive lines and live-figure expressions into tokens. `#` starts a comment to the end of
/// the line (outside strings, keys and backtick-quoted column names).
struct Lexer {
    /// `blockPosition` (the opening fence) is where the end token of a block without lines stands.
    static func tokens(of lines: [DirectiveLine], blockPosition: SourcePosition) throws -> [Token] {
        var tokens: [Token] = []
        for line in lines {
            let lineTokens = try Self.tokens(of: line.text, at: line.position)
            guard !lineTokens.isEmpty else { continue }
            tokens += lineTokens
            tokens.append(Token(kind: .newline, position: SourcePosition(line: line.position.line, column: line.position.column + line.text.utf8.count)))
        }
        let endPosition = lines.last.map { SourcePosition(line: $0.position.line, column: $0.position.column + $0.text.utf8.count) }
            ?? blockPosition
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
                var escapes: [Int] = []
                index += 1
                var closed = false
                while index < bytes.count {
                    if bytes[index] == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        escapes.append(value.count)
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
                guard closed else { throw LocatedError(Message(nl: "tekst tussen aanhalingstekens wordt niet afgesloten; zet een \" aan het eind",
                                                               en: "string is not closed; add a \" at the end"), at: position(tokenStart)) }
                tokens.append(Token(kind: .string(String(decoding: value, as: UTF8.self)), position: position(tokenStart), escapeOffsets: escapes))
            case UInt8(ascii: "`"):
                guard let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "`")) else {
                    throw LocatedError(Message(nl: "kolomnaam tussen backticks wordt niet afgesloten; zet een ` aan het eind",
                                               en: "column name in backticks is not closed; add a ` at the end"), at: position(tokenStart))
                }
                let name = String(decoding: bytes[(index + 1)..<close], as: UTF8.self)
                guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                    throw LocatedError(Message(nl: "lege kolomnaam tussen backticks",
                                               en: "empty column name between backticks"), at: position(tokenStart))
                }
                tokens.append(Token(kind: .quotedName(name), position: position(tokenStart)))
                index = close + 1
            case UInt8(ascii: "["):
                guard let close = bytes[index...].firstIndex(of: UInt8(ascii: "]")) else {
                    throw LocatedError(Message(nl: "rijsleutel wordt niet afgesloten; zet een ]",
                                               en: "row key is not closed; add a ]"), at: position(tokenStart))
                }
                let key = String(decoding: bytes[(index + 1)..<close], as: UTF8.self).trimmingCharacters(in: .whitespaces)
                tokens.append(Token(kind: .key(key), position: position(tokenStart)))
                index = close + 1
            case UInt8(ascii: "$"):
                index += 1
                let name = identifier(bytes, &index)
                guard !name.isEmpty else { throw LocatedError(Message(nl: "na '$' hoort een parameternaam",
                                                                      en: "expected a parameter name after '$'"), at: position(tokenStart)) }
                tokens.append(Token(kind: .parameter(name), position: position(tokenStart)))
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                // Digits with at most one decimal point: `1.2.3` reads as 1.2 followed by `.3`, which the
                // parser then reports, instead of a literal no number can represent.
                var seenPoint = false
                while index < bytes.count {
                    if isDigit(bytes[index]) {
                        index += 1
                    } else if !seenPoint, bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count, isDigit(bytes[index + 1]) {
                        seenPoint = true
                        index += 1
                    } else {
                        break
                    }
                }
                let literal = String(decoding: bytes[tokenStart..<index], as: UTF8.self)
                guard let value = Double(literal), value.isFinite else {
                    throw LocatedError(Message(nl: "getal \(literal.prefix(20))… is te groot",
                                               en: "number \(literal.prefix(20))… is too large"), at: position(tokenStart))
                }
                tokens.append(Token(kind: .number(value), position: position(tokenStart)))
            default:
                if isIdentifierStart(byte) {
                    let name = identifier(bytes, &index)
                    tokens.append(Token(kind: .identifier(name), position: position(tokenStart)))
                } else if let symbol = symbol(bytes, at: index) {
                    index += symbol.utf8.count
                    tokens.append(Token(kind: .symbol(symbol), position: position(tokenStart)))
                } else {
                    let character = String(decoding: bytes[index...].prefix(while: { $0 >= 0x80 || $0 == byte }).prefix(4), as: UTF8.self)
                    throw LocatedError(Message(nl: "onverwacht teken '\(character.prefix(1))'",
                                               en: "unexpected character '\(character.prefix(1))'"), at: position(tokenStart))
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
