/// The `n` best rows of every group (by a sort key, stable, missing last), found in one pass over
/// the rows: each group keeps a short sorted list (groups are often hundreds of rows, `n` a handful,
/// and a row that does not beat its group's n-th is dismissed at once).
struct GroupBest {
    let width: Int
    /// Group g's best rows in order are `lists[g * width ..< g * width + sizes[g]]`.
    private(set) var lists: [Int32]
    private(set) var sizes: [Int32]

    init(_ groups: RowGroups, _ n: Int, _ ordering: SortOrdering) {
        width = Swift.max(0, Swift.min(n, groups.ids.count))
        lists = [Int32](repeating: 0, count: groups.count * width)
        sizes = [Int32](repeating: 0, count: groups.count)
        guard width > 0 else { return }
        let width = width
        lists.withUnsafeMutableBufferPointer { lists in
            sizes.withUnsafeMutableBufferPointer { sizes in
                for (row, group) in groups.ids.enumerated() {
                    let base = Int(group) * width, size = Int(sizes[Int(group)])
                    // Rows come in increasing order, so among equal values the earlier row stays ahead.
                    if size == width, ordering.compare(row, Int(lists[base + width - 1])) != .less { continue }
                    var index = Swift.min(size, width - 1)
                    while index > 0, ordering.compare(row, Int(lists[base + index - 1])) == .less {
                        lists[base + index] = lists[base + index - 1]
                        index -= 1
                    }
                    lists[base + index] = Int32(row)
                    if size < width { sizes[Int(group)] += 1 }
                }
            }
        }
    }

    func rows(of group: Int) -> ArraySlice<Int32> {
        lists[group * width ..< group * width + Int(sizes[group])]
    }
}

/// The rows `top n per … by key` leaves out of a group although they tie with the last row it keeps.
public struct TopCut: Sendable, Equatable {
    /// The last row kept (an index into the table).
    public var last: Int
    /// The rows left out with the same value, in table order (which is their sorted order).
    public var outside: [Int]
}

extension Table {
    /// Every group whose cut falls inside a tie, in the order the groups first appear when the table
    /// is sorted by `key` (a group's best row decides). Nothing when `n` is 0 or the last row kept is
    /// missing.
    public func topCuts(_ n: Int, per groupBy: [String], by key: SortKey) throws -> [TopCut] {
        guard n > 0 else { return [] }
        let groups = RowGroups(self, keyColumns: try groupBy.map { try column($0) })
        let ordering = try SortOrdering(try column(key.column), descending: key.descending)
        let best = GroupBest(groups, n, ordering)
        // The last row kept of every full group whose value is there; −1 otherwise.
        var last = [Int](repeating: -1, count: groups.count)
        for group in 0..<groups.count where best.sizes[group] == Int32(best.width) {
            let row = Int(best.rows(of: group).last!)
            if ordering.isPresent(row) { last[group] = row }
        }
        var outside: [Int: [Int]] = [:]
        for (row, group) in groups.ids.enumerated() {
            let kept = last[Int(group)]
            if kept >= 0, row > kept, ordering.compare(row, kept) == .equal { outside[Int(group), default: []].append(row) }
        }
        let first = { (group: Int) in Int(best.rows(of: group).first!) }
        return outside.keys.sorted { a, b in
            let order = ordering.compare(first(a), first(b))
            return order == .equal ? first(a) < first(b) : order == .less
        }.map { TopCut(last: last[$0], outside: outside[$0]!) }
    }

    /// Where `row` stands in `sorted(by: [key])` (0-based; stable, missing last).
    public func sortedPosition(of row: Int, by key: SortKey) throws -> Int {
        let ordering = try SortOrdering(try column(key.column), descending: key.descending)
        return (0..<rowCount).reduce(0) { count, other in
            let order = ordering.compare(other, row)
            return count + (order == .less || (order == .equal && other < row) ? 1 : 0)
        }
    }
}
