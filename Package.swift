// swift-tools-version: 6.0
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "CaseDesk",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "casedesk", targets: ["casedesk"]),
        .library(name: "CaseCore", targets: ["CaseCore"]),
        .library(name: "TerminalUI", targets: ["TerminalUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.3"),
    ],
    targets: [
        // Model, store, queries and measures. Foundation only: no terminal code here.
        .target(name: "CaseCore", dependencies: ["Tabular"], swiftSettings: strict),
        // Tables as aligned text, TSV, CSV and Markdown: one writer for the CLI, the report and
        // the dashboard's export. Knows nothing of cases (docs/decisions.md, issue 14).
        .target(name: "Tabular", swiftSettings: strict),
        // The seeded demo store (`casedesk demo`, benchmarks, tests): fictional data, so not in the CaseCore product.
        .target(name: "CaseDemo", dependencies: ["CaseCore"], swiftSettings: strict),
        // The PostgreSQL store behind CaseStore (see docs/postgres.md); the only code that links NIO.
        .target(name: "CaseStorePostgres", dependencies: [
            "CaseCore", .product(name: "PostgresNIO", package: "postgres-nio"),
            .product(name: "Logging", package: "swift-log"),
        ], swiftSettings: strict),
        // The ncurses shim: the only code that links ncurses.
        .systemLibrary(name: "CNcurses", providers: [.apt(["libncurses-dev"])]),
        // Cells, styles, layout, widgets, themes, key decoding, backends. Knows nothing of cases.
        .target(name: "TerminalUI", dependencies: ["CNcurses"], swiftSettings: strict),
        // The application: state, actions, reducer, one view per screen.
        .target(name: "CaseDeskUI", dependencies: ["CaseCore", "Tabular", "TerminalUI"], swiftSettings: strict),
        // Argument parsing and wiring, nothing else.
        .executableTarget(name: "casedesk", dependencies: [
            "CaseCore", "CaseDemo", "Tabular", "TerminalUI", "CaseDeskUI", "CaseStorePostgres",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ], swiftSettings: strict),
        // Benchmarks: a plain executable run in release mode (`swift run -c release casedesk-bench`).
        .executableTarget(name: "casedesk-bench", dependencies: ["CaseCore", "CaseDemo", "TerminalUI", "CaseDeskUI", "CaseStorePostgres"],
                          path: "Benchmarks/casedesk-bench", swiftSettings: strict),
        // The end-to-end kill and full-disk tests' stand-in for a UI session: saves in a loop
        // through the store API the UI uses, saying each one acknowledged (Tests/EndToEnd).
        .executableTarget(name: "casedesk-savedriver", dependencies: ["CaseCore"],
                          path: "Tests/EndToEnd/savedriver", swiftSettings: strict),
        // The store tests run one conformance suite against both stores, hence the server store here.
        .testTarget(name: "CaseCoreTests", dependencies: ["CaseCore", "CaseDemo", "Tabular", "CaseStorePostgres"], swiftSettings: strict),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"], swiftSettings: strict),
        // Screens/: the expected screens, read by ScreenTests from the source tree.
        .testTarget(name: "CaseDeskUITests", dependencies: ["CaseDeskUI", "CaseCore", "CaseDemo", "TerminalUI"],
                    exclude: ["Screens"], swiftSettings: strict),
    ]
)
