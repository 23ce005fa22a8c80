/// Writes the values and changes of a render without sidecar in the report's number format
/// (e.g. `1.304 → 1.993 (+689)`): a value as its file wrote it when the file shares that format, else rewritten.
struct ValueWording: Sendable {
    let oldConvention: NumberConvention
    let newConvention: NumberConvention
    let reportConvention: NumberConvention

    func old(_ value: ParsedValue) -> String {
        oldConvention == reportConvention ? value.text : reportConvention.format(value)
    }

    func new(_ value: ParsedValue) -> String {
        newConvention == reportConvention ? value.text : reportConvention.format(value)
    }

    /// `+689`, `−0,4`, `+3 procentpunt`; nil when the change has no numeric difference.
    func difference(_ change: ValueChange) -> String? {
        guard let difference = change.difference else { return nil }
        let unit = change.isPercentagePointDifference ? reportConvention.percentagePointUnit : ""
        return reportConvention.format(difference, signed: true) + unit
    }

    /// `1.304 → 1.993 (+689)`.
    func summary(_ change: ValueChange) -> String {
        let arrow = "\(old(change.old)) → \(new(change.new))"
        return difference(change).map { "\(arrow) (\($0))" } ?? arrow
    }
}
