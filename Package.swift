// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "mizan",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Mizan", targets: ["Mizan"]),
        .executable(name: "mizan", targets: ["MizanCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        // libxml2, reached through one shim header (see Sources/CLibXML2/shim.h for why).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // ICU behind a plain C header: no ICU type crosses into Swift.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        .systemLibrary(name: "CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "Mizan",
            dependencies: [
                "CLibXML2", "CICU", "CZlib",
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        .executableTarget(
            name: "MizanCLI",
            dependencies: ["Mizan", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "MizanTests", dependencies: ["Mizan"]),
        .testTarget(name: "MizanCLITests", dependencies: ["Mizan", "MizanCLI"]),
    ],
    swiftLanguageModes: [.v6]
)
