/// Where a table's figures come from and what they describe, read from `# key: value` lines.
public struct TableMetadata: Sendable, Equatable {
    public var title: String?
    public var sources: [String]
    public var grain: String?
    public var notes: [String]

    public init(title: String? = nil, sources: [String] = [], grain: String? = nil, notes: [String] = []) {
        self.title = title
        self.sources = sources
        self.grain = grain
        self.notes = notes
    }

    /// Metadata of a table built from this one and `other`: sources and notes of both, each
    /// once, in order of first appearance. Title and grain stay this table's, or the other's
    /// when this one has none.
    public func combined(with other: TableMetadata) -> TableMetadata {
        TableMetadata(
            title: title ?? other.title,
            sources: Self.uniqued(sources + other.sources),
            grain: grain ?? other.grain,
            notes: Self.uniqued(notes + other.notes)
        )
    }

    private static func uniqued(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
