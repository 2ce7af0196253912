#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writing many new cases at once (the demo generator, an import): in parallel on all
/// cores, each file written to a temp name and linked into place (so an existing case is
/// never overwritten and a crash never leaves half a case under its real name), the file
/// system synced once at the end, and one audit line per case appended in one write.
extension JSONDirectoryStore {
    /// What a bulk write did: the ids written, and the cases refused with why.
    public struct BulkResult: Sendable {
        public var written: Int
        public var refused: [(id: String, error: StoreError)]
    }

    /// Writes `count` new cases made by `make(index)` (called from several threads), each
    /// with revision 1 (the next after its id's revision in the trash, if any) and `updated`
    /// now. A case that is invalid or whose id already exists is refused and reported; the
    /// others are written. Throws when the store itself cannot be used (not a store, newer
    /// schema, lock, I/O on the directory) and when a case file cannot be written (a full
    /// disk): then no case is linked into place and nothing is written.
    @discardableResult
    public func writeNewCases(count: Int, user: String, action: String,
                              progress: (@Sendable (Int, Int) -> Void)? = nil,
                              make: @Sendable (Int) -> Case) throws -> BulkResult {
        let meta = try readMeta()
        let now = clock()
        let casesDir = self.casesDir
        return try withWriteLock {
            // An id whose older case is in the trash continues its numbering (RevisionRule).
            let trashed = try trashedRevisions()
            try upgradeSchemaIfNeeded(user: user)
            let cases = try CasesDirectory(self)
            defer { cases.closeAll() }
            let casesFD = cases.fd
            // 1. Every case to a temp file, in parallel; nothing under a real name yet.
            var outcomes = [BulkOutcome?](repeating: nil, count: count)
            let meter = progress.map { ProgressMeter(total: count, report: $0) }
            outcomes.withUnsafeMutableBufferPointer { buf in
                let slots = ResultSlots(base: buf.baseAddress!)
                let chunk = 256
                let chunks = (count + chunk - 1) / chunk
                DispatchQueue.concurrentPerform(iterations: chunks) { k in
                    let lo = k * chunk, hi = min(count, lo + chunk)
                    for n in lo..<hi {
                        var c = make(n)
                        c.revision = RevisionRule.firstRevision(trashed: trashed[c.id])
                        c.updated = now
                        slots.base[n] = JSONDirectoryStore.stageOne(c, meta: meta, casesFD: casesFD, casesDir: casesDir)
                    }
                    meter?.advance(by: hi - lo)
                }
            }
            // A file that could not be written (a full disk) stops the whole write before any
            // case is linked: all or nothing, rather than a store holding an arbitrary part.
            if let failed = outcomes.lazy.compactMap(Self.writeFailure).first {
                for case .staged(let id, _)? in outcomes { unlinkat(casesFD, Self.bulkTemp(id), 0) }
                throw failed
            }
            // 2. Their audit lines in the journal, 3. linked into place, 4. the lines of
            // those linked appended: a kill anywhere leaves every linked case with one line.
            let entries = outcomes.compactMap { o -> AuditEntry? in
                guard case .staged(let id, let revision)? = o else { return nil }
                return AuditEntry(at: now, user: user, action: action, case: id, detail: "new case", revision: revision)
            }
            let done: (written: [AuditEntry], refused: [(id: String, error: StoreError)]) = try journaled(entries, {
                var refused: [(id: String, error: StoreError)] = []
                var written: [AuditEntry] = []
                var next = entries.makeIterator()
                for o in outcomes {
                    switch o {
                    case .staged(let id, _)?:
                        let e = next.next()!
                        if let error = JSONDirectoryStore.linkOne(id, casesFD: casesFD, casesDir: casesDir) {
                            refused.append((id, error))
                        } else {
                            written.append(e)
                        }
                    case .refused(let id, let e)?: refused.append((id, e))
                    case nil: break
                    }
                }
                try JSONDirectoryStore.syncFileSystem(casesFD, path: casesDir)
                return (written, refused)
            }, written: { $0.written })
            return BulkResult(written: done.written.count, refused: done.refused)
        }
    }

    /// Writes the given new cases (see `writeNewCases(count:...)`).
    @discardableResult
    public func writeNewCases(_ cases: [Case], user: String, action: String) throws -> BulkResult {
        try writeNewCases(count: cases.count, user: user, action: action) { cases[$0] }
    }

    enum BulkOutcome: Sendable {
        case staged(String, revision: Int)
        case refused(String, StoreError)
    }

    /// The error of a case that could not be staged for a reason other than its content.
    static func writeFailure(_ o: BulkOutcome?) -> StoreError? {
        guard case .refused(_, let e)? = o, case .io = e else { return nil }
        return e
    }

    static func bulkTemp(_ id: String) -> String { "." + id + ".json.\(getpid()).bulk.tmp" }

    /// Writes a valid case to its bulk temp file (not synced: one sync() covers them all).
    static func stageOne(_ c: Case, meta: StoreMeta, casesFD: Int32, casesDir: String) -> BulkOutcome {
        let problems = CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }
        guard problems.isEmpty else { return .refused(c.id, .invalidCase(id: c.id, problems: problems)) }
        let temp = bulkTemp(c.id)
        do throws(StoreError) {
            try PosixFile.writeNew(casesFD, temp, path: casesDir + "/" + temp, JSONWriter.pretty(c.toJSON(), order: ModelKeys.case),
                                   sync: false)
        } catch {
            return .refused(c.id, error)
        }
        return .staged(c.id, revision: c.revision)
    }

    /// Links a staged case into place and removes its temp name; nil when done.
    static func linkOne(_ id: String, casesFD: Int32, casesDir: String) -> StoreError? {
        let temp = bulkTemp(id)
        defer { unlinkat(casesFD, temp, 0) }
        // linkat() refuses an existing name, unlike rename(): an existing case is never replaced.
        if linkat(casesFD, temp, casesFD, id + ".json", 0) != 0 {
            if errno == EEXIST { return .alreadyExists(id: id) }
            return PosixFile.ioError(casesDir + "/" + id + ".json", "cannot link the new file into place")
        }
        return nil
    }

    /// One flush for the whole bulk write instead of one fsync per file (100,000 fsyncs
    /// would dominate the time): `sync()`, then an fsync of the directory itself.
    static func syncFileSystem(_ dir: Int32, path: String) throws(StoreError) {
        sync()
        guard fsync(dir) == 0 else { throw PosixFile.ioError(path, "cannot sync the directory") }
    }
}
