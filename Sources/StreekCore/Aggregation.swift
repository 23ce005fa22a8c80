/// How `grouped` reduces a group's cells to one value. All functions skip missing cells;
/// a group whose cells are all missing gives missing (never 0), except `count`.
public enum AggregateFunction: String, CaseIterable, Sendable {
    case sum, mean, min, max, count, first, last, median
}

/// One output column of `grouped`: `function` applied to `column` (nil only for `count`,
/// which then counts rows; `count` of a column counts its non-missing cells).
public struct Aggregation: Sendable {
    public var output: String
    public var function: AggregateFunction
    public var column: String?

    public init(_ output: String, _ function: AggregateFunction, of column: String?) {
        self.output = output
        self.function = function
        self.column = column
    }

    /// The aggregated column for the given groups of row indices.
    func apply(to table: Table, groups: [[Int]]) throws -> Column {
        guard let name = column else {
            guard function == .count else {
                throw TableError.invalidArgument("\(function.rawValue) needs a column (output '\(output)')")
            }
            return Column(output, numbers: groups.map { Double($0.count) })
        }
        let source = try table.column(name)
        switch function {
        case .count:
            return Column(output, numbers: groups.map { rows in
                Double(rows.filter { !source[$0].isMissing }.count)
            })
        case .first, .last:
            let picked = groups.map { rows -> Int? in
                let present = rows.filter { !source[$0].isMissing }
                return function == .first ? present.first : present.last
            }
            return Column(output, values: picked.map { $0.map { source[$0] } ?? .missing })
        default:
            let numbers = try source.numbers()
            return Column(output, numbers: groups.map { rows in
                reduce(rows.compactMap { numbers[$0] })
            })
        }
    }

    /// Reduces the non-missing numbers of one group; nil when there are none.
    private func reduce(_ numbers: [Double]) -> Double? {
        guard !numbers.isEmpty else { return nil }
        switch function {
        case .sum: return numbers.reduce(0, +)
        case .mean: return numbers.reduce(0, +) / Double(numbers.count)
        case .min: return numbers.min()
        case .max: return numbers.max()
        case .median:
            let sorted = numbers.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        case .count, .first, .last: return nil  // handled in `apply`
        }
    }
}
