import CaseCore

/// An open store and what was read from it.
struct OpenedStore {
    let path: String
    let store: any CaseStore
    let snapshot: StoreSnapshot
}

/// Opening the store named by the options, for the batch commands.
enum StoreAccess {
    static func open(_ options: StoreOptions) throws -> OpenedStore {
        // JSONDirectoryStore has not landed on main yet; this is wired as soon as it does.
        throw CLIError("the JSON store is not built yet", at: options.storePath())
    }

    /// Damaged case files are left out of lists and reports; say so on stderr, once.
    static func warnAboutDamage(_ snapshot: StoreSnapshot) {
        guard !snapshot.damaged.isEmpty else { return }
        let n = snapshot.damaged.count
        ByteOutput.standardError.line("casedesk: warning: \(n) case file\(n == 1 ? "" : "s") could not be read and \(n == 1 ? "is" : "are") left out; run 'casedesk check' for details.")
    }
}
