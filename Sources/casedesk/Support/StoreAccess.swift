import CaseCore
import TerminalUI
import Foundation

/// An open store and what was read from it.
struct OpenedStore {
    let path: String
    let store: JSONDirectoryStore
    let snapshot: StoreSnapshot
}

/// Opening the store named by the options, for the batch commands.
enum StoreAccess {
    static func store(_ options: StoreOptions) -> JSONDirectoryStore {
        JSONDirectoryStore(directory: URL(fileURLWithPath: options.storePath()))
    }

    /// Reads every case's summary (from the summary cache where it is fresh), showing
    /// progress on stderr when stderr is a terminal and the store is large.
    static func open(_ options: StoreOptions) throws -> OpenedStore {
        let store = store(options)
        let progress = Progress(label: "reading cases")
        let snapshot = try store.open(progress: progress.report)
        progress.finish()
        return OpenedStore(path: options.storePath(), store: store, snapshot: snapshot)
    }

    /// Damaged case files are left out of lists and reports; say so on stderr, once.
    static func warnAboutDamage(_ snapshot: StoreSnapshot) {
        guard !snapshot.damaged.isEmpty else { return }
        let n = snapshot.damaged.count
        let first = snapshot.damaged[0].path
        ByteOutput.standardError.line("casedesk: warning: \(n) case file\(n == 1 ? "" : "s") could not be read and \(n == 1 ? "is" : "are") left out (\(Sanitizer.visible(first))\(n > 1 ? " and others" : "")); run 'casedesk check' for details.")
    }
}
