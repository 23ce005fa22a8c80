/// Rows that share the same values in some key columns, in order of first appearance.
struct RowGroups {
    /// Member row indices of each group, groups ordered by their first row.
    let members: [[Int]]
    /// The key values of each group.
    let keys: [[Value]]

    init(_ table: Table, keyColumns: [Column]) {
        var positionOfKey: [[Value]: Int] = [:]
        var members: [[Int]] = []
        var keys: [[Value]] = []
        for row in 0..<table.rowCount {
            let key = keyColumns.map { $0[row] }
            if let position = positionOfKey[key] {
                members[position].append(row)
            } else {
                positionOfKey[key] = members.count
                members.append([row])
                keys.append(key)
            }
        }
        self.members = members
        self.keys = keys
    }

    var firstRows: [Int] { members.map { $0[0] } }
}
