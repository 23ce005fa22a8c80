/// Pairs the tables of two documents: by anchor first, then by caption, then tables that have neither
/// (hand-written pipe tables) by their order. Each table is used at most once.
enum TableMatcher {
    /// For each new table, the index of its old counterpart (nil when it is new).
    static func match(old: [RenderedTable], new: [RenderedTable]) -> [Int?] {
        var matches = [Int?](repeating: nil, count: new.count)
        var taken = Set<Int>()

        func pair(_ key: (RenderedTable) -> String?) {
            // Old tables still free, per key, in document order (a queue per key keeps this linear).
            var free: [String: [Int]] = [:]
            for oldIndex in old.indices.reversed() where !taken.contains(oldIndex) {
                if let text = key(old[oldIndex]) { free[text, default: []].append(oldIndex) }
            }
            for (newIndex, table) in new.enumerated() where matches[newIndex] == nil {
                guard let wanted = key(table), let oldIndex = free[wanted]?.popLast() else { continue }
                matches[newIndex] = oldIndex
                taken.insert(oldIndex)
            }
        }
        pair { $0.anchor }
        pair { $0.caption }

        let anonymousOld = old.indices.filter { !taken.contains($0) && old[$0].anchor == nil && old[$0].caption == nil }
        let anonymousNew = new.indices.filter { matches[$0] == nil && new[$0].anchor == nil && new[$0].caption == nil }
        for (newIndex, oldIndex) in zip(anonymousNew, anonymousOld) {
            matches[newIndex] = oldIndex
        }
        return matches
    }
}
