import Foundation

/// Where cases live. The JSON directory store is the embedded implementation; a server store
/// can be added behind the same protocol without touching the UI.
///
/// Every method is synchronous and thread-safe; the UI calls them from a background task and
/// turns the result into an action.
public protocol CaseStore: Sendable {
    /// A human name for the store (its `name`, else its directory).
    var displayName: String { get }
    /// Reads the store's metadata and every case into summaries. `progress` is called from any
    /// thread with (files done, files in all) so a UI can draw a progress bar.
    func open(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot
    /// `open`, with the summaries' search texts apart (`StoreSnapshot.searchTexts`, each
    /// summary's `searchText` empty): what the UI's catalog keeps, the text once.
    func openTextApart(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot
    /// Reads one full case from disk.
    func load(id: String) throws -> Case
    /// Saves one case if the revision on disk is still `baseRevision` (nil for a new case),
    /// writing only that case's file and one audit line. Returns the case as saved, with its
    /// revision and `updated` set (revisions only grow: `RevisionRule`). `keepOverwritten`
    /// first keeps the revision being replaced in the store's history (someone else's change
    /// that this user chose to save over), and the audit line says where.
    func save(_ c: Case, baseRevision: Int?, user: String, action: String, keepOverwritten: Bool) throws -> Case
    /// Saves a deleted case again under its id as revision `deletedRevision + 1`, if the id is
    /// free and its latest deleted revision is still `deletedRevision`.
    func restore(_ c: Case, deletedRevision: Int, user: String, action: String) throws -> Case
    /// Deletes one case if its revision on disk is still `baseRevision`, with an audit line.
    func delete(id: String, baseRevision: Int, user: String) throws
    /// The audit trail, oldest first, optionally of one case; torn or unreadable lines are
    /// skipped and counted in `AuditLog.skipped`.
    func audit(caseID: String?) throws -> AuditLog
    /// The revision of a case on disk now, nil if it is gone: cheap, to notice changes made by
    /// another process.
    func revisionOnDisk(id: String) throws -> Int?
    /// Makes one change to the store's people or units, checked against the description as
    /// it is at that moment (so two changes at once both land) and written with one audit
    /// line; a change that would make the description wrong throws `MetaChange.Refusal`.
    @discardableResult
    func change(_ change: MetaChange, user: String) throws -> (meta: StoreMeta, entry: AuditEntry)
}

extension CaseStore {
    /// A save that keeps nothing besides the new revision.
    public func save(_ c: Case, baseRevision: Int?, user: String, action: String) throws -> Case {
        try save(c, baseRevision: baseRevision, user: user, action: action, keepOverwritten: false)
    }
}

/// Everything the list, filters, MLA board and dashboard need, read in one pass.
extension CaseStore {
    public func openTextApart(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot {
        var snapshot = try open(progress: progress)
        snapshot.takeSearchTextApart()
        return snapshot
    }
}

public struct StoreSnapshot: Sendable {
    public var meta: StoreMeta
    public var summaries: [CaseSummary]
    /// Case files that could not be read: shown as damaged, never written over.
    public var damaged: [DamagedCase]
    /// When set, the summaries' search texts, taken out of them (their `searchText` is empty):
    /// `takeSearchTextApart`.
    public var searchTexts: SearchTexts?
    public init(meta: StoreMeta, summaries: [CaseSummary], damaged: [DamagedCase], searchTexts: SearchTexts? = nil) {
        self.meta = meta; self.summaries = summaries; self.damaged = damaged; self.searchTexts = searchTexts
    }
}

public struct DamagedCase: Sendable, Equatable {
    /// The id from the file name.
    public var id: String
    public var path: String
    public var problems: [Problem]
    public init(id: String, path: String, problems: [Problem]) { self.id = id; self.path = path; self.problems = problems }
}

public struct AuditLog: Sendable, Equatable {
    public var entries: [AuditEntry]
    /// Lines that could not be read (a torn last line after a crash): warned about, not fatal.
    public var skipped: [Problem]
    public init(entries: [AuditEntry], skipped: [Problem]) { self.entries = entries; self.skipped = skipped }
}

/// One thing wrong with a file: where (file, JSON path, line and column) and what.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public var file: String?
    /// `$.defendants[2].outcome.date`; `$` for the whole document.
    public var path: String
    public var line: Int?
    public var column: Int?
    public var message: String
    /// Worth fixing but not wrong enough to refuse a save or mark a file damaged (e.g.
    /// `finalised` set while a defendant has no outcome).
    public var isWarning: Bool
    public init(file: String? = nil, path: String = "$", line: Int? = nil, column: Int? = nil, message: String,
                isWarning: Bool = false) {
        self.file = file; self.path = path; self.line = line; self.column = column; self.message = message
        self.isWarning = isWarning
    }
    public var description: String {
        var s = file.map { "\($0): " } ?? ""
        if isWarning { s += "warning: " }
        if let line { s += "line \(line)" + (column.map { ", column \($0)" } ?? "") + ": " }
        if path != "$" || line == nil { s += "\(path): " }
        return s + message
    }
}

public enum StoreError: Error, Equatable, CustomStringConvertible {
    case notAStore(path: String, reason: String)
    /// Nothing is there yet (a first run): no such directory (`exists` false) or a directory
    /// without `store.json`. Its own case so every command, not only the UI, says how to make one.
    case noStore(path: String, exists: Bool)
    case newerSchema(path: String, found: Int, supported: Int)
    case unreadable(path: String, problems: [Problem])
    case invalidCase(id: String, problems: [Problem])
    case staleRevision(id: String, base: Int?, onDisk: Int?)
    case notFound(id: String)
    case alreadyExists(id: String)
    case locked(path: String)
    case io(path: String, reason: String)
    /// A file the store needs could not be read (not "written": nothing was attempted).
    case cannotRead(path: String, reason: String)

    /// What went wrong, without the path (for a message that names the file already).
    public var reason: String {
        switch self {
        case .io(_, let r), .cannotRead(_, let r): r
        default: description
        }
    }

    public var description: String {
        switch self {
        case .notAStore(let p, let r): "\(p) is not a CaseDesk store: \(r)."
        case .noStore(let p, let exists):
            (exists ? "\(p) is not a CaseDesk store (it has no store.json)" : "there is no store at \(p)")
                + ". Make an empty one with 'casedesk init \(p)'" + (exists ? " (in a new or empty directory)" : "")
                + ", or try one with made-up cases: 'casedesk demo'."
        case .newerSchema(let p, let f, let s):
            "\(p) has schemaVersion \(f) but this program knows only up to \(s); it will not be opened or written. Use a newer casedesk."
        case .unreadable(let p, let problems):
            "Cannot read \(p): " + problems.map(\.description).joined(separator: "; ")
        case .invalidCase(let id, let problems):
            "Case \(id) is not valid: " + problems.map(\.description).joined(separator: "; ")
        case .staleRevision(let id, let base, let onDisk):
            "Case \(id) was saved by someone else (revision \(onDisk.map(String.init) ?? "deleted") on disk, this edit started from \(base.map(String.init) ?? "nothing")); nothing was written and your edit is kept."
        case .notFound(let id): "There is no case \(id) in this store."
        case .alreadyExists(let id): "A case \(id) already exists in this store."
        case .locked(let p): "\(p) is locked by another casedesk process; try again."
        case .io(let p, let r): "Cannot write \(p): \(r)."
        case .cannotRead(let p, let r): "Cannot read \(p): \(r)."
        }
    }
}
