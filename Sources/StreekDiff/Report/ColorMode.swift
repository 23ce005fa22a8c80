/// When the text report uses ANSI colours.
public enum ColorMode: String, Sendable, CaseIterable {
    /// Only when standard output is a terminal (and `NO_COLOR` is not set).
    case auto
    case always
    case never

    public func usesColor(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        switch self {
        case .always: true
        case .never: false
        case .auto: outputIsTerminal && environment["NO_COLOR", default: ""].isEmpty
        }
    }
}
