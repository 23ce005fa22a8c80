extension Table {
    /// One row per distinct combination of `keys`, groups in order of first appearance:
    /// the key columns followed by one column per aggregation.
    public func grouped(by keys: [String], _ aggregations: [Aggregation]) throws -> Table {
        let keyColumns = try keys.map { try column($0) }
        let groups = RowGroups(self, keyColumns: keyColumns)
        let keyOutput = keyColumns.map { $0.picking(groups.firstRows) }
        let aggregated = try aggregations.map { try $0.apply(to: self, groups: groups) }
        return try Table(columns: keyOutput + aggregated, metadata: metadata)
    }
}
