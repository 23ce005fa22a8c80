extension Table {
    /// Appends a row with the sums of numeric columns. Sums skip missing cells, and a column
    /// with no numbers at all gets a missing total rather than 0. `columns` limits which
    /// numeric columns are summed (others get a missing cell: summing a rate or a rank would
    /// be meaningless); by default all numeric columns are. `label` goes in `labelColumn`,
    /// or else in the first text column.
    public func withTotalsRow(label: String, labelColumn: String? = nil, columns summed: [String]? = nil) throws -> Table {
        let labelName: String
        if let labelColumn {
            labelName = labelColumn
            guard try !column(labelName).isNumeric else {
                throw TableError.invalidArgument(Message(
                    nl: "labelkolom '\(labelName)' bevat getallen", en: "label column '\(labelName)' is numeric"))
            }
        } else if let firstText = columns.first(where: { !$0.isNumeric }) {
            labelName = firstText.name
        } else {
            throw TableError.invalidArgument(Message(
                nl: "een totaalrij heeft een tekstkolom nodig voor haar label", en: "a totals row needs a text column for its label"))
        }
        let toSum = summed ?? columns.filter(\.isNumeric).map(\.name)
        for name in toSum { _ = try numbers(name) }

        let extended = columns.map { column -> Column in
            switch column.values {
            case .texts(let texts):
                return Column(column.name, texts: texts + [column.name == labelName ? label : nil])
            case .numbers(let numbers):
                let total = toSum.contains(column.name) ? Self.missingAwareSum(numbers) : nil
                return Column(column.name, numbers: numbers + [total])
            }
        }
        var result = with(columns: extended)
        result.metadata.totalRows.append(TableMetadata.TotalRow(column: labelName, label: label))
        return result
    }

    /// Sum of the present numbers; nil when there are none.
    static func missingAwareSum(_ numbers: [Double?]) -> Double? {
        let present = numbers.compactMap { $0 }
        return present.isEmpty ? nil : present.reduce(0, +)
    }
}
