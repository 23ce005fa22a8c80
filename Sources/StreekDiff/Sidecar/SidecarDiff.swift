import StreekDocument

/// The difference between two renders read from their sidecars: settings and inputs, blocks, live figures.
public struct SidecarDiff: Sendable, Equatable {
    public enum BlockChange: Sendable, Equatable {
        case changed(BlockDiff)
        case onlyInOld(SidecarBlock)
        case onlyInNew(SidecarBlock)
    }

    /// A notebook or data file whose bytes differ (a nil digest: absent on that side).
    public struct InputChange: Sendable, Equatable {
        public var path: String
        public var old: String?
        public var new: String?
    }

    public var oldName: String
    public var newName: String
    /// The languages the two renders were written in (`numbers nl` or `en`).
    public var oldLanguage: NumberFormat.Language
    public var newLanguage: NumberFormat.Language
    public var settingChanges: [HeaderChange]
    public var inputChanges: [InputChange]
    /// Changed and new blocks in new order, then blocks only in the old render.
    public var blockChanges: [BlockChange]
    public var figureChanges: [FigureDiff]
    /// Value changes left out by `--threshold`.
    public var hiddenChanges = 0

    /// The language a report uses unless told otherwise: English when both renders were written in English,
    /// else Dutch, the product's language.
    public var defaultLanguage: NumberFormat.Language {
        oldLanguage == .en && newLanguage == .en ? .en : .nl
    }

    public var isEqual: Bool {
        settingChanges.isEmpty && inputChanges.isEmpty && blockChanges.isEmpty && figureChanges.isEmpty
    }

    public init(old: Sidecar, oldName: String, new: Sidecar, newName: String) {
        self.oldName = oldName
        self.newName = newName
        oldLanguage = old.numbers
        newLanguage = new.numbers

        var settings: [HeaderChange] = []
        if old.notebook.path != new.notebook.path {
            settings.append(HeaderChange(setting: .notebook, old: old.notebook.path, new: new.notebook.path))
        }
        let oldParameters = Dictionary(old.parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        let newNames = Set(new.parameters.map(\.name))
        for parameter in new.parameters where oldParameters[parameter.name]?.value != parameter.value {
            settings.append(HeaderChange(setting: .parameter(parameter.name), old: oldParameters[parameter.name]?.text, new: parameter.text))
        }
        for parameter in old.parameters where !newNames.contains(parameter.name) {
            settings.append(HeaderChange(setting: .parameter(parameter.name), old: parameter.text, new: nil))
        }
        if old.numbers != new.numbers {
            settings.append(HeaderChange(setting: .numbers, old: old.numbers.rawValue, new: new.numbers.rawValue))
        }
        settingChanges = settings

        var inputs: [InputChange] = []
        if old.notebook.sha256 != new.notebook.sha256 {
            inputs.append(InputChange(path: new.notebook.path, old: old.notebook.sha256, new: new.notebook.sha256))
        }
        let oldFiles = Dictionary(old.dataFiles.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        let newFiles = Dictionary(new.dataFiles.map { ($0.path, $0.sha256) }, uniquingKeysWith: { first, _ in first })
        for path in Set(oldFiles.keys).union(newFiles.keys).sorted() where oldFiles[path] != newFiles[path] {
            inputs.append(InputChange(path: path, old: oldFiles[path] ?? nil, new: newFiles[path] ?? nil))
        }
        inputChanges = inputs

        let matches = BlockMatcher.match(old: old.blocks, new: new.blocks)
        var blocks: [BlockChange] = []
        for (newIndex, match) in matches.enumerated() {
            guard let oldIndex = match else {
                blocks.append(.onlyInNew(new.blocks[newIndex]))
                continue
            }
            let diff = BlockDiff(old: old.blocks[oldIndex], new: new.blocks[newIndex], oldLanguage: oldLanguage, newLanguage: newLanguage)
            if !diff.isEmpty { blocks.append(.changed(diff)) }
        }
        let matchedOld = Set(matches.compactMap { $0 })
        blocks += old.blocks.indices.filter { !matchedOld.contains($0) }.map { .onlyInOld(old.blocks[$0]) }
        blockChanges = blocks
        figureChanges = FigureDiff.changes(old: old.figures, new: new.figures, oldLanguage: oldLanguage, newLanguage: newLanguage)
    }

    /// The diff without the value changes below `threshold` (blocks left without changes drop out).
    public func filtered(by threshold: Threshold) -> SidecarDiff {
        var copy = self
        copy.blockChanges = blockChanges.compactMap { change in
            guard case .changed(let diff) = change else { return change }
            let (kept, hidden) = diff.filtered(by: threshold)
            copy.hiddenChanges += hidden
            return kept.isEmpty ? nil : .changed(kept)
        }
        copy.figureChanges = figureChanges.filter { figure in
            guard case .changed(let change) = figure.kind, threshold.hides(change) else { return true }
            copy.hiddenChanges += 1
            return false
        }
        return copy
    }
}

/// Pairs the blocks of two sidecars: by binding name, then by anchor, then unnamed blocks of the same kind
/// by their order among such blocks. Never by caption, which usually holds the data year.
enum BlockMatcher {
    /// For each new block, the index of its old counterpart (nil when it is new).
    static func match(old: [SidecarBlock], new: [SidecarBlock]) -> [Int?] {
        var matches = [Int?](repeating: nil, count: new.count)
        var taken = Set<Int>()
        func pair(_ oldKeys: [String?], _ newKeys: [String?]) {
            var oldByKey: [String: [Int]] = [:]
            for index in old.indices.reversed() where !taken.contains(index) {
                if let key = oldKeys[index] { oldByKey[key, default: []].append(index) }
            }
            for newIndex in new.indices where matches[newIndex] == nil {
                guard let key = newKeys[newIndex], let oldIndex = oldByKey[key]?.popLast() else { continue }
                matches[newIndex] = oldIndex
                taken.insert(oldIndex)
            }
        }
        let byName = { (block: SidecarBlock) in block.name.map { "\(block.kind.rawValue):\($0)" } }
        let byAnchor = { (block: SidecarBlock) in block.anchor.map { "\(block.kind.rawValue):#\($0)" } }
        pair(old.map(byName), new.map(byName))
        pair(old.map(byAnchor), new.map(byAnchor))
        pair(unnamedOrdinals(old), unnamedOrdinals(new))
        return matches
    }

    /// `table@2` for the second unnamed table, nil for named blocks.
    private static func unnamedOrdinals(_ blocks: [SidecarBlock]) -> [String?] {
        var counts: [SidecarBlock.Kind: Int] = [:]
        return blocks.map { block in
            guard block.name == nil else { return nil }
            counts[block.kind, default: 0] += 1
            return "\(block.kind.rawValue)@\(counts[block.kind]!)"
        }
    }
}
