/// Writes values and changes for a report, in the new file's number format
/// (e.g. `1.304 → 1.993 (+689)`).
struct ValueWording: Sendable {
    let oldConvention: NumberConvention
    let newConvention: NumberConvention

    /// A value from the old file: as written when both files share a format, else rewritten.
    func old(_ value: ParsedValue) -> String {
        oldConvention == newConvention ? value.text : newConvention.format(value)
    }

    func new(_ value: ParsedValue) -> String {
        value.text
    }

    /// `+689`, `−0,4`, `+3 procentpunt`; nil when the change has no numeric difference.
    func difference(_ change: ValueChange) -> String? {
        guard let difference = change.difference else { return nil }
        let unit = change.isPercentagePointDifference ? newConvention.percentagePointUnit : ""
        return newConvention.format(difference, signed: true) + unit
    }

    /// `1.304 → 1.993 (+689)`.
    func summary(_ change: ValueChange) -> String {
        let arrow = "\(old(change.old)) → \(new(change.new))"
        return difference(change).map { "\(arrow) (\($0))" } ?? arrow
    }
}
