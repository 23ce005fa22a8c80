/// One step of an alignment between an old and a new sequence.
public enum AlignmentStep: Sendable, Equatable {
    /// Old element `old` and new element `new` correspond.
    case matched(old: Int, new: Int)
    case removed(old: Int)
    case inserted(new: Int)
}

/// Aligns two sequences along their longest common subsequence (classic dynamic programme).
///
/// Within a changed stretch, removals come before insertions, so reports read "old, then new".
enum LongestCommonSubsequence {
    static func align<Element: Equatable>(_ old: [Element], _ new: [Element]) -> [AlignmentStep] {
        let rows = old.count, columns = new.count
        // lengths[i][j] = LCS length of old[i...] and new[j...]
        var lengths = Array(repeating: Array(repeating: 0, count: columns + 1), count: rows + 1)
        for i in stride(from: rows - 1, through: 0, by: -1) {
            for j in stride(from: columns - 1, through: 0, by: -1) {
                lengths[i][j] = old[i] == new[j]
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
            if i < rows, j < columns, old[i] == new[j] {
                flush()
                steps.append(.matched(old: i, new: j))
                i += 1
                j += 1
            } else if j == columns || (i < rows && lengths[i + 1][j] >= lengths[i][j + 1]) {
                removed.append(.removed(old: i))
                i += 1
            } else {
                inserted.append(.inserted(new: j))
                j += 1
            }
        }
        flush()
        return steps
    }
}
