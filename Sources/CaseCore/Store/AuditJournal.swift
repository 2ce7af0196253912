#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `STORE/.journal`: the audit lines of the write in progress, recorded (and fsynced)
/// before any file of the write changes, so that a save and its audit line cannot be
/// separated by a kill. A write under the lock is:
///
/// 1. finish any interrupted write (`recover`), 2. record its audit lines here,
/// 3. write its files, 4. append the lines of what was written to `audit.jsonl`,
/// 5. empty the journal.
///
/// After a kill anywhere, the next write (or open) under the lock finds the lines still
/// here, asks the disk which of them landed (a case file with that revision and `updated`,
/// a trash file, the upgraded or changed store.json) and appends exactly those not yet at the end of
/// the audit trail. So every saved revision gets exactly one line, never two, never none.
struct AuditJournal {
    static let name = ".journal"
    let store: JSONDirectoryStore

    private var path: String { store.files.path(Self.name) }

    private func open() throws(StoreError) -> Int32 {
        let p = path
        guard let opened = try store.files.at(Self.name, { dir, name throws(StoreError) in
            try PosixFile.openFile(dir, name, path: p, flags: O_RDWR | O_CREAT)
        }), let fd = opened?.fd else { throw StoreError.io(path: p, reason: "cannot open the journal") }
        fchmod(fd, 0o600)
        return fd
    }

    /// Step 2: the lines of `entries`, durable before anything else is written.
    func record(_ lines: [[UInt8]]) throws(StoreError) {
        let fd = try open()
        defer { close(fd) }
        let bytes = lines.flatMap { $0 }
        guard ftruncate(fd, 0) == 0, lseek(fd, 0, SEEK_SET) == 0, PosixFile.writeAll(fd, bytes), fsync(fd) == 0 else {
            throw PosixFile.ioError(path, "cannot record the audit lines of this change")
        }
    }

    /// Step 5. A journal that could not be emptied is harmless: its lines are found at
    /// the end of the trail by the next recovery and not appended again.
    func clear() {
        if let fd = try? open() { ftruncate(fd, 0); close(fd) }
    }

    /// The entries of an interrupted write, nil when there is none. Lines that cannot be
    /// read were cut short while being recorded: nothing of their write was done yet.
    func pending() throws(StoreError) -> [(entry: AuditEntry, line: [UInt8])]? {
        guard let bytes = try store.files.read(Self.name, limit: Int.max - 1), !bytes.isEmpty else { return nil }
        var out: [(AuditEntry, [UInt8])] = []
        var start = 0
        while let nl = bytes[start...].firstIndex(of: 0x0A) {
            let line = Array(bytes[start...nl])
            if let e = try? CaseCodec.decodeAuditLine(Data(line.dropLast())) { out.append((e, line)) }
            start = nl + 1
        }
        return out
    }

    /// Finishes an interrupted write (under the lock): appends the lines of what landed.
    func recover() throws {
        guard let pending = try pending() else { return }
        let landed = pending.filter { landedOnDisk($0.entry) }.map(\.line)
        if !landed.isEmpty { try AuditTrail.Writer(store.files).appendMissing(landed) }
        clear()
    }

    /// Whether the change an entry describes is on disk.
    func landedOnDisk(_ e: AuditEntry) -> Bool {
        if e.action == "upgrade", e.case.isEmpty {
            return (try? store.readMeta().schemaVersion) == StoreMeta.currentSchemaVersion
        }
        if e.case.isEmpty, let meta = try? store.readMeta(), let landed = MetaChange.landed(e, in: meta) {
            return landed
        }
        if e.action == "delete" {
            let prefix = "moved to trash/"
            guard e.detail.hasPrefix(prefix) else { return false }
            return (try? store.files.kind("trash/" + e.detail.dropFirst(prefix.count))) == .regular
        }
        guard let r = e.revision, let c = try? store.readCase(e.case)?.case else { return false }
        return c.revision == r && c.updated == e.at
    }

    static func line(_ e: AuditEntry) -> [UInt8] {
        JSONWriter.compact(e.toJSON(), order: ModelKeys.auditEntry) + [0x0A]
    }
}

