// swift-tools-version: 6.1
// Benchmarks for StreekCore, kept out of the main package so its users never fetch the
// benchmark tooling. Run Benchmarks/run-flows.sh for the whole-process timing, or
// `swift package benchmark` (in this folder) for in-process measurements.
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder, so the root package's identity is
// whatever the repository was cloned as ("main", "streek", …).
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
let streek = root.lastPathComponent.lowercased()

let package = Package(
    name: "StreekBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        // Loads a flows CSV and prints checksums of both summaries: time it as a whole process.
        .executableTarget(
            name: "flows-bench",
            dependencies: [.product(name: "StreekCore", package: streek)],
            path: "Sources/flows-bench"
        ),
        .executableTarget(
            name: "FlowsBenchmark",
            dependencies: [
                .product(name: "StreekCore", package: streek),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/FlowsBenchmark",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
