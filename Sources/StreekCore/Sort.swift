/// One sort criterion for `sorted(by:)`.
public struct SortKey: Sendable, Equatable {
    public var column: String
    public var descending: Bool

    public init(_ column: String, descending: Bool = false) {
        self.column = column
        self.descending = descending
    }
}

extension Table {
    /// Rows ordered by the keys in turn. Stable (equal rows keep their order); missing cells
    /// sort last whatever the direction; texts compare by Unicode scalars, locale-free.
    public func sorted(by keys: [SortKey]) throws -> Table {
        rows(try sortOrder(of: Array(0..<rowCount), by: keys))
    }

    /// `rows` ordered by the keys (stable, missing last), comparing numbers or text ranks.
    func sortOrder(of rows: [Int], by keys: [SortKey]) throws -> [Int] {
        let orderings = try keys.map { try SortOrdering(try column($0.column), descending: $0.descending) }
        return rows.sorted { a, b in
            for ordering in orderings {
                switch ordering.compare(a, b) {
                case .less: return true
                case .greater: return false
                case .equal: continue
                }
            }
            return a < b  // stability: Swift's sort is not guaranteed stable
        }
    }
}

/// One sort key read as numbers: the cell itself, or a text's rank in Unicode scalar order.
struct SortOrdering {
    private let values: NumberCells
    private let descending: Bool

    enum Order { case less, equal, greater }

    init(_ column: Column, descending: Bool) throws {
        self.descending = descending
        switch column.storage {
        case .numbers(let cells):
            values = cells
        case .texts(let cells):
            let ranks = cells.table.scalarOrderRanks()
            var present = Bitmap(count: cells.count, allSet: true)
            for (row, code) in cells.codes.enumerated() where code < 0 { present[row] = false }
            values = NumberCells(integers: cells.codes.map { $0 < 0 ? 0 : ranks[Int($0)] }, validity: present)
        }
    }

    /// Whether the row's cell holds a value.
    func isPresent(_ row: Int) -> Bool { values.validity[row] }

    /// Missing last in either direction.
    @inline(__always)
    func compare(_ a: Int, _ b: Int) -> Order {
        let hasA = values.validity[a], hasB = values.validity[b]
        if !hasA || !hasB { return hasA == hasB ? .equal : (hasA ? .less : .greater) }
        let x = values.value(a), y = values.value(b)
        if x == y { return .equal }
        return (x < y) != descending ? .less : .greater
    }
}
