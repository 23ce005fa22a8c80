/// A problem in a CSV file, pointing at the place an editor can jump to.
public struct CSVError: Error, Equatable, BilingualDescription {
    public var origin: String
    /// 1-based line in the file (metadata lines included).
    public var line: Int
    /// 1-based character position in that line.
    public var column: Int
    public var message: Message

    public init(origin: String, line: Int, column: Int, message: Message) {
        self.origin = origin
        self.line = line
        self.column = column
        self.message = message
    }

    public func description(in language: Language) -> String { "\(origin):\(line):\(column): \(message.text(in: language))" }
}

extension Message {
    static let notUTF8 = Message(nl: "geen geldige UTF-8", en: "not valid UTF-8")
}
