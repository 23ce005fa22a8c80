/// Identifies a row (by its first cell) or a column (by its header) within a table. Repeated texts are
/// told apart by occurrence: the second "Overig" row is ("Overig", 2).
public struct OccurrenceKey: Sendable, Hashable, CustomStringConvertible {
    public var text: String
    /// 1 for the first time the text appears, 2 for the second, ….
    public var occurrence: Int

    public init(text: String, occurrence: Int = 1) {
        self.text = text
        self.occurrence = occurrence
    }

    /// `Overig`, or `Overig (2)` for a repeat.
    public var description: String {
        occurrence == 1 ? text : "\(text) (\(occurrence))"
    }

    /// Keys for a list of texts, numbering repeats in order.
    static func keys(for texts: [String]) -> [OccurrenceKey] {
        var seen: [String: Int] = [:]
        return texts.map { text in
            seen[text, default: 0] += 1
            return OccurrenceKey(text: text, occurrence: seen[text]!)
        }
    }
}