extension JSONDirectoryStore {
    /// Every write holds the lock, finishes an interrupted write and clears temp files left
    /// by a killed one first.
    func withWriteLock<T>(timeout: Double = 10, _ body: () throws -> T) throws -> T {
        try withWriteLock(timeout: timeout) { _ in try body() }
    }

    /// `body` is given the names in `cases/` as listed for the temp files, after the
    /// interrupted write was finished (nil when it could not be listed).
    private func withWriteLock<T>(timeout: Double, _ body: ([String]?) throws -> T) throws -> T {
        var lock = self.lock
        lock.timeout = timeout
        return try lock.withExclusive {
            try AuditJournal(store: self).recover()
            return try body(removeLeftoverTemps())
        }
    }

    /// Runs `body` (which writes files) between recording `entries` in the journal and
    /// appending the lines of those `written(result)` says landed. A line that cannot be
    /// appended makes the change fail (it is not acknowledged); it stays in the journal and
    /// the next write appends it.
    func journaled<T>(_ entries: [AuditEntry], _ body: () throws -> T,
                      written: (T) -> [AuditEntry]? = { _ in nil }) throws -> T {
        // Opened and checked before anything is written: a change whose audit line has
        // nowhere to go is refused with nothing written.
        let trail = try AuditTrail.Writer(files)
        let journal = AuditJournal(store: self)
        try journal.record(entries.map(AuditJournal.line))
        let result = try body()
        let done = written(result) ?? entries
        do throws(StoreError) {
            try trail.appendLines(done.map(AuditJournal.line))
        } catch {
            let what = done.count == 1 && done[0].revision != nil ? "case \(done[0].case) was written as revision \(done[0].revision!)"
                : "\(done.count) change\(done.count == 1 ? " was" : "s were") written"
            throw StoreError.io(path: auditPath, reason: "\(what) but the audit trail could not be appended to (\(error.reason)); "
                                + "the lines wait in \(Self.journalName) and the next change to the store writes them")
        }
        journal.clear()
        return result
    }

    static let journalName = AuditJournal.name

    /// What a write would finish first, done when an open finds the lock free: a store
    /// read after a kill shows the interrupted write finished and no temp files. Best
    /// effort (a read-only store, a busy lock: the next write does it).
    /// Returns the names in `cases/` it listed, after the write was finished, so that an open
    /// lists that directory once (issue 16.2: 100,000 names read twice); nil when it did not
    /// list them (the lock busy, a read-only store).
    @discardableResult
    func finishInterruptedWrites() -> [String]? {
        (try? withWriteLock(timeout: 0) { (names: [String]?) in names }) ?? nil
    }

    /// Temp files of writers that are gone (`.NAME.PID.N.tmp`, `.NAME.PID.bulk.tmp`) in the
    /// store's directories. A temp file of a live process (a cache being written by another
    /// open, which does not take the lock) is left alone. Returns every name `cases/` held
    /// when listed (the temp files removed among them), nil when it could not be listed.
    @discardableResult
    func removeLeftoverTemps() -> [String]? {
        var casesNames: [String]?
        for dir in ["cases", "", ".cache"] {
            // Only the temp names are looked at: a stat of every case file here would double
            // the cost of opening a large store.
            let listed = (try? files.directory(dir.isEmpty ? "." : dir) { d throws(StoreError) in
                let names = try PosixFile.names(d, path: files.path(dir.isEmpty ? "." : dir))
                return (names, PosixFile.entries(d, names.filter { CaseFileName.kind(of: $0) == .temp }))
            }) ?? nil
            if dir == "cases" { casesNames = listed?.0 }
            for e in listed?.1 ?? [] where e.kind == .regular {
                guard let pid = Self.tempOwner(e.name), pid != getpid(), kill(pid, 0) != 0, errno == ESRCH else { continue }
                _ = try? files.at((dir.isEmpty ? "" : dir + "/") + e.name) { d, name in unlinkat(d, name, 0) }
            }
        }
        return casesNames
    }

    /// The process id in a temp file's name, nil if it has none.
    static func tempOwner(_ name: String) -> pid_t? {
        let parts = name.split(separator: ".")
        guard parts.count >= 3 else { return nil }
        return pid_t(parts[parts.count - 3])
    }
}
