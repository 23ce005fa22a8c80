/// Errors raised by table operations. Messages name the offending column and, where a name
/// was probably mistyped, the closest existing one.
public enum TableError: Error, Equatable, BilingualDescription {
    case unknownColumn(String, suggestion: String?)
    case duplicateColumn(String)
    case lengthMismatch(String)
    case notNumeric(String)
    case invalidArgument(Message)

    public var message: Message {
        switch self {
        case .unknownColumn(let name, let suggestion):
            return Message(nl: "onbekende kolom '\(name)'", en: "unknown column '\(name)'") + .didYouMean(suggestion)
        case .duplicateColumn(let name):
            return Message(nl: "kolom '\(name)' komt twee keer voor", en: "duplicate column '\(name)'")
        case .lengthMismatch(let detail):
            return Message(nl: "kolommen verschillen in lengte: \(detail)", en: "columns differ in length: \(detail)")
        case .notNumeric(let name):
            return Message(nl: "kolom '\(name)' bevat geen getallen", en: "column '\(name)' is not numeric")
        case .invalidArgument(let message):
            return message
        }
    }

    public func description(in language: Language) -> String { message.text(in: language) }
}
