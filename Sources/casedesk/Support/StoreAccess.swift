import CaseCore
import CaseStorePostgres
import TerminalUI
import Foundation

/// What the batch commands need of any store: the `CaseStore` calls and its metadata.
protocol CommandStore: CaseStore {
    func readMeta() throws -> StoreMeta
    /// A revision kept by the store (current, saved over, or deleted) and where it is.
    func keptRevision(id: String, revision: Int) throws -> (case: Case, file: String)?
    /// The clock the store stamps changes with (and an export its time).
    var clock: @Sendable () -> Timestamp { get }
    /// The id of every case to export, unsorted: for a directory every case-like file name,
    /// readable or not (so the export names what it had to leave out).
    func exportIDs() throws -> [String]
}

extension JSONDirectoryStore: CommandStore {
    func exportIDs() throws -> [String] { try caseFileIDs() }
}
extension PostgresStore: CommandStore {
    func exportIDs() throws -> [String] { try caseIDs() }
}

/// An open store and what was read from it.
struct OpenedStore {
    let path: String
    let store: any CommandStore
    let snapshot: StoreSnapshot
}

/// Opening the store named by the options, for the batch commands.
enum StoreAccess {
    /// The store a place names: a `postgres://` address is a server, anything else a directory.
    static func anyStore(_ place: String) throws -> any CommandStore {
        guard PostgresAddress.isAddress(place) else { return JSONDirectoryStore(directory: URL(fileURLWithPath: place)) }
        do { return try PostgresStore(addressText: place) } catch let e as PostgresAddress.Invalid {
            throw CLIError(e.description)
        }
    }

    static func anyStore(_ options: StoreOptions) throws -> any CommandStore { try anyStore(options.storePath()) }

    /// The store directory, for the commands that work on its files; a server address is
    /// refused with the command that does the same for a server.
    static func store(_ options: StoreOptions) throws -> JSONDirectoryStore {
        let place = options.storePath()
        if PostgresAddress.isAddress(place) {
            throw CLIError("this command works on a store directory, not a PostgreSQL store; for a server use 'casedesk import --from DIR' and 'casedesk db export DIR' (docs/postgres.md)", at: PostgresAddress.redacted(place))
        }
        return JSONDirectoryStore(directory: URL(fileURLWithPath: place))
    }

    /// Reads every case's summary (from the summary cache where it is fresh), showing
    /// progress on stderr when stderr is a terminal and the store is large.
    static func open(_ options: StoreOptions) throws -> OpenedStore {
        let store = try anyStore(options)
        let progress = Progress(label: "reading cases")
        let snapshot = try store.open(progress: progress.report)
        progress.finish()
        return OpenedStore(path: options.storePath(), store: store, snapshot: snapshot)
    }

    /// The store's summaries streamed from its summary cache, the cache written first (with
    /// the same progress as `open`) when it does not list the files as they are; nil when it
    /// could not be (then `open` the store).
    static func stream(_ store: JSONDirectoryStore) throws -> SummaryStream? {
        let progress = Progress(label: "reading cases")
        defer { progress.finish() }
        return try store.openStream(progress: progress.report)
    }

    /// Damaged case files are left out of lists and reports; say so on stderr, once.
    static func warnAboutDamage(_ snapshot: StoreSnapshot) { warnAboutDamage(snapshot.damaged) }

    static func warnAboutDamage(_ damaged: [DamagedCase]) {
        guard !damaged.isEmpty else { return }
        let n = damaged.count
        let first = damaged[0].path
        ByteOutput.standardError.line("casedesk: warning: \(n) case file\(n == 1 ? "" : "s") could not be read and \(n == 1 ? "is" : "are") left out (\(Sanitizer.visible(first))\(n > 1 ? " and others" : "")); run 'casedesk check' for details.")
    }
}
