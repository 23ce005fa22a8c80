/// How `grouped` (and a live figure such as `sum(t.kolom)`) reduces cells to one value. All functions skip
/// missing cells; cells that are all missing give missing (never 0), except `count`. `min` and `max` work
/// on numbers or on texts (alphabetical), never on a mix; `list` joins the cells into one text.
public enum AggregateFunction: String, CaseIterable, Sendable {
    case sum, mean, median, min, max, count, first, last, list

    /// Joins the cells `list` gathers; the notebook passes its language's enumeration ("A, B en C").
    public typealias ListJoiner = @Sendable ([Value]) -> String

    public static let plainList: ListJoiner = { values in
        values.map { $0.text ?? $0.number.map(Value.stableDescription(of:)) ?? "" }.joined(separator: ", ")
    }

    /// The one reduction every caller shares, on the cells of one group or one column.
    public func reduce(_ values: [Value], list join: ListJoiner = plainList) throws -> Value {
        let present = values.filter { !$0.isMissing }
        switch self {
        case .count: return .number(Double(present.count))
        case .first: return present.first ?? .missing
        case .last: return present.last ?? .missing
        case .list: return present.isEmpty ? .missing : .text(join(present))
        case .min, .max:
            let texts = present.compactMap(\.text)
            guard !texts.isEmpty else { return reduce(numbers: present.compactMap(\.number)).map(Value.number) ?? .missing }
            guard texts.count == present.count else {
                throw TableError.invalidArgument("\(rawValue) of cells that hold both numbers and texts; filter or convert one kind first")
            }
            return .text((self == .min ? texts.min() : texts.max())!)
        case .sum, .mean, .median:
            guard present.allSatisfy({ $0.number != nil }) else {
                let text = present.first { $0.number == nil }?.text ?? ""
                throw TableError.invalidArgument("\(rawValue) needs numbers, but a cell holds the text '\(text)'")
            }
            return reduce(numbers: present.compactMap(\.number)).map(Value.number) ?? .missing
        }
    }

    /// Reduces non-missing numbers; nil when there are none.
    func reduce(numbers: [Double]) -> Double? {
        guard !numbers.isEmpty else { return nil }
        switch self {
        case .sum: return numbers.reduce(0, +)
        case .mean: return numbers.reduce(0, +) / Double(numbers.count)
        case .min: return numbers.min()
        case .max: return numbers.max()
        case .median:
            let sorted = numbers.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        case .count, .first, .last, .list: return nil  // not numeric reductions; see `reduce(_:list:)`
        }
    }
}

/// One output column of `grouped`: `function` applied to `column` (nil only for `count`,
/// which then counts rows; `count` of a column counts its non-missing cells).
public struct Aggregation: Sendable {
    public var output: String
    public var function: AggregateFunction
    public var column: String?
    /// How `list` joins a group's cells.
    public var listJoiner: AggregateFunction.ListJoiner

    public init(_ output: String, _ function: AggregateFunction, of column: String?,
                list listJoiner: @escaping AggregateFunction.ListJoiner = AggregateFunction.plainList) {
        self.output = output
        self.function = function
        self.column = column
        self.listJoiner = listJoiner
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
        // Numeric reductions of a numeric column go straight over the numbers (the large flow tables).
        if source.isNumeric, [.sum, .mean, .median, .min, .max].contains(function) {
            let numbers = try source.numbers()
            return Column(output, numbers: groups.map { rows in function.reduce(numbers: rows.compactMap { numbers[$0] }) })
        }
        if [.sum, .mean, .median].contains(function) { throw TableError.notNumeric(name) }
        do {
            return Column(output, values: try groups.map { rows in try function.reduce(rows.map { source[$0] }, list: listJoiner) })
        } catch TableError.invalidArgument(let message) {
            throw TableError.invalidArgument("column '\(name)': \(message)")
        }
    }
}
