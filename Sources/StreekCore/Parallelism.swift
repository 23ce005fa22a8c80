import Dispatch
import Foundation

/// How a verb splits its work between cores: contiguous ranges of items, one per core, each worth
/// at least `minimumPerRange` units of work (small tables stay on one core).
struct Parallelism: Sendable {
    var ranges: Int
    var minimumPerRange: Int

    /// The cores this process may use (Foundation reads the cgroup limits for it: once per process).
    static let cores = ProcessInfo.processInfo.activeProcessorCount

    static let automatic = Parallelism(ranges: cores, minimumPerRange: 100_000)
    static let sequential = Parallelism(ranges: 1, minimumPerRange: .max)

    /// `0..<count` cut into at most `ranges` contiguous ranges of at least `minimumPerRange` units of
    /// work, an item costing `cost` units (one range at least).
    func split(_ count: Int, cost: Int = 1) -> [Range<Int>] {
        let pieces = max(1, min(ranges, count, count.multipliedReportingOverflow(by: cost).partialValue / max(minimumPerRange, 1)))
        return (0..<pieces).map { count * $0 / pieces ..< count * ($0 + 1) / pieces }
    }

    /// Runs `body` on every range of `split(count, cost:)` at the same time and returns when all are
    /// done. `body` may write only to memory no other range writes (through unsafe pointers it was
    /// given), so no two ranges race.
    func forEach(_ count: Int, cost: Int = 1, _ body: (Range<Int>) -> Void) {
        forEachPiece(count, cost: cost) { body($1) }
    }

    /// `forEach`, telling `body` also which piece (0, 1, …) its range is.
    func forEachPiece(_ count: Int, cost: Int = 1, _ body: (_ piece: Int, _ range: Range<Int>) -> Void) {
        let pieces = split(count, cost: cost)
        guard pieces.count > 1 else { return body(0, pieces[0]) }
        withoutActuallyEscaping(body) { body in
            let shared = UncheckedSendable(body)
            DispatchQueue.concurrentPerform(iterations: pieces.count) { shared.value($0, pieces[$0]) }
        }
    }
}

/// A value handed to other threads whose safety the caller vouches for (see `Parallelism.forEach`).
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
