/// One key inside `t.kolom[…]`: the text to match, and the parameter it came from when written as
/// `$stad`, so a value that is not in the data is reported as the parameter's fault.
struct RowKey: Sendable, Equatable {
    var text: String
    var parameter: String?

    /// How the key reads in a message: `Hogeveen` or `Hogeveen ($stad)`.
    var display: String {
        parameter.map { "\(text) ($\($0))" } ?? text
    }
}
