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
            if op == "==" || op == "!=" { try checkParameter(left, right, in: table) }
            let lhs = try compile(left, for: table), rhs = try compile(right, for: table)
            return { try Operators.binary(op, try lhs($0), try rhs($0), at: position) }
        case .member(let subject, let options, _):
            for option in options { try checkParameter(subject, option, in: table) }
            let value = try compile(subject, for: table)
            let candidates = try options.map { try compile($0, for: table) }
            return { row in
                let needle = try value(row)
                return .number(try candidates.contains { Operators.equal(try $0(row), needle) } ? 1 : 0)
            }
        case .memberOfColumn(let subject, let tableName, let columnName, let position):
            let value = try compile(subject, for: table)
            let members = try columnMembers(tableName, columnName, at: position)
            return { row in
                let needle = try value(row)
                return .number(!needle.isMissing && members.contains(needle) ? 1 : 0)
            }
        case .call(let name, let arguments, let position):
            if let summary = try summary(name, arguments, over: table, at: position) { return { _ in summary } }
            let compiled = try arguments.map { try compile($0, for: table) }
            guard let function = Functions.rowFunctions[name] else {
                throw LocatedError(Functions.unknownMessage(name), at: position)
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
                throw LocatedError(Message(nl: "'\(name)' is een tabel van \(binding.table.rowCount) rijen en \(binding.table.columns.count) kolommen; noem een cel als \(name).kolom[sleutel]",
                                           en: "'\(name)' is a table of \(binding.table.rowCount) rows and \(binding.table.columns.count) columns; name a cell as \(name).kolom[sleutel]"), at: position)
            }
            return binding.table.columns[0][0]
        case .lookup(let tableName, let columnName, let keys, let position):
            let binding = try context.binding(tableName, at: position)
            return try binding.cell(column: columnName, keys: try keys.map { try resolve($0, at: position) }, at: position)
        case .unary(let op, let operand, let position):
            return try Operators.unary(op, try scalar(operand), at: position)
        case .binary(let op, let left, let right, let position):
            return try Operators.binary(op, try scalar(left), try scalar(right), at: position)
        case .member(let subject, let options, _):
            let needle = try scalar(subject)
            return .number(try options.contains { Operators.equal(try scalar($0), needle) } ? 1 : 0)
        case .memberOfColumn(let subject, let tableName, let columnName, let position):
            let needle = try scalar(subject)
            let members = try columnMembers(tableName, columnName, at: position)
            return .number(!needle.isMissing && members.contains(needle) ? 1 : 0)
        case .call(let name, let arguments, let position):
            if let aggregate = Functions.aggregates[name], arguments.count == 1, arguments[0].isWholeColumnOrTable {
                var style = NumberStyle.automatic
                if case .lookup(_, let column, _, _) = arguments[0] { style = YearColumns.defaultStyle(for: column) }
                if let summary = try located(at: position, { try wholeColumnSummary(name, arguments[0]) }) { return summary }
                return try located(at: position) { try aggregate(try columnValues(arguments[0]), context.numberFormat, style) }
            }
            guard let function = Functions.rowFunctions[name] else {
                throw LocatedError(Functions.unknownMessage(name), at: position)
            }
            return try function(try arguments.map { try scalar($0) }, position)
        }
    }

    /// A summary as one value inside a row expression, computed once: `saldo - mean(saldo)` (a column of this
    /// table) or `vestiging / sum(t.vestiging)` (a column of another bound table). Nil when the call is a
    /// function per row, such as `max(vestiging, vertrek)`.
    private func summary(_ name: String, _ arguments: [Expression], over table: Table, at position: SourcePosition) throws -> Value? {
        guard let aggregate = Functions.aggregates[name], arguments.count == 1 else { return nil }
        switch arguments[0] {
        case .name(let column, _) where table.columnNames.contains(column):
            let values = try table.column(column)
            return try located(at: position) {
                try aggregate((0..<values.count).map { values[$0] }, context.numberFormat, YearColumns.defaultStyle(for: column))
            }
        case .lookup(_, _, nil, _):
            return try scalar(.call(name, arguments, position))
        case .name(let other, _) where context.bindings[other] != nil:
            return try scalar(.call(name, arguments, position))
        default:
            return nil
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

    /// `gemeente == $stad`: a text parameter compared with a text column must occur in it, so that a typo in
    /// `--param stad=Hogeveen` is reported with a suggestion rather than as an empty table further on.
    /// Numbers are not checked: a data year without rows in one table is a legitimate empty table.
    private func checkParameter(_ left: Expression, _ right: Expression, in table: Table) throws {
        let pair: (column: String, parameter: String, position: SourcePosition)
        switch (left, right) {
        case (.name(let column, _), .parameter(let name, let position)), (.parameter(let name, let position), .name(let column, _)):
            pair = (column, name, position)
        default:
            return
        }
        guard table.rowCount > 0, let column = try? table.column(pair.column), !column.isNumeric,
              case .text(let wanted) = try context.parameter(pair.parameter, at: pair.position) else { return }
        let values = Set((0..<column.count).compactMap { column[$0].text })
        guard !values.contains(wanted) else { return }
        var message = Message(nl: "parameter $\(pair.parameter) = '\(wanted)' komt niet voor in kolom '\(pair.column)'",
                              en: "parameter $\(pair.parameter) = '\(wanted)' does not occur in column '\(pair.column)'")
        if let guess = Suggestion.closest(to: wanted, among: values.sorted()) { message += Message.didYouMean(guess) }
        throw LocatedError(message, at: pair.position)
    }

    /// Row keys as written, with `$param` replaced by the parameter's value: `t.saldo[$stad]`,
    /// `t.saldo[Nederland, $jaar]`.
    private func resolve(_ keys: [String], at position: SourcePosition) throws -> [RowKey] {
        try keys.map { key in
            guard key.hasPrefix("$") else { return RowKey(text: key, parameter: nil) }
            let name = String(key.dropFirst())
            return RowKey(text: try context.parameter(name, at: position).keyText, parameter: name)
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
            throw LocatedError(Message(nl: "een kolom verwacht als tabel.kolom",
                                       en: "expected a column as tabel.kolom"), at: expression.position)
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

func unknownColumnMessage(_ name: String, in table: Table) -> Message {
    var message = Message(nl: "onbekende kolom '\(name)'", en: "unknown column '\(name)'")
    // `filter gemeente == Emmen`: a bare word that is a value in the table was meant as a text.
    if let column = table.columns.first(where: { column in !column.isNumeric && (0..<column.count).contains { column[$0].text == name } }) {
        return message + Message(nl: "; '\(name)' is een waarde in kolom '\(column.name)': zet die tussen aanhalingstekens, \"\(name)\"",
                                 en: "; '\(name)' is a value in column '\(column.name)': write it in quotes, \"\(name)\"")
    }
    if let guess = Suggestion.closest(to: name, among: table.columnNames) {
        message += Message.didYouMean(guess)
    } else {
        message += Message(nl: " (kolommen: \(table.columnNames.joined(separator: ", ")))",
                           en: " (columns: \(table.columnNames.joined(separator: ", ")))")
    }
    return message
}
