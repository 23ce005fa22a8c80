// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Streek",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "streek", targets: ["streek"]),
        // `streek watch` replaces itself with this program, found next to `streek`; only it links the
        // preview server (FlyingFox and, through it, FoundationNetworking with libcurl).
        .executable(name: "streek-preview", targets: ["streek-preview"]),
        .library(name: "StreekCore", targets: ["StreekCore"]),
        .library(name: "StreekNotebook", targets: ["StreekNotebook"]),
        .library(name: "StreekDiff", targets: ["StreekDiff"]),
        .library(name: "StreekDocument", targets: ["StreekDocument"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // SHA-256 of notebooks, data files and outputs for the render cache (3.x and 4.x share the API).
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        // The local preview server of `streek watch`; no dependencies of its own (builds in seconds).
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        // Property-based tests of the diff (a render diffed with itself is empty, …).
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // libcmark 0.30 from the system (libcmark-dev on Debian/Ubuntu, `brew install cmark` on macOS).
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]
        ),
        // glibc's mallopt for the command line's allocator policy (see ProcessMemory.swift).
        .systemLibrary(name: "CMalloc"),
        // Tables and regional statistics. Knows nothing about notebooks.
        .target(name: "StreekCore"),
        // Scales, ticks, palettes, axes, marks, projections and paths → SVG text. Input is plain arrays;
        // knows nothing of notebooks or tables.
        .target(name: "StreekGraphics"),
        // The typed result of one render (prose, tables, text, charts, live figures) and the number
        // conventions every renderer shares. Plain Codable values; knows nothing of cmark or HTML.
        .target(name: "StreekDocument", dependencies: ["StreekCore", "StreekGraphics"]),
        // Notebook: parse (cmark) → evaluate directives (StreekCore) → render Markdown and HTML.
        .target(name: "StreekNotebook", dependencies: [
            "CCmark", "StreekCore", "StreekDocument", "StreekGraphics", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        // `streek watch`: polls the files a render read, re-renders, serves the pages on 127.0.0.1 and
        // tells open pages to reload (server-sent events).
        .target(name: "StreekWatch", dependencies: [
            "StreekNotebook", "StreekGraphics", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        // Semantic comparison of two renders: their sidecars (typed, by binding, key and column id), or for
        // renders without one the frozen reader of rendered Markdown.
        .target(name: "StreekDiff", dependencies: ["StreekCore", "StreekDocument", "StreekGraphics"]),
        // The command-line options render, check and watch share (which notebooks, parameters, variants),
        // the jobs they make of them, and the build identity in render cache keys; used by both programs.
        .target(name: "StreekOptions", dependencies: [
            "StreekNotebook", .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(
            name: "streek",
            dependencies: [
                "StreekNotebook", "StreekDiff", "StreekOptions", "CMalloc",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "streek-preview",
            dependencies: [
                "StreekNotebook", "StreekOptions", "StreekWatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "StreekCoreTests", dependencies: ["StreekCore"], exclude: ["Fixtures"]),
        // Golden/ holds small projects read at test time through #filePath, not compiled resources.
        .testTarget(name: "StreekNotebookTests", dependencies: ["StreekNotebook"], exclude: ["Golden"]),
        // A scratch project folder for tests that run streek on real files.
        .target(name: "StreekTestSupport", path: "Tests/StreekTestSupport"),
        .testTarget(name: "StreekWatchTests", dependencies: [
            "StreekWatch", "StreekTestSupport", .product(name: "FlyingFox", package: "FlyingFox"),
        ]),
        .testTarget(name: "StreekDiffTests", dependencies: [
            "StreekDiff", "StreekNotebook", .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "StreekGraphicsTests", dependencies: ["StreekGraphics"]),
        // Runs the built `streek` executable (and through `streek watch` `streek-preview`): exit codes,
        // files written or left alone, the libraries `streek` loads.
        .testTarget(name: "StreekCLITests", dependencies: ["streek", "streek-preview", "StreekTestSupport"]),
    ]
)
