import ArgumentParser
import CaseCore
import CaseDemo
import CaseStorePostgres
import Foundation

/// `casedesk demo [DIR]`: make a realistic demo store and open it.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Make a realistic demo store (default: a new temporary directory) and open it.",
        discussion: """
            The store has cases of every crime type, unit and status, defendants with outcomes \
            since 2010-2011, sentences, ancillary orders, confiscation at every stage, and MLA, \
            extradition, EAW, EIO and JIT requests in every state, some overdue and some to \
            chase. The same --seed always gives the same cases. The store's path is printed on \
            standard output; when standard input and output are a terminal the UI then opens \
            on it (not with --no-open). --store DIR names the directory as DIR does; \
            $CASEDESK_STORE is not used, so a demo never lands in your real store.

            Examples:
              casedesk demo
              casedesk demo /tmp/cases --no-open
              casedesk demo /tmp/big --cases 100000 --no-open
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("A new or empty directory for the store (default: a new temporary directory).",
                                 valueName: "DIR"))
    var directory: String?
    @Option(help: "How many cases to make.") var cases: Int = DemoGenerator.defaultCaseCount
    @Option(help: "The seed of the generator; the same seed gives the same cases.") var seed: UInt64 = 1
    @Flag(help: "Do not open the UI; just print where the store is.") var noOpen = false
    @Option(help: .hidden) var today: String?

    func validate() throws {
        guard (0...10_000_000).contains(cases) else {
            throw ValidationError("--cases must be between 0 and 10000000, found \(cases).")
        }
        if let directory, directory.isEmpty { throw ValidationError("DIR must not be an empty string.") }
        try Today.validate(today)
        if let store = options.store {
            // The demo writes a directory; a server gets it by import, which keeps its audit.
            if PostgresAddress.isAddress(store) {
                throw ValidationError("demo writes a directory store, not a server: make it in a directory, then copy it in with 'casedesk import --from DIR --store \(store)'.")
            }
            if let directory, directory != store {
                throw ValidationError("demo was given two directories, \(directory) and --store \(store): give the demo's directory once.")
            }
        }
    }

    func run() throws {
        // `--store DIR` is the directory as DIR is (a user says where the store is that way
        // everywhere else); $CASEDESK_STORE is not, so a demo never lands in the real store.
        let path = try directory ?? options.store ?? Self.makeTemporaryDirectory()
        let generator = DemoGenerator(seed: seed, today: Today.resolve(today))
        let store = try JSONDirectoryStore.create(at: URL(fileURLWithPath: path), meta: generator.meta)
        let progress = Progress(label: "writing demo cases")
        let started = Date()
        let result = try store.writeNewCases(count: cases, user: options.userName(), action: "demo",
                                             progress: progress.report) { generator.makeCase(index: $0) }
        progress.finish()
        if let (id, error) = result.refused.first {
            // A refused demo case is a bug in the generator, not the user's doing: say which and why.
            throw CLIError("\(result.refused.count) demo case\(result.refused.count == 1 ? " was" : "s were") refused, the first because: \(error.description)", at: "\(path)/cases/\(id).json")
        }
        ByteOutput.standardOutput.line(path)
        ByteOutput.standardOutput.flush()
        if Terminal.stderrIsTerminal {
            let seconds = Date().timeIntervalSince(started)
            ByteOutput.standardError.line("casedesk: wrote \(result.written) demo cases in \(String(format: "%.1f", seconds)) s; open them with: casedesk --store \(path)")
        }
        if !noOpen, Terminal.stdoutIsTerminal, Terminal.stdinIsTerminal {
            try UILauncher.open(store: path, user: options.userName(), theme: options.theme, themeFile: options.themeFile,
                                mouse: !options.noMouse)
        }
    }

    /// A new, private (0700) directory under $TMPDIR: `casedesk-demo-XXXXXX`.
    static func makeTemporaryDirectory() throws -> String {
        let base = FileManager.default.temporaryDirectory.path
        var template = Array((base + "/casedesk-demo-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        guard made != nil else {
            throw CLIError("cannot make a temporary directory for the demo store", at: base)
        }
        return String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
