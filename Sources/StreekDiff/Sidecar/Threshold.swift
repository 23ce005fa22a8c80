import Foundation

/// `--threshold`: numeric changes smaller than this are left out of the report. `10` is an absolute
/// difference (percentage points for percentages), `5%` a relative one. Changes without a numeric
/// difference (text, a value that became missing) are never hidden.
public enum Threshold: Sendable, Equatable {
    case absolute(Double)
    case relative(Double)

    /// `10`, `0.5`, `0,5`, `5%`; nil for anything else (negative or not a number).
    public init?(parsing text: String) {
        var text = text.trimmingWhitespace()
        let isRelative = text.hasSuffix("%")
        if isRelative { text.removeLast() }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), value.isFinite, value >= 0 else { return nil }
        self = isRelative ? .relative(value / 100) : .absolute(value)
    }

    public func hides(_ change: SidecarValueChange) -> Bool {
        guard let difference = change.difference else { return false }
        switch self {
        case .absolute(let size): return abs(difference) < size
        case .relative(let size): return change.relative.map { abs($0) < size } ?? false
        }
    }
}
