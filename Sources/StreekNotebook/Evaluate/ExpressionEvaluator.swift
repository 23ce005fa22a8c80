import Foundation
import StreekCore
import StreekDocument

/// Evaluates expressions in two settings:
/// - per row of a table (filter, derive, text templates): bare names are columns of that table;
/// - as a single value (live figures): bare names are bound tables, `t.kolom[sleutel]` looks up one cell.
/// Missing stays missing through arithmetic; comparisons with a missing value are false.
struct ExpressionEvaluator {
    let context: EvaluationContext

    /// Compiles `expression` against `table` once (resolving columns, so a typo fails before any row is
    /// read) and returns a function from row index to value.
    func compile(_ expression: Expression, for table: Table) throws -> (Int) throws -> Value {
        switch expression {
        case .literal(let value, _):
            return { _ in value }
        case .parameter:
            let value = try scalar(expression)
            return { _ in value }
        case .name(let name, let position):
            guard table.columnNames.contains(name) else {
                throw LocatedError(unknownColumnMessage(name, in: table), at: position)
            }
            let column = try table.column(name)
            return { column[$0] }
        case .lookup:
            let value = try scalar(expression)
            return { _ in value }
        case .unary(let op, let operand, let position):
            let inner = try compile(operand, for: table)
            return { try Operators.unary(op, try inner($0), at: position) }
        case .binary(let op, let left, let right, let position):
            let lhs = try compile(left, for: table), rhs = try compile(right, for: table)
            return { try Operators.binary(op, try lhs($0), try rhs($0), at: position) }
        case .member(let subject, let options, _):
            let value = try compile(subject, for: table)
            let candidates = try options.map { try compile($0, for: table) }
            return { row in
                let needle = try value(row)
                return .number(try candidates.contains { try $0(row) == needle && !needle.isMissing } ? 1 : 0)
            }
        case .memberOfColumn(let subject, let tableName, let columnName, let position):
            let value = try compile(subject, for: table)
            let members = try columnMembers(tableName, columnName, at: position)
            return { row in
                let needle = try value(row)
                return .number(!needle.isMissing && members.contains(needle) ? 1 : 0)
            }
        case .call(let name, let arguments, let position):
            let compiled = try arguments.map { try compile($0, for: table) }
            guard let function = Functions.rowFunctions[name] else {
                throw LocatedError(Functions.unknownMessage(name, rowContext: true), at: position)
            }
            return { row in try function(try compiled.map { try $0(row) }, position) }
        }
    }

    /// Evaluates an expression that stands on its own: a live figure or a verb argument.
    func scalar(_ expression: Expression) throws -> Value {
        switch expression {
        case .literal(let value, _):
            return value
        case .parameter(let name, let position):
            return try context.parameter(name, at: position)
        case .name(let name, let position):
            let binding = try context.binding(name, at: position)
            guard binding.table.rowCount == 1, binding.table.columns.count == 1 else {
                throw LocatedError("'\(name)' is a table of \(binding.table.rowCount) rows and \(binding.table.columns.count) columns; name a cell as \(name).kolom[sleutel]", at: position)
            }
            return binding.table.columns[0][0]
        case .lookup(let tableName, let columnName, let keys, let position):
            return try context.binding(tableName, at: position).cell(column: columnName, keys: keys, at: position)
        case .unary(let op, let operand, let position):
            return try Operators.unary(op, try scalar(operand), at: position)
        case .binary(let op, let left, let right, let position):
            return try Operators.binary(op, try scalar(left), try scalar(right), at: position)
        case .member(let subject, let options, _):
            let needle = try scalar(subject)
            return .number(try options.contains { try scalar($0) == needle && !needle.isMissing } ? 1 : 0)
        case .memberOfColumn(let subject, let tableName, let columnName, let position):
            let needle = try scalar(subject)
            let members = try columnMembers(tableName, columnName, at: position)
            return .number(!needle.isMissing && members.contains(needle) ? 1 : 0)
        case .call(let name, let arguments, let position):
            if let aggregate = Functions.aggregates[name], arguments.count == 1, arguments[0].isWholeColumnOrTable {
                var style = NumberStyle.automatic
                if case .lookup(_, let column, _, _) = arguments[0] { style = YearColumns.defaultStyle(for: column) }
                if let summary = try wholeColumnSummary(name, arguments[0]) { return summary }
                return try aggregate(try columnValues(arguments[0]), context.numberFormat, style)
            }
            guard let function = Functions.rowFunctions[name] else {
                throw LocatedError(Functions.unknownMessage(name, rowContext: false), at: position)
            }
            return try function(try arguments.map { try scalar($0) }, position)
        }
    }

    /// `count(tabel)` and sum, mean, min, max and count of `tabel.kolom`, computed by the engine on the
    /// column itself (no value per cell); nil for the other aggregates.
    private func wholeColumnSummary(_ name: String, _ argument: Expression) throws -> Value? {
        guard let function = AggregateFunction(rawValue: name) else { return nil }
        switch argument {
        case .name(let tableName, let position) where function == .count:
            return .number(Double(try context.binding(tableName, at: position).table.rowCount))
        case .lookup(let tableName, let columnName, nil, let position):
            let table = try context.binding(tableName, at: position).table
            guard table.columnNames.contains(columnName) else { return nil }
            return try table.column(columnName).summary(function)
        default:
            return nil
        }
    }

    /// The distinct values of `tabel.kolom`, for `x in tabel.kolom`.
    private func columnMembers(_ tableName: String, _ columnName: String, at position: SourcePosition) throws -> Set<Value> {
        Set(try columnValues(.lookup(table: tableName, column: columnName, keys: nil, position)))
    }

    /// The values of `tabel.kolom` (all rows) or the rows of a whole table for count(tabel).
    private func columnValues(_ expression: Expression) throws -> [Value] {
        switch expression {
        case .lookup(let tableName, let columnName, nil, let position):
            let binding = try context.binding(tableName, at: position)
            guard binding.table.columnNames.contains(columnName) else {
                throw LocatedError(unknownColumnMessage(columnName, in: binding.table), at: position)
            }
            let column = try binding.table.column(columnName)
            return (0..<column.count).map { column[$0] }
        case .name(let tableName, let position):
            let table = try context.binding(tableName, at: position).table
            return Array(repeating: .number(1), count: table.rowCount)
        default:
            throw LocatedError("expected a column as tabel.kolom", at: expression.position)
        }
    }
}

private extension Expression {
    /// `tabel.kolom` without a key, or a bare table name: the argument of an aggregate like sum(…).
    var isWholeColumnOrTable: Bool {
        switch self {
        case .lookup(_, _, nil, _), .name: return true
        default: return false
        }
    }
}

func unknownColumnMessage(_ name: String, in table: Table) -> String {
    var message = "unknown column '\(name)'"
    if let guess = Suggestion.closest(to: name, among: table.columnNames) {
        message += "; did you mean '\(guess)'?"
    } else {
        message += " (columns: \(table.columnNames.joined(separator: ", ")))"
    }
    return message
}
