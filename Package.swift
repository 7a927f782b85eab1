// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Decorum",
    products: [
        .library(name: "Decorum", targets: ["Decorum"]),
        .executable(name: "decorum", targets: ["decorum"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // YAML for policy files, `.decorum.yml` and `.yaml` canned replies (with line numbers).
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // ICU as Debian's libicu-dev ships it; only CICUShim's C file sees its headers.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-uc icu-i18n",
            providers: [.apt(["libicu-dev"])]
        ),
        // Stable, prefixed C entry points whose public header holds no ICU type.
        .target(
            name: "CICUShim",
            dependencies: ["CICU"],
            linkerSettings: [
                .linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata"),
            ]
        ),
        // Normalization with offset map, tokenization, language identification.
        .target(name: "DecorumText", dependencies: ["CICUShim"]),
        // Lexicons, matching, policy and verdicts: the engine, which compiles data files.
        .target(name: "DecorumEngine", dependencies: ["DecorumText"]),
        // The library API: the engine plus the data of Lexicons/, compiled at build time.
        .target(
            name: "Decorum",
            dependencies: ["DecorumEngine"],
            plugins: [.plugin(name: "EmbedData")]
        ),
        // The subcommands of the `decorum` tool, as a library that tests call directly.
        .target(
            name: "DecorumCLI",
            dependencies: [
                "Decorum",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(name: "decorum", dependencies: ["DecorumCLI"]),
        // Build-time tool: compiles the files under Lexicons/ and writes them, with a snapshot
        // of the compiled data, into a Swift file.
        .executableTarget(name: "decorum-embed", dependencies: ["DecorumEngine"]),
        .plugin(
            name: "EmbedData",
            capability: .buildTool(),
            dependencies: ["decorum-embed"]
        ),
        // Throughput per stage against baselines measured in the same run (release builds only).
        .executableTarget(
            name: "decorum-bench",
            dependencies: ["Decorum", "DecorumText", "CICUShim"],
            path: "Benchmarks/decorum-bench"
        ),
        // Fuzz checks (invariants over random and mutated input), shared by the fuzz
        // targets and the tests that replay their crashers.
        .target(name: "DecorumFuzz", dependencies: ["Decorum", "DecorumCLI"]),
        // libFuzzer targets; see the README's development section for how to build and run them.
        .executableTarget(name: "fuzz-normalizer", dependencies: ["DecorumFuzz"]),
        .executableTarget(name: "fuzz-loaders", dependencies: ["DecorumFuzz"]),
        .executableTarget(name: "fuzz-readers", dependencies: ["DecorumFuzz"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "DecorumTextTests", dependencies: ["DecorumText", "TestSupport"]),
        .testTarget(name: "DecorumTests", dependencies: ["Decorum", "DecorumEngine", "DecorumFuzz", "TestSupport"]),
        .testTarget(
            name: "DecorumCLITests",
            dependencies: ["DecorumCLI", "DecorumEngine", "DecorumFuzz", "decorum"],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
