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
        let keyColumns = try keys.map { try column($0.column) }
        let order = Array(0..<rowCount).sorted { a, b in
            for (key, column) in zip(keys, keyColumns) {
                let x = column[a], y = column[b]
                if x == y { continue }
                if x.isMissing { return false }
                if y.isMissing { return true }
                return key.descending ? Value.ascending(y, x) : Value.ascending(x, y)
            }
            return a < b  // stability: Swift's sort is not guaranteed stable
        }
        return rows(order)
    }
}
