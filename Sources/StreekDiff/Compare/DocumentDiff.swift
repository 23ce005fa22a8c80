import StreekDocument

/// The semantic difference between two rendered notebooks: header, tables, prose.
public struct DocumentDiff: Sendable, Equatable {
    /// A table's fate: changed in place, or present in only one file.
    public enum TableChange: Sendable, Equatable {
        case changed(TableDiff)
        case onlyInOld(RenderedTable)
        case onlyInNew(RenderedTable)
    }

    public var oldName: String
    public var newName: String
    public var oldConvention: NumberConvention
    /// Reports write figures and differences in this convention.
    public var newConvention: NumberConvention
    public var headerChanges: [HeaderChange]
    /// Matched and new tables in new-file order, then tables only in the old file in old-file order.
    /// Tables that did not change are left out.
    public var tableChanges: [TableChange]
    /// In file order.
    public var proseChanges: [ProseChange]

    /// The language a report uses unless told otherwise: English when both files were written in English,
    /// else Dutch, the product's language.
    public var defaultLanguage: NumberFormat.Language {
        oldConvention == .en && newConvention == .en ? .en : .nl
    }

    public var isEqual: Bool { headerChanges.isEmpty && tableChanges.isEmpty && proseChanges.isEmpty }

    public init(old: RenderedDocument, new: RenderedDocument) {
        oldName = old.name
        newName = new.name
        oldConvention = old.numberConvention
        newConvention = new.numberConvention
        headerChanges = HeaderChange.changes(from: old.header, to: new.header)

        let matches = TableMatcher.match(old: old.tables, new: new.tables)
        var changes: [TableChange] = []
        for (newIndex, match) in matches.enumerated() {
            guard let oldIndex = match else {
                changes.append(.onlyInNew(new.tables[newIndex]))
                continue
            }
            let diff = TableDiff(
                old: old.tables[oldIndex], oldConvention: old.numberConvention, new: new.tables[newIndex], newConvention: new.numberConvention)
            if !diff.isEmpty { changes.append(.changed(diff)) }
        }
        let matchedOld = Set(matches.compactMap { $0 })
        for (oldIndex, table) in old.tables.enumerated() where !matchedOld.contains(oldIndex) {
            changes.append(.onlyInOld(table))
        }
        tableChanges = changes
        proseChanges = ProseChange.changes(from: old.prose, to: new.prose)
    }
}
