@testable import StreekCore

/// Straightforward, cell-by-cell implementations of the verbs (rows as `[Value]`, keys compared as
/// values, nested loops), to check the columnar engine against. Slow on purpose: obviously right.
enum ReferenceVerbs {
    typealias Rows = [[Value]]

    static func rows(_ table: Table) -> Rows {
        (0..<table.rowCount).map { row in table.columns.map { $0[row] } }
    }

    static func column(_ table: Table, _ name: String) -> [Value] {
        let position = table.columnNames.firstIndex(of: name)!
        return rows(table).map { $0[position] }
    }

    /// Missing last; numbers by value, texts by Unicode scalars.
    static func precedes(_ x: Value, _ y: Value, descending: Bool) -> Bool? {
        if x == y { return nil }
        if x.isMissing { return false }
        if y.isMissing { return true }
        return descending ? Value.ascending(y, x) : Value.ascending(x, y)
    }

    static func sortedRows(_ table: Table, by keys: [SortKey]) -> [Int] {
        let cells = keys.map { column(table, $0.column) }
        var order = Array(0..<table.rowCount)
        // Insertion sort: stable by construction.
        for index in 1..<max(1, order.count) {
            var position = index
            while position > 0 {
                let a = order[position - 1], b = order[position]
                var bFirst = false
                for (key, values) in zip(keys, cells) {
                    if let answer = precedes(values[b], values[a], descending: key.descending) { bFirst = answer; break }
                }
                guard bFirst else { break }
                order.swapAt(position - 1, position)
                position -= 1
            }
        }
        return order
    }

    /// Groups in order of first appearance, each with its rows in order.
    static func groups(_ table: Table, by keys: [String]) -> [(key: [Value], rows: [Int])] {
        let cells = keys.map { column(table, $0) }
        var groups: [(key: [Value], rows: [Int])] = []
        for row in 0..<table.rowCount {
            let key = cells.map { $0[row] }
            if let index = groups.firstIndex(where: { $0.key == key }) { groups[index].rows.append(row) } else { groups.append((key, [row])) }
        }
        return groups
    }

    static func aggregate(_ function: AggregateFunction, _ values: [Value]?, rows: [Int]) -> Value {
        guard let values else { return .number(Double(rows.count)) }
        let present = rows.map { values[$0] }.filter { !$0.isMissing }
        let numbers = present.compactMap(\.number)
        switch function {
        case .count: return .number(Double(present.count))
        case .first: return present.first ?? .missing
        case .last: return present.last ?? .missing
        case .sum: return numbers.isEmpty ? .missing : .number(numbers.reduce(0, +))
        case .mean: return numbers.isEmpty ? .missing : .number(numbers.reduce(0, +) / Double(numbers.count))
        case .min: return numbers.min().map(Value.number) ?? .missing
        case .max: return numbers.max().map(Value.number) ?? .missing
        case .median:
            let sorted = numbers.sorted()
            guard !sorted.isEmpty else { return .missing }
            return .number(sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2)
        }
    }

    static func joinedRows(_ left: Table, _ right: Table, on keys: [String], kind: JoinKind) -> [(Int, Int?)] {
        let l = keys.map { column(left, $0) }, r = keys.map { column(right, $0) }
        var pairs: [(Int, Int?)] = []
        for a in 0..<left.rowCount {
            var found: [Int] = []
            for b in 0..<right.rowCount where zip(l, r).allSatisfy({ !$0.0[a].isMissing && $0.0[a] == $0.1[b] }) { found.append(b) }
            switch kind {
            case .inner: pairs += found.map { (a, $0) }
            case .left: pairs += found.isEmpty ? [(a, nil)] : found.map { (a, $0) }
            case .anti: if found.isEmpty { pairs.append((a, nil)) }
            }
        }
        return pairs
    }

