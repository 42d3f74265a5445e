// swift-tools-version: 6.2
import PackageDescription

// One target per pipeline stage; data flows one way:
// Ingest → Extract → Analyze → Link → Story → Store → Engine → CLI.
// `Model` holds the one document model every stage reads and writes.
let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "storyline", targets: ["StorylineCLI"]),
        .library(name: "Storyline", targets: ["Model", "Ingest", "Extract", "Analyze", "Link", "Story", "Store", "Engine"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", exact: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Only the Server target (and ServerTests) use Hummingbird: a clean build of it costs minutes.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
        // Only PostgresStore (and PostgresStoreTests) use postgres-nio; the CLI links PostgresStore for `--db postgres://`.
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
                       providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", providers: [.apt(["zlib1g-dev"])]),
        .target(name: "Model", path: "Sources/Model"),
        .target(name: "Ingest", dependencies: ["Model", "CZlib", .product(name: "Logging", package: "swift-log")],
                path: "Sources/Ingest", resources: [.copy("Resources")]),
        .target(name: "Extract", dependencies: ["Model", "CLibXML2"], path: "Sources/Extract",
                resources: [.copy("Resources")]),
        .target(name: "Analyze", dependencies: ["Model"], path: "Sources/Analyze",
                resources: [.copy("Resources")]),
        .target(name: "Link", dependencies: ["Model", "Analyze"], path: "Sources/Link",
                resources: [.copy("Resources")]),
        .target(name: "Story", dependencies: ["Model", "Analyze", "Link"], path: "Sources/Story",
                resources: [.copy("Resources")]),
        .target(name: "Store", dependencies: ["Model", "CZlib", .product(name: "GRDB", package: "GRDB.swift")],
                path: "Sources/Store"),
        .target(name: "PostgresStore", dependencies: ["Model", "Store", .product(name: "PostgresNIO", package: "postgres-nio"),
                                                      .product(name: "Logging", package: "swift-log")],
                path: "Sources/PostgresStore"),
        .target(name: "Engine", dependencies: ["Model", "Ingest", "Extract", "Analyze", "Link", "Story", "Store"],
                path: "Sources/Engine"),
        .target(name: "Server", dependencies: ["Model", "Link", "Story", "Store", "Engine",
                                               .product(name: "Hummingbird", package: "hummingbird"),
                                               .product(name: "HummingbirdCore", package: "hummingbird"),
                                               .product(name: "Logging", package: "swift-log")],
                path: "Sources/Server", resources: [.copy("Resources")]),
        .executableTarget(name: "StorylineCLI",
                          dependencies: ["Model", "Ingest", "Extract", "Analyze", "Link", "Story", "Store", "Engine", "Server",
                                         "PostgresStore",
                                         .product(name: "ArgumentParser", package: "swift-argument-parser"),
                                         .product(name: "Logging", package: "swift-log")],
                          path: "Sources/StorylineCLI", resources: [.copy("Resources")]),
        .testTarget(name: "ModelTests", dependencies: ["Model"], path: "Tests/ModelTests"),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"], path: "Tests/IngestTests"),
        .testTarget(name: "ExtractTests", dependencies: ["Extract"], path: "Tests/ExtractTests"),
        .testTarget(name: "AnalyzeTests", dependencies: ["Analyze"], path: "Tests/AnalyzeTests"),
        .testTarget(name: "LinkTests", dependencies: ["Link", "Analyze", "Extract"], path: "Tests/LinkTests"),
        .testTarget(name: "StoryTests", dependencies: ["Story"], path: "Tests/StoryTests"),
        .testTarget(name: "StoreTests", dependencies: ["Store"], path: "Tests/StoreTests"),
        .testTarget(name: "PostgresStoreTests", dependencies: ["PostgresStore", "Store", "Engine", "Ingest", "Model"],
                    path: "Tests/PostgresStoreTests"),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Store", "Ingest", "Model", "Link"], path: "Tests/EngineTests"),
        .testTarget(name: "ServerTests", dependencies: ["Server", "Engine", "Store", "Ingest", "Model"], path: "Tests/ServerTests"),
        .testTarget(name: "StorylineCLITests", dependencies: ["StorylineCLI", "Model"], path: "Tests/StorylineCLITests"),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets (Fuzz/README.md): declared only when STORYLINE_FUZZ is set, so that the normal build and
// `swift test` never compile them. scripts/fuzz.sh builds them with `-sanitize=fuzzer,address` in .build-fuzz/.
if Context.environment["STORYLINE_FUZZ"] != nil {
    let fuzzTargets: [(name: String, dependency: Target.Dependency)] = [
        ("FuzzPageTree", "Extract"), ("FuzzPlainText", "Extract"), ("FuzzWARC", "Ingest"), ("FuzzGzip", "Ingest"),
        ("FuzzJSONLines", "Ingest"), ("FuzzFeed", "Ingest"), ("FuzzSearchQuery", "Store"),
    ]
    package.targets.append(.systemLibrary(name: "CLibFuzzer", path: "Fuzz/CLibFuzzer"))
    for target in fuzzTargets {
        package.targets.append(.executableTarget(name: target.name, dependencies: ["CLibFuzzer", target.dependency],
                                                 path: "Fuzz/Targets/\(target.name)"))
    }
}
