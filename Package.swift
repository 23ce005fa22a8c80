// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Streek",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "streek", targets: ["streek"]),
        .library(name: "StreekCore", targets: ["StreekCore"]),
        .library(name: "StreekNotebook", targets: ["StreekNotebook"]),
        .library(name: "StreekDiff", targets: ["StreekDiff"]),
        .library(name: "StreekDocument", targets: ["StreekDocument"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // libcmark 0.30 from the system (libcmark-dev on Debian/Ubuntu, `brew install cmark` on macOS).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // Tables and regional statistics. Knows nothing about notebooks.
        .target(name: "StreekCore"),
        // Scales, ticks, palettes, axes, marks, projections and paths → SVG text. Input is plain arrays;
        // knows nothing of notebooks or tables.
        .target(name: "StreekGraphics"),
        // The typed result of one render (prose, tables, text, charts, live figures) and the number
        // conventions every renderer shares. Plain Codable values; knows nothing of cmark or HTML.
        .target(name: "StreekDocument", dependencies: ["StreekCore", "StreekGraphics"]),
        // Notebook: parse (cmark) → evaluate directives (StreekCore) → render Markdown and HTML.
        .target(name: "StreekNotebook", dependencies: ["CCmark", "StreekCore", "StreekDocument", "StreekGraphics"]),
        // Semantic comparison of two rendered notebooks (tables, rows, cells, prose figures).
        .target(name: "StreekDiff"),
        .executableTarget(
            name: "streek",
            dependencies: [
                "StreekNotebook", "StreekDiff",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StreekCoreTests", dependencies: ["StreekCore"]),
        // Golden/ holds small projects read at test time through #filePath, not compiled resources.
        .testTarget(name: "StreekNotebookTests", dependencies: ["StreekNotebook"], exclude: ["Golden"]),
        .testTarget(name: "StreekDiffTests", dependencies: ["StreekDiff"]),
        .testTarget(name: "StreekGraphicsTests", dependencies: ["StreekGraphics"]),
        // Runs the built `streek` executable: exit codes, files written or left alone.
        .testTarget(name: "StreekCLITests", dependencies: ["streek"]),
    ]
)
