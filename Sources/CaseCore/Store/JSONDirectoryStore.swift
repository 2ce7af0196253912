#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The embedded store: a directory of JSON files (see `docs/store.md`).
///
/// ```
/// STORE/store.json   STORE/cases/ID.json   STORE/audit.jsonl
/// STORE/.lock        STORE/.cache/         STORE/trash/
/// ```
///
/// Invariants: a save writes only its case's file (atomically) and one audit line, under an
/// exclusive lock, and only if the revision on disk is the caller's base revision; a file
/// that cannot be read is never written over; a store with a newer `schemaVersion` is
/// never written; files are 0600 and directories 0700. The value holds no state besides
/// its directory, so copies may be used from any thread.
public struct JSONDirectoryStore: CaseStore {
    public let directory: URL
    /// The clock for `updated` and audit entries; tests inject a fixed one.
    public var clock: @Sendable () -> Timestamp

    public init(directory: URL, clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) {
        self.directory = directory.standardizedFileURL
        self.clock = clock
    }

    var root: String { directory.path }
    var metaPath: String { root + "/store.json" }
    var casesDir: String { root + "/cases" }
    var auditPath: String { root + "/audit.jsonl" }
    var trashDir: String { root + "/trash" }
    var cacheDir: String { root + "/.cache" }
    var lock: StoreLock { StoreLock(path: root + "/.lock") }
    func casePath(_ id: String) -> String { casesDir + "/" + id + ".json" }

    public var displayName: String {
        if let m = try? readMeta(), !m.name.isEmpty { return m.name }
        return directory.lastPathComponent
    }

    // MARK: Creating

