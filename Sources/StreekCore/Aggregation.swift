/// How `grouped` (and a live figure such as `sum(t.kolom)`) reduces cells to one value. All functions skip
/// missing cells; cells that are all missing give missing (never 0), except `count`. `min` and `max` work
/// on numbers or on texts (alphabetical), never on a mix; `list` joins the cells into one text.
public enum AggregateFunction: String, CaseIterable, Sendable {
    case sum, mean, median, min, max, count, first, last, list

    /// Joins the cells `list` gathers; the notebook passes its language's enumeration ("A, B en C").
    public typealias ListJoiner = @Sendable ([Value]) -> String

    public static let plainList: ListJoiner = { values in values.map(\.description).joined(separator: ", ") }

    /// The one reduction on cells as values that every caller shares (the group verb's buffer paths give
    /// the same results for numbers).
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
                throw TableError.invalidArgument(Message(
                    nl: "\(rawValue) van cellen met zowel getallen als teksten; filter of zet eerst één soort om",
                    en: "\(rawValue) of cells that hold both numbers and texts; filter or convert one kind first"))
            }
            return .text((self == .min ? texts.min() : texts.max())!)
        case .sum, .mean, .median:
            guard present.allSatisfy({ $0.number != nil }) else {
                let text = present.first { $0.number == nil }?.text ?? ""
                throw TableError.invalidArgument(Message(
                    nl: "\(rawValue) heeft getallen nodig, maar een cel bevat de tekst '\(text)'",
                    en: "\(rawValue) needs numbers, but a cell holds the text '\(text)'"))
            }
            return reduce(numbers: present.compactMap(\.number)).map(Value.number) ?? .missing
        }
    }

    /// Reduces non-missing numbers; nil when there are none (or for the functions that are not numeric).
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
        case .count, .first, .last, .list: return nil
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

    /// The aggregated column for the given groups, in one pass over the rows.
    func apply(to table: Table, groups: RowGroups) throws -> Column {
        let ids = groups.ids
        guard let name = column else {
            guard function == .count else {
                throw TableError.invalidArgument(Message(
                    nl: "\(function.rawValue) heeft een kolom nodig (uitvoer '\(output)')",
                    en: "\(function.rawValue) needs a column (output '\(output)')"))
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
                function.reduce(numbers: rows[offsets[group]..<offsets[group + 1]].compactMap { numbers[$0] })
            })
        case .list, .min, .max where !source.isNumeric || function == .list:
            // Texts (and `list` of anything) go through the shared reduction on values.
            let (offsets, rows) = groups.membership()
            do {
                return Column(output, values: try (0..<groups.count).map { group in
                    try function.reduce(rows[offsets[group]..<offsets[group + 1]].map { source[$0] }, list: listJoiner)
                })
            } catch TableError.invalidArgument(let message) {
                throw TableError.invalidArgument(Message(nl: "kolom '\(name)': \(message.nl)", en: "column '\(name)': \(message.en)"))
            }
        case .sum, .mean, .min, .max, .list:
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
            // min and max of texts, and sum of texts (an error), are left to `AggregateFunction.reduce`.
            if function == .count { return .number(Double(cells.codes.lazy.filter { $0 >= 0 }.count)) }
            return nil
        case .numbers(let cells):
            let groups = RowGroups(single: count)
            guard [.sum, .mean, .min, .max, .count].contains(function) else { return nil }
            if function == .count { return .number(Double((0..<count).lazy.filter { cells.validity[$0] }.count)) }
            guard let reduced = try? Aggregation("", function, of: nil).reduce(cells, ids: groups.ids, groups: groups.count) else { return nil }
            return reduced[0].map(Value.number) ?? .missing
        }
    }
}
