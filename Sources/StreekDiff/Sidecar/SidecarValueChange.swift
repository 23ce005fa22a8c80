import StreekCore
import StreekDocument

/// A value that differs between two sidecars: compared raw, each side as its render showed it. Numbers
/// have a difference (in percentage points when the value is a percentage) and, from a non-zero old value,
/// a relative change. Written in a report's language by the `…Text(_:)` functions.
public struct SidecarValueChange: Sendable, Equatable {
    public var old: ShownValue
    public var new: ShownValue

    public init(old: ShownValue, new: ShownValue) {
        self.old = old
        self.new = new
    }

    /// The style of the new value; differences are written in it (decimals, grouping) with a sign. Nil for a
    /// value written as a key.
    public var style: NumberStyle? { new.style }

    /// New minus old; nil unless both are numbers written in a number style (a year or code written as a
    /// key, `2016`, has no meaningful difference).
    public var difference: Double? {
        guard style != nil, let before = old.value.number, let after = new.value.number else { return nil }
        return after - before
    }

    /// (new − old) / |old|; nil without two numbers, from zero, or across zero (a saldo turning from −62
    /// to +231 has no meaningful relative change).
    public var relative: Double? {
        guard let difference, let before = old.value.number, let after = new.value.number, before != 0, (before < 0) == (after < 0) else { return nil }
        return difference / abs(before)
    }

    public var isPercentage: Bool { style?.percent == true }

    /// `+689`, `−0,4`, `+3 procentpunt`; nil when there is no numeric difference.
    public func differenceText(_ format: NumberFormat) -> String? {
        guard let difference else { return nil }
        let style = style ?? .automatic
        let text = format.format(difference, style: NumberStyle(decimals: style.decimals, signed: true, grouping: style.grouping))
        return isPercentage ? text + format.percentagePointUnit : text
    }

    /// `+52,8%`, the relative change; nil when there is none.
    public func relativeText(_ format: NumberFormat) -> String? {
        relative.map { format.format($0 * 100, style: NumberStyle(decimals: 1, percent: true, signed: true)) }
    }

    /// `1.304 → 1.993 (+689)`.
    public func summary(_ format: NumberFormat) -> String {
        let arrow = "\(old.text(in: format)) → \(new.text(in: format))"
        return differenceText(format).map { "\(arrow) (\($0))" } ?? arrow
    }
}
