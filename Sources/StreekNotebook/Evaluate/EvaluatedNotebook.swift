import StreekCore
import StreekDocument

/// The result of evaluating a notebook: one output per directive and one value per live figure, in
/// document order, ready for the renderers.
public struct EvaluatedNotebook: Sendable {
    public let notebook: Notebook
    public let numberFormat: NumberFormat
    /// Parameters in declaration order, with command-line overrides applied.
    public let parameters: [(name: String, value: Value)]
    /// The data-year parameter and the years the notebook supports (`years jaar: 2011, 2016`).
    public let dataYears: (parameter: String, years: [Value])?
    /// The typed result the renderers work from.
    public let document: Document
    /// Every table bound by name, as it was at the end of the notebook (for reproduction tests).
    public let tables: [String: Table]
    let keyColumns: [String: [String]]
    /// Problems in the data that did not stop the render (`Data/x.csv:8:3: warning: …`), for stderr.
    public var warnings: [Message] = []

    /// One cell of a bound table, found as a live figure would find it: `cell("verhuismutaties", "saldo", ["Hoogeveen"])`.
    public func cell(_ table: String, _ column: String, _ keys: [String]) throws -> Value {
        guard let bound = tables[table] else { throw LocatedError(Message(nl: "onbekende naam '\(table)'",
                                                                          en: "unknown name '\(table)'"), at: SourcePosition(line: 1, column: 1)) }
        let binding = Binding(table: bound, keys: keyColumns[table] ?? Binding.defaultKeys(of: bound), position: SourcePosition(line: 1, column: 1))
        return try binding.cell(column: column, keys: keys, at: binding.position)
    }
}
