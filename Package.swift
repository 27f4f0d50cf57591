// swift-tools-version: 6.1
import Foundation
import PackageDescription

// The speed benchmarks (ordo-one/benchmark) are built only when asked for, so that a plain
// `swift test` on a clean clone stays lean: `UNALIGN_BENCHMARKS=1 swift package benchmark`.
let withBenchmarks = ProcessInfo.processInfo.environment["UNALIGN_BENCHMARKS"] != nil

// A release binary carries the Swift runtime and Foundation, as `--static-swift-stdlib` links them;
// the modules that import Foundation are compiled for it too (their autolinked libraries). Not in
// the fuzz build: the sanitizers' runtime wants the shared libraries.
let fuzzing = ProcessInfo.processInfo.environment["UNALIGN_FUZZ"] != nil
let staticRuntime: [String] = fuzzing ? [] : ["-static-stdlib"]
let staticRuntimeInRelease: [SwiftSetting] = [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]
let staticRuntimeLinkedInRelease: [LinkerSetting] = [.unsafeFlags(staticRuntime, .when(platforms: [.linux], configuration: .release))]

let package = Package(
    name: "UNAlign",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "UNAlign", targets: ["UNAlign"]),
        .executable(name: "unalign", targets: ["unalign"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The tests write Word packages of their own (the reader inflates through system zlib).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // System ICU, for pkg-config and the apt provider. Swift never imports it (see ICU.md).
        .systemLibrary(name: "CICU", pkgConfig: "icu-i18n", providers: [.apt(["libicu-dev"])]),
        // The C facade: the only code that includes ICU headers.
        .target(
            name: "CICUShim",
            dependencies: ["CICU"],
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // System poppler (C++), for reading PDFs; Swift never imports it either.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-cpp", providers: [.apt(["libpoppler-cpp-dev"])]),
        // Its C facade: the only code that includes poppler's headers.
        .target(
            name: "CPopplerShim",
            dependencies: ["CPoppler"],
            linkerSettings: [.linkedLibrary("poppler-cpp")]
        ),
        // System zlib, for the deflated parts of Word packages, and its C facade.
        .systemLibrary(name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "CZlibShim", dependencies: ["CSystemZlib"], linkerSettings: [.linkedLibrary("z")]),
        .target(
            name: "UNAlign",
            dependencies: ["CICUShim", "CPopplerShim", "CZlibShim"],
            resources: [.copy("Resources")],
            swiftSettings: staticRuntimeInRelease
        ),
        .executableTarget(
            name: "unalign",
            dependencies: ["UNAlign", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            // A release binary carries the Swift runtime and Foundation (as `--static-swift-stdlib`
            // links them): the dynamic loader's work on a dozen shared libraries was a third of a
            // one-line alignment's start-up, and the binary runs where no Swift is installed.
            swiftSettings: staticRuntimeInRelease,
            linkerSettings: staticRuntimeLinkedInRelease
        ),
        // The invariants every document and alignment keeps, and the fuzz harnesses that check
        // them: shared by the tests (which replay every fuzz finding) and the fuzzer.
        .target(name: "UNAlignChecks", dependencies: ["UNAlign"], path: "Tests/Checks"),
        // The CLI tests run the built `unalign` binary, so the test target depends on it.
        .testTarget(name: "UNAlignTests", dependencies: ["UNAlign", "UNAlignChecks", "unalign", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
                    exclude: ["Fixtures"]),
    ],
    swiftLanguageModes: [.v6],
    cxxLanguageStandard: .cxx17
)

// The libFuzzer binary exists only in the fuzz build (`Scripts/fuzz.sh`): libFuzzer supplies its
// `main`, so an ordinary build could not link it.
if fuzzing {
    package.targets.append(
        .executableTarget(name: "unalign-fuzz", dependencies: ["UNAlignChecks"], path: "Tests/Fuzz"))
}

if withBenchmarks {
    package.dependencies.append(
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]))
    package.targets.append(
        .executableTarget(
            name: "UNAlignBenchmarks",
            dependencies: ["UNAlign", .product(name: "Benchmark", package: "benchmark")],
            path: "Benchmarks/UNAlignBenchmarks",
            linkerSettings: staticRuntimeLinkedInRelease,
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ))
}
