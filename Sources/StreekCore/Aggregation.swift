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

    /// The aggregated column for the given groups, in one pass over the rows.
    func apply(to table: Table, groups: RowGroups) throws -> Column {
        let ids = groups.ids
        guard let name = column else {
            guard function == .count else {
                throw TableError.invalidArgument("\(function.rawValue) needs a column (output '\(output)')")
            }
            var counts = [Double](repeating: 0, count: groups.count)
            for id in ids { counts[Int(id)] += 1 }
            return Column(output, numbers: counts)
        }
        let source = try table.column(name)
        switch function {
        case .count:
            var counts = [Double](repeating: 0, count: groups.count)
            for (row, id) in ids.enumerated() where !source.isMissing(row) { counts[Int(id)] += 1 }
            return Column(output, numbers: counts)
        case .first, .last:
            var picked = [Int?](repeating: nil, count: groups.count)
            for (row, id) in ids.enumerated() where !source.isMissing(row) {
                if function == .last || picked[Int(id)] == nil { picked[Int(id)] = row }
            }
            return source.named(output).picking(picked)
        case .median:
            let numbers = try source.numberCells()
            let (offsets, rows) = groups.membership()
            return Column(output, numbers: (0..<groups.count).map { group in
                let present = rows[offsets[group]..<offsets[group + 1]].compactMap { numbers[$0] }.sorted()
                guard !present.isEmpty else { return nil }
                let middle = present.count / 2
                return present.count % 2 == 1 ? present[middle] : (present[middle - 1] + present[middle]) / 2
            })
        case .sum, .mean, .min, .max:
            return Column(output, storage: .numbers(try reduce(try source.numberCells(), ids: ids, groups: groups.count)))
        }
    }

    /// Sum, mean, min or max per group, skipping missing cells; missing for a group without any.
    func reduce(_ numbers: NumberCells, ids: [Int32], groups: Int) throws -> NumberCells {
        var result = [Double](repeating: 0, count: groups)
        var present = [Int](repeating: 0, count: groups)
        do {
            for (row, id) in ids.enumerated() where numbers.validity[row] {
                let group = Int(id), value = numbers.value(row)
                switch function {
                case .sum, .mean: result[group] += value
                case .min: if present[group] == 0 || value < result[group] { result[group] = value }
                case .max: if present[group] == 0 || value > result[group] { result[group] = value }
                default: break
                }
                present[group] += 1
            }
        }
        var validity = Bitmap(count: groups, allSet: false)
        for group in 0..<groups where present[group] > 0 {
            validity[group] = true
            if function == .mean { result[group] /= Double(present[group]) }
        }
        return NumberCells(values: result, validity: validity)
    }
}

extension Column {
    func isMissing(_ row: Int) -> Bool {
        switch storage {
        case .numbers(let cells): return !cells.validity[row]
        case .texts(let cells): return cells.codes[row] < 0
        }
    }
}

extension Column {
    /// `sum`, `mean`, `min`, `max` or `count` of the whole column, straight from its buffers:
    /// missing cells skipped, missing when there is no number (a text column has none). Nil for
    /// the other functions.
    public func summary(_ function: AggregateFunction) -> Value? {
        switch storage {
        case .texts(let cells):
            if function == .count { return .number(Double(cells.codes.lazy.filter { $0 >= 0 }.count)) }
            return [.sum, .mean, .min, .max].contains(function) ? .missing : nil
        case .numbers(let cells):
            let groups = RowGroups(single: count)
            guard [.sum, .mean, .min, .max, .count].contains(function) else { return nil }
            if function == .count { return .number(Double((0..<count).lazy.filter { cells.validity[$0] }.count)) }
            guard let reduced = try? Aggregation("", function, of: nil).reduce(cells, ids: groups.ids, groups: groups.count) else { return nil }
            return reduced[0].map(Value.number) ?? .missing
        }
    }
}