    /// Creates a new store in `at` (which must not exist or be empty): store.json, cases/,
    /// an empty audit trail. Directories 0700, files 0600, whatever the umask.
    @discardableResult
    public static func create(at url: URL, meta: StoreMeta,
                              clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) throws -> JSONDirectoryStore {
        let store = JSONDirectoryStore(directory: url, clock: clock)
        let root = store.root
        if PosixFile.exists(root) {
            guard PosixFile.isDirectory(root) else { throw StoreError.notAStore(path: root, reason: "it is a file, not a directory") }
            if PosixFile.exists(store.metaPath) { throw StoreError.io(path: root, reason: "a store already exists here") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            if !entries.isEmpty {
                throw StoreError.notAStore(path: root, reason: "the directory is not empty; choose a new or empty directory")
            }
            try PosixFile.makeDirectory(root)
        } else {
            try FileManager.default.createDirectory(atPath: (root as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try PosixFile.makeDirectory(root)
        }
        try PosixFile.makeDirectory(store.casesDir)
        var m = meta
        m.schemaVersion = StoreMeta.currentSchemaVersion
        try PosixFile.writeAtomically(JSONWriter.pretty(m.toJSON(), order: ModelKeys.storeMeta), to: store.metaPath)
        try PosixFile.writeNew([], to: store.auditPath, sync: true)
        try PosixFile.syncDirectory(root)
        return store
    }

    // MARK: Reading

    /// Reads `store.json`, refusing a directory that is not a store and a newer schema.
    public func readMeta() throws -> StoreMeta {
        guard PosixFile.isDirectory(root) else { throw StoreError.notAStore(path: root, reason: "there is no such directory") }
        guard let data = try PosixFile.read(metaPath) else {
            throw StoreError.notAStore(path: root, reason: "it has no store.json")
        }
        let doc: JSONDocument
        do throws(CaseFileError) { doc = try CaseCodec.parse(data: data, file: metaPath) } catch {
            throw StoreError.unreadable(path: metaPath, problems: error.problems)
        }
        if let o = doc.value.objectValue {
            if let f = o["format"]?.stringValue, f != StoreMeta.format {
                throw StoreError.notAStore(path: root, reason: "store.json has format \"\(f)\", not \"\(StoreMeta.format)\"")
            }
            // Checked before anything else: a newer file may not follow this program's rules.
            if let v = o["schemaVersion"]?.intValue, v > StoreMeta.currentSchemaVersion {
                throw StoreError.newerSchema(path: metaPath, found: v, supported: StoreMeta.currentSchemaVersion)
            }
        }
        let cx = DecodeContext(file: metaPath)
        cx.add(doc.duplicateKeys)
        guard let meta = StoreMeta.decode(doc.value, cx), !cx.hasErrors else {
            throw StoreError.unreadable(path: metaPath, problems: cx.problems)
        }
        return meta
    }

    public func open(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot {
        let meta = try readMeta()
        return try StoreOpener(store: self).open(meta: meta, progress: progress)
    }

    public func load(id: String) throws -> Case {
        guard Case.isValidID(id) else { throw StoreError.notFound(id: id) }
        guard let found = try readCase(id) else { throw StoreError.notFound(id: id) }
        return found.case
    }

    /// The case on disk and its JSON, nil if absent; `unreadable` if it cannot be read.
    func readCase(_ id: String) throws -> (case: Case, json: JSONValue)? {
        let path = casePath(id)
        guard let data = try PosixFile.read(path) else { return nil }
        do throws(CaseFileError) {
            let doc = try CaseCodec.parse(data: data, file: path)
            let c = try CaseCodec.decode(document: doc, fileName: id, file: path).case
            return (c, doc.value)
        } catch {
            throw StoreError.unreadable(path: path, problems: error.problems)
        }
    }

    public func revisionOnDisk(id: String) throws -> Int? {
        guard Case.isValidID(id) else { return nil }
        let path = casePath(id)
        guard let data = try PosixFile.read(path) else { return nil }
        let v: JSONValue
        do throws(CaseFileError) { v = try CaseCodec.parse(data: data, file: path).value } catch {
            throw StoreError.unreadable(path: path, problems: error.problems)
        }
        guard let r = v.objectValue?["revision"]?.intValue else {
            throw StoreError.unreadable(path: path, problems: [Problem(file: path, path: "$.revision",
                                                                       message: "missing or not a whole number")])
        }
        return r
    }

    public func audit(caseID: String?) throws -> AuditLog {
        try AuditTrail.read(auditPath, caseID: caseID)
    }

    // MARK: Writing

    public func save(_ c: Case, baseRevision: Int?, user: String, action: String, keepOverwritten: Bool) throws -> Case {
        let meta = try readMeta()
        let problems = CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }
        guard problems.isEmpty else { throw StoreError.invalidCase(id: c.id, problems: problems) }
        return try lock.withExclusive {
            let old = try readCase(c.id)
            // Only a new id needs the trash: a live file's revision is already the highest.
            let trashed = old == nil ? try trashedRevision(id: c.id) : nil
            let revision = try RevisionRule.next(id: c.id, base: baseRevision, live: old?.case.revision, trashed: trashed)
            var kept = ""
            if keepOverwritten, let old {
                try keepInHistory(old.json, id: c.id, revision: old.case.revision)
                kept = Self.keptDetail(id: c.id, revision: old.case.revision)
            }
            return try write(c, revision: revision, old: old?.json, user: user, action: action, detail: nil, suffix: kept)
        }
    }

    /// Writes `c` as `revision` (atomically) and its audit line; under the lock, checks done.
    func write(_ c: Case, revision: Int, old: JSONValue?, user: String, action: String, detail: String?,
               suffix: String = "") throws -> Case {
        try upgradeSchemaIfNeeded(user: user)
        var saved = c
        saved.revision = revision
        saved.updated = clock()
        let json = saved.toJSON()
        try PosixFile.writeAtomically(JSONWriter.pretty(json, order: ModelKeys.case), to: casePath(c.id))
        let detail = (detail ?? old.map { CaseDiff.detail(from: $0, to: json) } ?? "new case") + suffix
        do throws(StoreError) {
            try AuditTrail.append([AuditEntry(at: saved.updated, user: user, action: action, case: c.id, detail: detail)],
                                  to: auditPath)
        } catch {
            // The case itself is safely on disk: say so, so nobody retries a save that happened.
            throw StoreError.io(path: auditPath, reason: "case \(c.id) was saved as revision \(saved.revision), "
                                + "but its audit line could not be written (\(error))")
        }
        return saved
    }

    /// Moves the case file to `trash/ID.<time>.json` (nothing is ever unlinked) and records
    /// it in the audit trail. The trash file keeps the case's revision, from which a restore
    /// or a new case under the id continues (`RevisionRule`).
    public func delete(id: String, baseRevision: Int, user: String) throws {
        _ = try readMeta()
        guard Case.isValidID(id) else { throw StoreError.notFound(id: id) }
        try lock.withExclusive {
            guard let old = try readCase(id) else { throw StoreError.notFound(id: id) }
            guard old.case.revision == baseRevision else {
                throw StoreError.staleRevision(id: id, base: baseRevision, onDisk: old.case.revision)
            }
            try upgradeSchemaIfNeeded(user: user)
            try PosixFile.makeDirectory(trashDir)
            let now = clock()
            let stamp = now.iso.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            var target = trashDir + "/\(id).\(stamp).json"
            var n = 1
            while PosixFile.exists(target) { n += 1; target = trashDir + "/\(id).\(stamp)-\(n).json" }
            guard rename(casePath(id), target) == 0 else { throw PosixFile.ioError(casePath(id), "cannot move to the trash") }
            try PosixFile.syncDirectory(casesDir)
            try PosixFile.syncDirectory(trashDir)
            try AuditTrail.append([AuditEntry(at: now, user: user, action: "delete", case: id,
                                              detail: "moved to trash/\((target as NSString).lastPathComponent)")],
                                  to: auditPath)
        }
    }
}
