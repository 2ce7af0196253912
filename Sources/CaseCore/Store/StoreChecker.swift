#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// `casedesk check`: every problem of every file of a store, read-only. The store's parts
/// (a link or a wrong kind of file), store.json, each entry of `cases/` (a case-like name
/// that is not a readable regular file is damaged; temp files and other names are listed
/// as warnings so nothing is invisible), each case (syntax, types, rules, references to
/// units, people and defendants), request ids used by more than one case (they are unique
/// in the store), and the audit trail (missing, not a file, unreadable lines).
/// Warnings are included (`Problem.isWarning`); the command fails when any problem is not
/// a warning.
public enum StoreChecker {
    public static func check(directory: URL) -> [Problem] {
        let store = JSONDirectoryStore(directory: directory)
        let files = store.files
        var out: [Problem] = []
        do {
            for p in try files.linkedParts() {
                out.append(Problem(file: files.path(p), message: FileKind.symbolicLink.refusal))
            }
            if !out.isEmpty { return out }
        } catch {
            return [Problem(file: store.root, message: error.reason)]
        }
        let meta: StoreMeta
        do {
            meta = try store.readMeta()
        } catch StoreError.unreadable(_, let problems) {
            return out + problems
        } catch let e as StoreError {
            if case .cannotRead(let p, let r) = e { return out + [Problem(file: p, message: r)] }
            return out + [Problem(file: store.metaPath, message: "\(e)")]
        } catch {
            return out + [Problem(file: store.metaPath, message: "\(error)")]
        }
        out += byteOrderMark(files, "store.json")
        let (problems, revisions) = checkCases(store, meta: meta)
        out += problems
        out += checkAudit(store, revisions: revisions)
        return out
    }

    /// The problems of `cases/`, and the revision of every readable case (for the audit check).
    static func checkCases(_ store: JSONDirectoryStore, meta: StoreMeta) -> ([Problem], [String: Int]) {
        let (problems, revisions) = checkCaseFiles(store, meta: meta)
        return (problems, revisions)
    }

    static func checkCaseFiles(_ store: JSONDirectoryStore, meta: StoreMeta) -> ([Problem], [String: Int]) {
        let casesDir = store.casesDir
        let rootFD: Int32, casesFD: Int32
        do throws(StoreError) {
            rootFD = try store.files.openRoot()
            guard let fd = try PosixFile.openDirectory(rootFD, "cases", path: casesDir) else {
                close(rootFD)
                return ([Problem(file: casesDir, message: "the store has no cases directory")], [:])
            }
            casesFD = fd
        } catch {
            return ([Problem(file: casesDir, message: error.reason)], [:])
        }
        defer { close(casesFD); close(rootFD) }
        let entries: [PosixFile.Entry]
        do throws(StoreError) { entries = try PosixFile.list(casesFD, path: casesDir).sorted { $0.name < $1.name } } catch {
            return ([Problem(file: casesDir, message: error.reason)], [:])
        }
        var out: [Problem] = []
        var toRead: [PosixFile.Entry] = []
        for e in entries {
            let path = casesDir + "/" + e.name
            switch CaseFileName.kind(of: e.name) {
            case .caseFile where e.kind == .regular: toRead.append(e)
            case .caseFile: out.append(Problem(file: path, message: e.kind.refusal))
            case .temp: out.append(Problem(file: path, message: "a temp file left by an interrupted write; the next open removes it",
                                           isWarning: true))
            case .ignored: out.append(Problem(file: path, message: "ignored: only ID.json files are read as cases", isWarning: true))
            }
        }
        let files = toRead
        var results = [FileCheck?](repeating: nil, count: files.count)
        results.withUnsafeMutableBufferPointer { buf in
            let slots = ResultSlots(base: buf.baseAddress!)
            let chunk = 128
            DispatchQueue.concurrentPerform(iterations: (files.count + chunk - 1) / chunk) { k in
                var buffer: [UInt8] = []
                for n in (k * chunk)..<min(files.count, (k + 1) * chunk) {
                    slots.base[n] = checkFile(casesFD, casesDir + "/" + files[n].name, name: files[n].name, meta: meta, buffer: &buffer)
                }
            }
        }
        var requestOwner: [String: String] = [:]
        var revisions: [String: Int] = [:]
        for case let r? in results {
            out += r.problems
            if let rev = r.revision { revisions[r.id] = rev }
            for (id, path) in r.requestIDs {
                if let owner = requestOwner[id] {
                    out.append(Problem(file: r.file, path: path, message: "duplicate request id \"\(id)\" (also in \(owner))"))
                } else {
                    requestOwner[id] = r.file
                }
            }
        }
        return (out, revisions)
    }

