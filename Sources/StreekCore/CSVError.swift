/// A problem in a CSV file, pointing at the place an editor can jump to.
public struct CSVError: Error, Equatable, CustomStringConvertible {
    public var origin: String
    /// 1-based line in the file (metadata lines included).
    public var line: Int
    /// 1-based character position in that line.
    public var column: Int
    public var message: String

    public init(origin: String, line: Int, column: Int, message: String) {
        self.origin = origin
        self.line = line
        self.column = column
        self.message = message
    }

    public var description: String { "\(origin):\(line):\(column): \(message)" }
}
