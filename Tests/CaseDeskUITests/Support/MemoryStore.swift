import CaseCore
import Foundation

/// A CaseStore in memory for screen tests: the same contract as the JSON directory store
/// (revision check, one audit entry per save) with no disk, so tests are fast and exact.
final class MemoryStore: CaseStore, @unchecked Sendable {
    // @unchecked: every field below is read and written only while `lock` is held.
    private let lock = NSLock()
    private var meta: StoreMeta
    private var cases: [String: Case]
    private var damaged: [DamagedCase]
    /// The revision each deleted id had (the trash keeps it).
    private var trashed: [String: Int] = [:]
    /// Revisions kept by a save over someone else's change, by case id and revision.
    private var kept: [String: [Int: Case]] = [:]
    private(set) var auditEntries: [AuditEntry]
    private let clock: Timestamp
    private var interfere = false
    private var openError: StoreError?
    private var away: StoreError?

    /// Set to make the next save fail as if someone else had saved first.
    var interfereOnNextSave: Bool {
        get { lock.lock(); defer { lock.unlock() }; return interfere }
        set { lock.lock(); interfere = newValue; lock.unlock() }
    }
    /// Set to make `open` fail, as a store on an unmounted disk would.
    var failOpen: StoreError? {
        get { lock.lock(); defer { lock.unlock() }; return openError }
        set { lock.lock(); openError = newValue; lock.unlock() }
    }

    /// Set to make every read and save fail, as a server store does while its server is away.
    var unreachable: StoreError? {
        get { lock.lock(); defer { lock.unlock() }; return away }
        set { lock.lock(); away = newValue; lock.unlock() }
    }

    init(meta: StoreMeta, cases: [Case], damaged: [DamagedCase] = [], audit: [AuditEntry] = [], clock: Timestamp) {
        self.meta = meta
        self.cases = Dictionary(uniqueKeysWithValues: cases.map { ($0.id, $0) })
        self.damaged = damaged
        self.auditEntries = audit
        self.clock = clock
    }

    var displayName: String { meta.name }

    func open(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot {
        lock.lock(); defer { lock.unlock() }
        if let openError { throw openError }
        let all = cases.values.sorted { $0.id < $1.id }
        let total = all.count + damaged.count
        for i in 0..<total { progress(i + 1, total) }
        return StoreSnapshot(meta: meta, summaries: all.map(CaseSummary.init), damaged: damaged)
    }

    func load(id: String) throws -> Case {
        lock.lock(); defer { lock.unlock() }
        if let away { throw away }
        guard let c = cases[id] else { throw StoreError.notFound(id: id) }
        return c
    }

    func save(_ c: Case, baseRevision: Int?, user: String, action: String, keepOverwritten: Bool) throws -> Case {
        lock.lock(); defer { lock.unlock() }
        if let away { throw away }
        if interfere, var other = cases[c.id] {
            interfere = false
            other.revision += 1
            cases[c.id] = other
        }
        let onDisk = cases[c.id]?.revision
        var saved = c
        saved.revision = try RevisionRule.next(id: c.id, base: baseRevision, live: onDisk, trashed: trashed[c.id])
        saved.updated = clock
        var detail = "requests"
        if keepOverwritten, let old = cases[c.id] {
            kept[c.id, default: [:]][old.revision] = old
            detail += JSONDirectoryStore.keptDetail(id: c.id, revision: old.revision)
        }
        cases[c.id] = saved
        auditEntries.append(AuditEntry(at: clock, user: user, action: action, case: c.id, detail: detail))
        return saved
    }

    func restore(_ c: Case, deletedRevision: Int, user: String, action: String) throws -> Case {
        lock.lock(); defer { lock.unlock() }
        var saved = c
        saved.revision = try RevisionRule.restored(id: c.id, deletedRevision: deletedRevision, live: cases[c.id]?.revision,
                                                   trashed: trashed[c.id])
        saved.updated = clock
        cases[c.id] = saved
        auditEntries.append(AuditEntry(at: clock, user: user, action: action, case: c.id, detail: "restored"))
        return saved
    }

    /// A revision kept by a save over it.
    func keptRevision(_ id: String, _ revision: Int) -> Case? {
        lock.lock(); defer { lock.unlock() }
        return kept[id]?[revision]
    }

    func delete(id: String, baseRevision: Int, user: String) throws {
        lock.lock(); defer { lock.unlock() }
        guard let onDisk = cases[id]?.revision, onDisk == baseRevision else {
            throw StoreError.staleRevision(id: id, base: baseRevision, onDisk: cases[id]?.revision)
        }
        trashed[id] = onDisk
        cases[id] = nil
        auditEntries.append(AuditEntry(at: clock, user: user, action: "delete", case: id, detail: ""))
    }

    func audit(caseID: String?) throws -> AuditLog {
        lock.lock(); defer { lock.unlock() }
        return AuditLog(entries: auditEntries.filter { caseID == nil || $0.case == caseID }, skipped: [])
    }

    func revisionOnDisk(id: String) throws -> Int? {
        lock.lock(); defer { lock.unlock() }
        return cases[id]?.revision
    }

    @discardableResult
    func change(_ change: MetaChange, user: String) throws -> (meta: StoreMeta, entry: AuditEntry) {
        lock.lock(); defer { lock.unlock() }
        if let away { throw away }
        let (changed, detail) = try change.apply(to: meta)
        let entry = AuditEntry(at: clock, user: user, action: change.action, case: "", detail: detail)
        meta = changed
        auditEntries.append(entry)
        return (changed, entry)
    }

    func stored(_ id: String) -> Case? {
        lock.lock(); defer { lock.unlock() }
        return cases[id]
    }
}