    static func checkAudit(_ store: JSONDirectoryStore, revisions: [String: Int]) -> [Problem] {
        let path = store.auditPath
        var out: [Problem] = []
        let journal = AuditJournal(store: store)
        let pending = (try? journal.pending()) ?? []
        if !pending.isEmpty {
            out.append(Problem(file: store.files.path(AuditJournal.name), message:
                "an interrupted write left \(pending.count) audit line\(pending.count == 1 ? "" : "s") to finish; the next open or change of the store finishes it",
                isWarning: true))
        }
        do throws(StoreError) {
            guard let kind = try store.files.kind("audit.jsonl") else {
                return out + [Problem(file: path, message: "the audit trail is missing")]
            }
            guard kind == .regular else { return out + [Problem(file: path, message: kind.refusal)] }
            out += byteOrderMark(store.files, "audit.jsonl")
            let log = try AuditTrail.read(store.files, caseID: nil)
            // The journal's lines of changes that landed are as durable as the trail's (the
            // next open appends exactly those not already at its end): they cover their
            // revisions, so a store checked straight after a kill is not reported for them.
            let tail = log.entries.suffix(pending.count)
            let waiting = pending.map { $0.entry }.filter { !tail.contains($0) && journal.landedOnDisk($0) }
            return out + log.skipped + AuditCoverage.gaps(log.entries + waiting, revisions: revisions, file: path)
        } catch {
            return out + [Problem(file: path, message: error.reason)]
        }
    }

    /// JSON has no byte order mark (RFC 8259); the reader skips one rather than lose the
    /// file, and says so here, since the next save writes the file without it.
    static func byteOrderMark(_ bytes: [UInt8], _ path: String) -> [Problem] {
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return [] }
        return [Problem(file: path, message: "starts with a UTF-8 byte order mark, which JSON does not allow; "
                        + "it is skipped when read and the next write leaves it out", isWarning: true)]
    }

    /// The same for a file of the store, reading only its first bytes.
    static func byteOrderMark(_ files: StoreFiles, _ rel: String) -> [Problem] {
        let path = files.path(rel)
        let head: [UInt8]? = try? files.at(rel) { dir, name throws(StoreError) -> [UInt8] in
            guard let (fd, _) = try PosixFile.openFile(dir, name, path: path, flags: O_RDONLY) else { return [] }
            defer { close(fd) }
            var b = [UInt8](repeating: 0, count: 3)
            let n = b.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 3, 0) }
            return Array(b.prefix(max(0, n)))
        } ?? nil
        return byteOrderMark(head ?? [], path)
    }

    struct FileCheck: Sendable {
        var file: String
        var id = ""
        /// The case's revision when it could be read.
        var revision: Int?
        var problems: [Problem]
        /// Request ids and their JSON paths, for the store-wide uniqueness check.
        var requestIDs: [(String, String)]
    }

    static func checkFile(_ casesFD: Int32, _ path: String, name: String, meta: StoreMeta, buffer: inout [UInt8]) -> FileCheck {
        let id = String(name.dropLast(5))
        do throws(StoreError) {
            guard try PosixFile.read(casesFD, name, path: path, limit: StoreLimits.caseFile, into: &buffer) else {
                return FileCheck(file: path, problems: [], requestIDs: [])
            }
        } catch {
            return FileCheck(file: path, problems: [Problem(file: path, message: error.reason)], requestIDs: [])
        }
        do throws(CaseFileError) {
            let (c, warnings) = try buffer.withUnsafeBufferPointer { b throws(CaseFileError) in
                try CaseCodec.decode(bytes: b, fileName: id, file: path)
            }
            var problems = byteOrderMark(buffer, path) + warnings
            for var p in CaseValidator.problems(of: c, meta: meta) {
                p.file = path
                if !problems.contains(p) { problems.append(p) }
            }
            let ids = c.requests.enumerated().map { (n, r) in (r.id, "$.requests[\(n)].id") }
            return FileCheck(file: path, id: id, revision: c.revision, problems: problems, requestIDs: ids)
        } catch {
            return FileCheck(file: path, problems: error.problems, requestIDs: [])
        }
    }
}
