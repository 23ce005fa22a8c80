/// Changes in the prose between two documents.
///
/// Sentences (and headings) are aligned along their longest common subsequence of *templates* — the
/// text with figures blanked out — so a sentence whose words stayed and whose numbers moved is paired
/// with its old version and reported figure by figure. Any other edit is a removal plus an addition.
public enum ProseChange: Sendable, Equatable {
    /// Same sentence, different figures; `figures` lists only those that changed, in sentence order.
    case figuresChanged(old: ProseSentence, new: ProseSentence, figures: [FigureChange])
    case removed(ProseSentence)
    case added(ProseSentence)

    /// A changed figure and its position among the sentence's figures (0-based).
    public struct FigureChange: Sendable, Equatable {
        public var index: Int
        public var change: ValueChange
    }

    /// The heading the change is reported under (from the new file, or the old one for removals).
    public var context: String? {
        switch self {
        case .figuresChanged(_, let new, _): new.context
        case .removed(let sentence), .added(let sentence): sentence.context
        }
    }

    static func changes(from old: [ProseSentence], to new: [ProseSentence]) -> [ProseChange] {
        LongestCommonSubsequence.align(old.map(\.template), new.map(\.template)).compactMap { step in
            switch step {
            case .removed(let index):
                return .removed(old[index])
            case .inserted(let index):
                return .added(new[index])
            case .matched(let oldIndex, let newIndex):
                let figures = zip(old[oldIndex].figures, new[newIndex].figures).enumerated().compactMap { index, pair in
                    pair.0.isEquivalent(to: pair.1) ? nil : FigureChange(index: index, change: ValueChange(old: pair.0, new: pair.1))
                }
                return figures.isEmpty ? nil : .figuresChanged(old: old[oldIndex], new: new[newIndex], figures: figures)
            }
        }
    }
}
