/// Errors raised by table operations. Messages name the offending column and, where a name
/// was probably mistyped, the closest existing one.
public enum TableError: Error, Equatable, CustomStringConvertible {
    case unknownColumn(String, suggestion: String?)
    case duplicateColumn(String)
    case lengthMismatch(String)
    case notNumeric(String)
    case invalidArgument(String)

    public var description: String {
        switch self {
        case .unknownColumn(let name, let suggestion):
            if let suggestion { return "unknown column '\(name)'; did you mean '\(suggestion)'?" }
            return "unknown column '\(name)'"
        case .duplicateColumn(let name):
            return "duplicate column '\(name)'"
        case .lengthMismatch(let detail):
            return "columns differ in length: \(detail)"
        case .notNumeric(let name):
            return "column '\(name)' is not numeric"
        case .invalidArgument(let detail):
            return detail
        }
    }
}
