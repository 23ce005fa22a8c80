/// "Did you mean …?" for mistyped column and place names.
public enum Suggestion {
    /// The candidate with the smallest case-insensitive edit distance to `name`, or nil when
    /// even the best one is too far off to be a plausible typo (more than a third of the
    /// longer name's length, and always more than 3 edits). Ties go to the earlier candidate.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(target, Array(candidate.lowercased()))
            if distance < (best?.distance ?? Int.max) { best = (candidate, distance) }
        }
        guard let best else { return nil }
        let longer = max(target.count, best.candidate.count)
        let allowed = min(3, max(1, longer / 3))
        return best.distance <= allowed ? best.candidate : nil
    }

    /// Edit distance counting an insertion, deletion, substitution or swap of two neighbouring
    /// letters as one edit ("optimal string alignment"), since swapped letters are the most common
    /// typo in names: "tabel" is one edit from "table".
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
