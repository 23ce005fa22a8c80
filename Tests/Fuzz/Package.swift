// swift-tools-version: 6.1
// libFuzzer targets for Streek, kept out of the main package so `-sanitize=fuzzer` never reaches the
// normal build. Build and run with Tests/Fuzz/run.sh (see README.md here).
import PackageDescription


let package = Package(
    name: "StreekFuzz",
    dependencies: [.package(name: "Streek", path: "../..")],
    targets: [
        // Hands `main` to libFuzzer's driver.
        .target(name: "FuzzSupport"),
        // Notebook parse + evaluate + render (Markdown and HTML) on a small in-memory project.
        .executableTarget(name: "FuzzNotebook", dependencies: ["FuzzSupport", .product(name: "StreekNotebook", package: "Streek")]),
        // The CSV reader of Data/ files.
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "StreekCore", package: "Streek")]),
        // The diff's reader of rendered Markdown, the comparison and all three reports.
        .executableTarget(name: "FuzzDiff", dependencies: ["FuzzSupport", .product(name: "StreekDiff", package: "Streek")]),
    ]
)
