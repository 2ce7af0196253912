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
    var files: StoreFiles { StoreFiles(root: root) }
    var lock: StoreLock { StoreLock(files: files) }
    func casePath(_ id: String) -> String { casesDir + "/" + id + ".json" }
    static func caseFile(_ id: String) -> String { "cases/" + id + ".json" }

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
        var st = stat()
        if lstat(root, &st) == 0 || stat(root, &st) == 0 {
            guard stat(root, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else {
                throw StoreError.notAStore(path: root, reason: "it is a file, not a directory")
            }
            if (try? store.files.kind("store.json")) != nil { throw StoreError.io(path: root, reason: "a store already exists here") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
            if !entries.isEmpty {
                throw StoreError.notAStore(path: root, reason: "the directory is not empty; choose a new or empty directory")
            }
        } else {
            try FileManager.default.createDirectory(atPath: (root as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            if mkdir(root, 0o700) != 0, errno != EEXIST { throw PosixFile.ioError(root, "cannot create the directory") }
        }
        guard chmod(root, 0o700) == 0 else { throw PosixFile.ioError(root, "cannot set permissions") }
        var m = meta
        m.schemaVersion = StoreMeta.currentSchemaVersion
        let fd = try store.files.openRoot()
        defer { close(fd) }
        close(try PosixFile.makeDirectory(fd, "cases", path: store.casesDir))
        try PosixFile.writeAtomically(fd, "store.json", path: store.metaPath,
                                      JSONWriter.pretty(m.toJSON(), order: ModelKeys.storeMeta))
        try PosixFile.writeNew(fd, "audit.jsonl", path: store.auditPath, [], sync: true)
        guard fsync(fd) == 0 else { throw PosixFile.ioError(root, "cannot sync the directory") }
        return store
    }

    // MARK: Reading

    /// Reads `store.json`, refusing a directory that is not a store and a newer schema.
    public func readMeta() throws -> StoreMeta {
        try files.refuseLinkedParts()
        guard let data = try files.read("store.json", limit: StoreLimits.storeFile) else {
            throw StoreError.noStore(path: root, exists: true)
        }
        let doc: JSONDocument
        do throws(CaseFileError) { doc = try CaseCodec.parse(data: Data(data), file: metaPath) } catch {
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

    /// The texts are moved out as the summary cache is decoded, never held twice.
    public func openTextApart(progress: @escaping @Sendable (Int, Int) -> Void) throws -> StoreSnapshot {
        let meta = try readMeta()
        return try StoreOpener(store: self).open(meta: meta, textApart: true, progress: progress)
    }

    public func load(id: String) throws -> Case {
        guard Case.isValidID(id) else { throw StoreError.notFound(id: id) }
        guard let found = try readCase(id) else { throw StoreError.notFound(id: id) }
        return found.case
    }

    /// The case on disk and its JSON, nil if absent; `unreadable` if it cannot be read.
    func readCase(_ id: String) throws -> (case: Case, json: JSONValue)? {
        let path = casePath(id)
        guard let data = try readCaseBytes(id) else { return nil }
        do throws(CaseFileError) {
            let doc = try CaseCodec.parse(data: Data(data), file: path)
            let c = try CaseCodec.decode(document: doc, fileName: id, file: path).case
            return (c, doc.value)
        } catch {
            throw StoreError.unreadable(path: path, problems: error.problems)
        }
    }

    /// The bytes of a case file; nil when it is absent. A missing `cases/` is not "no such
    /// case": the store is damaged, and saying the case is absent would invite a new one.
    func readCaseBytes(_ id: String) throws(StoreError) -> [UInt8]? {
        guard try files.kind("cases") != nil else {
            throw StoreError.cannotRead(path: casesDir, reason: "the store has no cases directory")
        }
        return try files.read(Self.caseFile(id), limit: StoreLimits.caseFile)
    }

    public func revisionOnDisk(id: String) throws -> Int? {
        guard Case.isValidID(id) else { return nil }
        let path = casePath(id)
        guard let data = try readCaseBytes(id) else { return nil }
        let v: JSONValue
        do throws(CaseFileError) { v = try CaseCodec.parse(data: Data(data), file: path).value } catch {
            throw StoreError.unreadable(path: path, problems: error.problems)
        }
        guard let r = v.objectValue?["revision"]?.intValue else {
            throw StoreError.unreadable(path: path, problems: [Problem(file: path, path: "$.revision",
                                                                       message: "missing or not a whole number")])
        }
        return r
    }

    public func audit(caseID: String?) throws -> AuditLog {
        try AuditTrail.read(files, caseID: caseID)
    }

    // MARK: Writing

    public func save(_ c: Case, baseRevision: Int?, user: String, action: String, keepOverwritten: Bool) throws -> Case {
        let meta = try readMeta()
        let problems = CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }
        guard problems.isEmpty else { throw StoreError.invalidCase(id: c.id, problems: problems) }
        return try withWriteLock {
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
        let detail = (detail ?? old.map { CaseDiff.detail(from: $0, to: json) } ?? "new case") + suffix
        let entry = AuditEntry(at: saved.updated, user: user, action: action, case: c.id, detail: detail, revision: revision)
        try journaled([entry]) {
            try files.writeAtomically(Self.caseFile(c.id), JSONWriter.pretty(json, order: ModelKeys.case))
        }
        return saved
    }

    /// Moves the case file to `trash/ID.<time>.json` (nothing is ever unlinked) and records
    /// it in the audit trail. The trash file keeps the case's revision, from which a restore
    /// or a new case under the id continues (`RevisionRule`).
    public func delete(id: String, baseRevision: Int, user: String) throws {
        _ = try readMeta()
        guard Case.isValidID(id) else { throw StoreError.notFound(id: id) }
        try withWriteLock {
            guard let old = try readCase(id) else { throw StoreError.notFound(id: id) }
            guard old.case.revision == baseRevision else {
                throw StoreError.staleRevision(id: id, base: baseRevision, onDisk: old.case.revision)
            }
            try upgradeSchemaIfNeeded(user: user)
            let now = clock()
            let stamp = now.iso.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            let rootFD = try files.openRoot()
            defer { close(rootFD) }
            guard let cases = try PosixFile.openDirectory(rootFD, "cases", path: casesDir) else { throw StoreError.notFound(id: id) }
            defer { close(cases) }
            let trash = try PosixFile.makeDirectory(rootFD, "trash", path: trashDir)
            defer { close(trash) }
            var target = "\(id).\(stamp).json"
            var n = 1
            while PosixFile.kind(trash, target) != nil { n += 1; target = "\(id).\(stamp)-\(n).json" }
            let entry = AuditEntry(at: now, user: user, action: "delete", case: id, detail: "moved to trash/\(target)")
            try journaled([entry]) {
                guard renameat(cases, id + ".json", trash, target) == 0 else {
                    throw PosixFile.ioError(casePath(id), "cannot move to the trash")
                }
                guard fsync(cases) == 0, fsync(trash) == 0 else { throw PosixFile.ioError(trashDir, "cannot sync") }
            }
        }
    }
}
