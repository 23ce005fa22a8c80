// In-process measurement of the FlowMatrix fast path on the synthetic national table
// (generate it first: python3 Benchmarks/generate_synthetic_flows.py, from the repository root).
import Benchmark
import Foundation
import StreekCore

/// The synthetic table, found relative to this package whether run from the repository
/// root or from Benchmarks/.
private func flowsFile() -> URL {
    let candidates = ["Data/synthetic/flows_national.csv", "../Data/synthetic/flows_national.csv"]
    let found = candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[1]
    return URL(fileURLWithPath: found)
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
                                           maxDuration: .seconds(10), maxIterations: 20)

    Benchmark("Load national flows + balances + top 15 partners") { benchmark in
        let url = flowsFile()
        for _ in benchmark.scaledIterations {
            let matrix = try FlowMatrix.load(contentsOf: url, origin: "herkomst", destination: "bestemming",
                                             period: "jaar", count: "personen")
            blackHole(matrix.balances())
            blackHole(matrix.topPartners(15))
        }
    }

    Benchmark("Summaries only (matrix already loaded)") { benchmark in
        let matrix = try FlowMatrix.load(contentsOf: flowsFile(), origin: "herkomst", destination: "bestemming",
                                         period: "jaar", count: "personen")
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(matrix.balances())
            blackHole(matrix.topPartners(15))
        }
    }
}
