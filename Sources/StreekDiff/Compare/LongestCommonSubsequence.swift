/// One step of an alignment between an old and a new sequence.
public enum AlignmentStep: Sendable, Equatable {
    /// Old element `old` and new element `new` correspond.
    case matched(old: Int, new: Int)
    case removed(old: Int)
    case inserted(new: Int)
}

/// Aligns two sequences along a longest common subsequence.
///
/// The exact dynamic programme costs old × new time and memory, so it only runs on small stretches. Larger
/// inputs are first cut down, as patience diff does: the common start and end are matched directly, and
/// elements that occur exactly once on both sides anchor the alignment (their longest increasing run); the
/// stretches between anchors are aligned the same way. A stretch that is still too large and has no anchor
/// is reported as removed then inserted. So two 10 MB renders align in near-linear time.
///
/// Within a changed stretch, removals come before insertions, so reports read "old, then new".
enum LongestCommonSubsequence {
    /// Largest old × new stretch given to the exact dynamic programme.
    static let exactLimit = 1_000_000

    static func align<Element: Hashable>(_ old: [Element], _ new: [Element]) -> [AlignmentStep] {
        var steps: [AlignmentStep] = []
        // Stretches still to align, processed in order (a stack, last pushed = next in document order).
        var pending: [(old: Range<Int>, new: Range<Int>)] = [(0..<old.count, 0..<new.count)]
        while let stretch = pending.popLast() {
            var o = stretch.old, n = stretch.new
            while !o.isEmpty, !n.isEmpty, old[o.lowerBound] == new[n.lowerBound] {
                steps.append(.matched(old: o.lowerBound, new: n.lowerBound))
                o = (o.lowerBound + 1)..<o.upperBound
                n = (n.lowerBound + 1)..<n.upperBound
            }
            var suffix = 0
            while suffix < min(o.count, n.count), old[o.upperBound - 1 - suffix] == new[n.upperBound - 1 - suffix] { suffix += 1 }
            let tail = (0..<suffix).map { AlignmentStep.matched(old: o.upperBound - suffix + $0, new: n.upperBound - suffix + $0) }
            o = o.lowerBound..<(o.upperBound - suffix)
            n = n.lowerBound..<(n.upperBound - suffix)

            if o.isEmpty || n.isEmpty || o.count * n.count <= exactLimit {
                steps += exact(old, o, new, n)
                steps += tail
                continue
            }
            let anchors = uniqueAnchors(old, o, new, n)
            if anchors.isEmpty {
                steps += o.map { .removed(old: $0) } + n.map { .inserted(new: $0) }
                steps += tail
                continue
            }
            // Push in reverse so the first stretch is aligned first; the matched tail goes last.
            var parts: [(old: Range<Int>, new: Range<Int>)] = []
            var previous = (o.lowerBound, n.lowerBound)
            for anchor in anchors {
                parts.append((previous.0..<anchor.old, previous.1..<anchor.new))
                parts.append((anchor.old..<(anchor.old + 1), anchor.new..<(anchor.new + 1)))
                previous = (anchor.old + 1, anchor.new + 1)
            }
            parts.append((previous.0..<o.upperBound, previous.1..<n.upperBound))
            if !tail.isEmpty { pending.append((o.upperBound..<(o.upperBound + suffix), n.upperBound..<(n.upperBound + suffix))) }
            pending += parts.reversed()
        }
        return steps
    }

    /// Elements occurring once in each stretch, kept along their longest run that increases on both sides.
    private static func uniqueAnchors<Element: Hashable>(_ old: [Element], _ o: Range<Int>,
                                                          _ new: [Element], _ n: Range<Int>) -> [(old: Int, new: Int)] {
        var counts: [Element: (old: Int, new: Int, newIndex: Int)] = [:]
        for i in o { counts[old[i], default: (0, 0, 0)].old += 1 }
        for j in n {
            guard var entry = counts[new[j]] else { continue }
            entry.new += 1
            entry.newIndex = j
            counts[new[j]] = entry
        }
        let pairs = o.compactMap { i -> (old: Int, new: Int)? in
            guard let entry = counts[old[i]], entry.old == 1, entry.new == 1 else { return nil }
            return (i, entry.newIndex)
        }
        // Longest increasing subsequence of the new positions (patience sorting, n log n).
        var pileTops: [Int] = [], predecessor = [Int](repeating: -1, count: pairs.count)
        for (index, pair) in pairs.enumerated() {
            var low = 0, high = pileTops.count
            while low < high {
                let middle = (low + high) / 2
                if pairs[pileTops[middle]].new < pair.new { low = middle + 1 } else { high = middle }
            }
            if low > 0 { predecessor[index] = pileTops[low - 1] }
            if low == pileTops.count { pileTops.append(index) } else { pileTops[low] = index }
        }
        var result: [(old: Int, new: Int)] = []
        var index = pileTops.last ?? -1
        while index >= 0 { result.append(pairs[index]); index = predecessor[index] }
        return result.reversed()
    }

    /// The classic dynamic programme on one small stretch.
    private static func exact<Element: Equatable>(_ old: [Element], _ o: Range<Int>,
                                                  _ new: [Element], _ n: Range<Int>) -> [AlignmentStep] {
        let rows = o.count, columns = n.count
        // lengths[i][j] = LCS length of old[o.lowerBound + i ...] and new[n.lowerBound + j ...]
        var lengths = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i][j] = old[o.lowerBound + i] == new[n.lowerBound + j]
                    ? lengths[i + 1][j + 1] + 1
                    : max(lengths[i + 1][j], lengths[i][j + 1])
            }
        }
        var steps: [AlignmentStep] = []
        var removed: [AlignmentStep] = [], inserted: [AlignmentStep] = []
        func flush() {
            steps += removed + inserted
            removed = []
            inserted = []
        }
        var i = 0, j = 0
        while i < rows || j < columns {
            if i < rows, j < columns, old[o.lowerBound + i] == new[n.lowerBound + j] {
                flush()
                steps.append(.matched(old: o.lowerBound + i, new: n.lowerBound + j))
                i += 1
                j += 1
            } else if j == columns || (i < rows && lengths[i + 1][j] >= lengths[i][j + 1]) {
                removed.append(.removed(old: o.lowerBound + i))
                i += 1
            } else {
                inserted.append(.inserted(new: n.lowerBound + j))
                j += 1
            }
        }
        flush()
        return steps
    }
}
