import StreekCore
import StreekDocument

/// A live figure that changed: matched by expression and by which occurrence of that expression it is in
/// notebook order (the second `= $jaar` pairs with the second), never by the sentence around it.
public struct FigureDiff: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case changed(SidecarValueChange)
        case added
        case removed
    }

    public var kind: Kind
    /// The figure in the new render (the old one for a removed figure).
    public var figure: SidecarFigure
    /// The old sentence as the old render wrote it, for a changed figure.
    public var oldSentence: String?
    /// Whether the author reworded the sentence (not only its figures changed).
    public var reworded = false

    /// Changes in new notebook order, then figures only in the old render.
    static func changes(old: [SidecarFigure], new: [SidecarFigure], oldLanguage: NumberFormat.Language,
                        newLanguage: NumberFormat.Language) -> [FigureDiff] {
        let oldKeys = occurrenceKeys(old), newKeys = occurrenceKeys(new)
        let oldIndex = Dictionary(oldKeys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var matched = Set<Int>()
        var changes: [FigureDiff] = []
        for (index, figure) in new.enumerated() {
            guard let match = oldIndex[newKeys[index]] else {
                changes.append(FigureDiff(kind: .added, figure: figure))
                continue
            }
            matched.insert(match)
            let before = old[match]
            guard before.value != figure.value else { continue }
            let change = SidecarValueChange(old: ShownValue(value: before.value, text: before.text, style: before.format, language: oldLanguage),
                                            new: ShownValue(value: figure.value, text: figure.text, style: figure.format, language: newLanguage))
            changes.append(FigureDiff(kind: .changed(change), figure: figure, oldSentence: before.sentence,
                                      reworded: before.template != figure.template))
        }
        changes += old.indices.filter { !matched.contains($0) }.map { FigureDiff(kind: .removed, figure: old[$0]) }
        return changes
    }

    private struct Key: Hashable {
        var expression: String
        var occurrence: Int
    }

    private static func occurrenceKeys(_ figures: [SidecarFigure]) -> [Key] {
        var seen: [String: Int] = [:]
        return figures.map { figure in
            seen[figure.expression, default: 0] += 1
            return Key(expression: figure.expression, occurrence: seen[figure.expression]!)
        }
    }
}