    static func top(_ table: Table, _ n: Int, per keys: [String], by key: SortKey?, ties: Bool) -> [Int] {
        var picked: [Int] = []
        for group in groups(table, by: keys) {
            guard let key else { picked += group.rows.prefix(n); continue }
            let sub = table.rows(group.rows)
            let order = sortedRows(sub, by: [key]).map { group.rows[$0] }
            let values = column(table, key.column)
            var take = min(n, order.count)
            while ties, take > 0, take < order.count, values[order[take]] == values[order[take - 1]] { take += 1 }
            picked += order.prefix(take)
        }
        return key == nil ? picked.sorted() : picked
    }

    static func ranks(_ table: Table, _ name: String, descending: Bool, per keys: [String]) -> [Value] {
        let values = column(table, name)
        var ranks = [Value](repeating: .missing, count: table.rowCount)
        for group in groups(table, by: keys) {
            for row in group.rows {
                guard let value = values[row].number else { continue }
                let better = group.rows.filter { values[$0].number.map { descending ? $0 > value : $0 < value } ?? false }
                ranks[row] = .number(Double(better.count + 1))
            }
        }
        return ranks
    }

    /// Flows: the rows that count (both places, different), read as values.
    static func flowRows(_ table: Table, period: String?) -> [(from: Value, to: Value, period: Value, count: Double?)] {
        let from = column(table, "herkomst"), to = column(table, "bestemming"), counts = column(table, "personen")
        let periods = period.map { column(table, $0) }
        return (0..<table.rowCount).compactMap { row in
            guard !from[row].isMissing, !to[row].isMissing, from[row] != to[row] else { return nil }
            return (from[row], to[row], periods?[row] ?? .missing, counts[row].number)
        }
    }

    static func add(_ sum: Double?, _ amount: Double?) -> Double? { amount.map { (sum ?? 0) + $0 } ?? sum }

    /// (place, period) in the order balances list them, with instroom and uitstroom.
    static func balances(_ table: Table, period: String?) -> [(place: Value, period: Value, inflow: Double?, outflow: Double?)] {
        let flows = flowRows(table, period: period)
        var places: [Value] = [], periods: [Value] = []
        for flow in flows {
            if !places.contains(flow.from) { places.append(flow.from) }
            if !places.contains(flow.to) { places.append(flow.to) }
            if !periods.contains(flow.period) { periods.append(flow.period) }
        }
        var result: [(Value, Value, Double?, Double?)] = []
        for place in places {
            for p in periods {
                let rows = flows.filter { $0.period == p && ($0.from == place || $0.to == place) }
                guard !rows.isEmpty else { continue }
                let inflow = rows.filter { $0.to == place }.reduce(nil) { add($0, $1.count) }
                let outflow = rows.filter { $0.from == place }.reduce(nil) { add($0, $1.count) }
                result.append((place, p, inflow, outflow))
            }
        }
        return result
    }

    /// The partners of one place in one period (or all periods): partner, instroom, uitstroom, by
    /// totaal descending then name.
    static func partners(_ table: Table, of place: Value, period: Value?, periodColumn: String?) -> [(partner: Value, inflow: Double?, outflow: Double?)] {
        let flows = flowRows(table, period: periodColumn).filter { period == nil || $0.period == period! }
        var partners: [(partner: Value, inflow: Double?, outflow: Double?)] = []
        for flow in flows where flow.from == place || flow.to == place {
            let partner = flow.from == place ? flow.to : flow.from
            var index = partners.firstIndex { $0.partner == partner }
            if index == nil { partners.append((partner, nil, nil)); index = partners.count - 1 }
            if flow.to == place { partners[index!].inflow = add(partners[index!].inflow, flow.count) } else { partners[index!].outflow = add(partners[index!].outflow, flow.count) }
        }
        return partners.sorted { a, b in
            let x = add(a.inflow, a.outflow), y = add(b.inflow, b.outflow)
            if x != y { return x == nil ? false : (y == nil ? true : x! > y!) }
            return Value.ascending(a.partner, b.partner)
        }
    }
}
