/// Sums flows into a dense matrix while the CSV is read, indexed by interned place and
/// period numbers, so no per-row arrays are kept. Grows by doubling as new places and
/// periods turn up (each period is its own block, so a new period copies nothing). Also
/// records the order in which places and periods first appear in a row between two
/// different places: `FlowMatrix` lists them in that order, as the Table path does.
struct FlowAccumulator {
    private var placeCapacity = 0
    /// blocks[period][origin × placeCapacity + destination]: NaN when no row, −∞ when only
    /// rows with a missing count.
    private var blocks: [[Double]] = []
    private var placeOrder: [Int32] = []
    private var periodOrder: [Int32] = []
    private(set) var placeSequence: [Int] = []
    private(set) var periodSequence: [Int] = []

    /// Adds one row; `count` NaN means missing. Moves within a place are ignored.
    mutating func add(origin: Int, destination: Int, period: Int, count: Double) {
        guard origin != destination else { return }
        if origin >= placeCapacity || destination >= placeCapacity { growPlaces(to: max(origin, destination) + 1) }
        while period >= blocks.count {
            blocks.append([Double](repeating: .nan, count: placeCapacity * placeCapacity))
            periodOrder.append(-1)
        }
        if periodOrder[period] < 0 { periodOrder[period] = Int32(periodSequence.count); periodSequence.append(period) }
        if placeOrder[origin] < 0 { placeOrder[origin] = Int32(placeSequence.count); placeSequence.append(origin) }
        if placeOrder[destination] < 0 { placeOrder[destination] = Int32(placeSequence.count); placeSequence.append(destination) }
        let cell = origin * placeCapacity + destination
        blocks[period].withUnsafeMutableBufferPointer { block in
            let current = block[cell]
            if count.isNaN {
                if current.isNaN { block[cell] = -.infinity }
            } else {
                block[cell] = current.isNaN || current == -.infinity ? count : current + count
            }
        }
    }

    /// The cells renumbered to first-appearance order, sized exactly, and whether each place
    /// has a row in each period (read off the cells rather than stored per row):
    /// cells[(period × n + origin) × n + destination], appears[period × n + place].
    func compacted() -> (cells: [Double], appears: [Bool]) {
        let n = placeSequence.count, periods = periodSequence.count
        var dense = [Double](repeating: .nan, count: n * n * periods)
        var seen = [Bool](repeating: false, count: n * periods)
        for (newPeriod, oldPeriod) in periodSequence.enumerated() {
            let block = blocks[oldPeriod]
            for (newOrigin, oldOrigin) in placeSequence.enumerated() {
                let from = oldOrigin * placeCapacity, to = (newPeriod * n + newOrigin) * n
                for (newDestination, oldDestination) in placeSequence.enumerated() {
                    let cell = block[from + oldDestination]
                    dense[to + newDestination] = cell
                    if !cell.isNaN {
                        seen[newPeriod * n + newOrigin] = true
                        seen[newPeriod * n + newDestination] = true
                    }
                }
            }
        }
        return (dense, seen)
    }

    private mutating func growPlaces(to places: Int) {
        var capacity = max(placeCapacity, 64)
        while capacity < places { capacity *= 2 }
        for period in blocks.indices {
            var block = [Double](repeating: .nan, count: capacity * capacity)
            for origin in 0..<placeCapacity {
                for destination in 0..<placeCapacity {
                    block[origin * capacity + destination] = blocks[period][origin * placeCapacity + destination]
                }
            }
            blocks[period] = block
        }
        placeOrder += Array(repeating: -1, count: capacity - placeCapacity)
        placeCapacity = capacity
    }
}
