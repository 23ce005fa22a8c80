/// Rows that share the same values in some key columns, groups numbered in order of first
/// appearance. Keys are compared as integer codes (`KeyCoder`); a missing cell is a key value
/// of its own.
struct RowGroups {
    /// The group of every row.
    let ids: [Int32]
    let count: Int
    /// The first row of each group.
    let firstRows: [Int]
    private let keyColumns: [Column]

    init(_ table: Table, keyColumns: [Column]) {
        let coded = keyColumns.map { column -> (codes: [Int32], cardinality: Int) in
            let result = KeyCoder.codes([column])
            return (result.codes[0], result.cardinality)
        }
        (ids, count) = KeyCoder.combine(coded, rows: table.rowCount)
        var firstRows = [Int](repeating: -1, count: count)
        for (row, id) in ids.enumerated() where firstRows[Int(id)] < 0 { firstRows[Int(id)] = row }
        self.firstRows = firstRows
        self.keyColumns = keyColumns
    }

    /// All `rows` rows in one group.
    init(single rows: Int) {
        ids = [Int32](repeating: 0, count: rows)
        count = 1
        firstRows = [0]
        keyColumns = []
    }

    /// Member rows of every group in one array: group g's rows, in row order, are
    /// `rows[offsets[g]..<offsets[g + 1]]`.
    func membership() -> (offsets: [Int], rows: [Int]) {
        var offsets = [Int](repeating: 0, count: count + 1)
        for id in ids { offsets[Int(id) + 1] += 1 }
        for group in 0..<count { offsets[group + 1] += offsets[group] }
        var fill = offsets
        var rows = [Int](repeating: 0, count: ids.count)
        for (row, id) in ids.enumerated() {
            rows[fill[Int(id)]] = row
            fill[Int(id)] += 1
        }
        return (offsets, rows)
    }

    /// Member row indices of each group.
    var members: [[Int]] {
        let (offsets, rows) = membership()
        return (0..<count).map { Array(rows[offsets[$0]..<offsets[$0 + 1]]) }
    }

    /// The key cells of one group.
    func key(of group: Int) -> [Value] {
        keyColumns.map { $0[firstRows[group]] }
    }
}
