import StreekCore

/// An expression of the directive language: `vestiging - vertrek`, `jaar == $jaar`,
/// `verhuizingen.saldo[Hoogeveen]`, `list(negatief.gemeente)`.
indirect enum Expression: Sendable {
    case literal(Value, SourcePosition)
    /// A bare name: a column in a row context (filter, derive), a bound table in a figure.
    case name(String, SourcePosition)
    /// `$jaar`
    case parameter(String, SourcePosition)
    /// `table.column` or `table.column[key]` / `table.column[key, key]` (keys match the table's key columns).
    case lookup(table: String, column: String, keys: [String]?, SourcePosition)
    case unary(String, Expression, SourcePosition)
    case binary(String, Expression, Expression, SourcePosition)
    case call(String, [Expression], SourcePosition)
    /// `x in ("a", "b")`
    case member(Expression, [Expression], SourcePosition)
    /// `x in steden.naam`: whether the value occurs in a column of a bound table.
    case memberOfColumn(Expression, table: String, column: String, SourcePosition)

    var position: SourcePosition {
        switch self {
        case .literal(_, let position), .name(_, let position), .parameter(_, let position),
             .lookup(_, _, _, let position), .unary(_, _, let position), .binary(_, _, _, let position),
             .call(_, _, let position), .member(_, _, let position), .memberOfColumn(_, _, _, let position):
            return position
        }
    }
}
