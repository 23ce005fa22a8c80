/// The value range every panel shares (small multiples compare at a glance only on one scale): the data's
/// extent, stacked sums for stacked bars, zero for bars (a bar's length is its value), the reference line.
struct ValueDomain {
    var ticks: NiceTicks

    init(_ spec: ChartSpec) {
        var low = Double.infinity, high = -Double.infinity
        func include(_ value: Double) {
            low = min(low, value)
            high = max(high, value)
        }
        for panel in spec.panels {
            if spec.mark == .bar, spec.stacking == .stacked {
                for category in spec.categories.indices {
                    var positive = 0.0, negative = 0.0
                    for series in panel.values {
                        guard category < series.count, let value = series[category] else { continue }
                        if value >= 0 { positive += value } else { negative += value }
                    }
                    include(positive)
                    include(negative)
                }
            } else {
                for series in panel.values { for value in series { if let value, value.isFinite { include(value) } } }
            }
        }
        if spec.mark == .bar { include(0) }
        if let reference = spec.reference { include(reference) }
        if !low.isFinite { low = 0; high = 1 }
        ticks = NiceTicks(covering: low, high, count: 5)
    }
}
