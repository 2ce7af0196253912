import Foundation

/// The trash and the history as they bear on revisions: the revision a deleted case had, a
/// restore that continues from it, and overwritten revisions kept in `history/ID/REV.json`.
extension JSONDirectoryStore {
    var historyDir: String { root + "/history" }
    func historyPath(_ id: String, _ revision: Int) -> String { historyDir + "/" + id + "/\(revision).json" }

    /// The highest revision of `id` in the trash (`trash/ID.<time>.json`), nil if none. A
    /// trash file of the id that cannot be read is an error: its revision is unknown, and
    /// guessing could let a revision go backwards.
    public func trashedRevision(id: String) throws -> Int? {
        guard Case.isValidID(id), let trash = try files.list("trash") else { return nil }
        var best: Int?
        for e in trash where Self.trashID(e.name) == id {
            let r = try revision(inFile: "trash/" + e.name)
            best = max(best ?? r, r)
        }
        return best
    }

    /// The highest trashed revision of every id in the trash, for bulk writes.
    func trashedRevisions() throws -> [String: Int] {
        guard let trash = try files.list("trash") else { return [:] }
        var out: [String: Int] = [:]
        for e in trash {
            guard let id = Self.trashID(e.name) else { continue }
            let r = try revision(inFile: "trash/" + e.name)
            out[id] = max(out[id] ?? r, r)
        }
        return out
    }

    /// The case id of a trash file name `ID.<yyyymmddThhmmssZ>[-N].json`, nil for other names.
    static func trashID(_ name: String) -> String? {
        guard name.hasSuffix(".json") else { return nil }
        var stem = Substring(name.dropLast(5))
        if let dash = stem.lastIndex(of: "-"), stem[stem.index(after: dash)...].allSatisfy(\.isASCII),
           Int(stem[stem.index(after: dash)...]) != nil, stem[..<dash].hasSuffix("Z") {
            stem = stem[..<dash]
        }
        guard let dot = stem.lastIndex(of: ".") else { return nil }
        let stamp = Array(stem[stem.index(after: dot)...].utf8)
        // 20251124T160000Z
        guard stamp.count == 16, stamp[8] == UInt8(ascii: "T"), stamp[15] == UInt8(ascii: "Z"),
              stamp[0..<8].allSatisfy({ (48...57).contains($0) }), stamp[9..<15].allSatisfy({ (48...57).contains($0) }) else { return nil }
        let id = String(stem[..<dot])
        return Case.isValidID(id) ? id : nil
    }

    /// The `revision` of a case file (`rel` to the store), parsed but not decoded.
    func revision(inFile rel: String) throws -> Int {
        let path = files.path(rel)
        guard let data = try files.read(rel, limit: StoreLimits.caseFile) else {
            throw StoreError.notFound(id: (path as NSString).lastPathComponent)
        }
        let v: JSONValue
        do throws(CaseFileError) { v = try CaseCodec.parse(data: Data(data), file: path).value } catch {
            throw StoreError.unreadable(path: path, problems: error.problems)
        }
        guard let r = v.objectValue?["revision"]?.intValue else {
            throw StoreError.unreadable(path: path, problems: [Problem(file: path, path: "$.revision", message: "missing or not a whole number")])
        }
        return r
    }

    /// Saves a deleted case again under its id, as revision `deletedRevision + 1`: refused if
    /// the id is in use or the trash holds a later revision (`RevisionRule.restored`). The
    /// trash file stays where it is; the audit line names the revision restored.
    public func restore(_ c: Case, deletedRevision: Int, user: String, action: String) throws -> Case {
        let meta = try readMeta()
        let problems = CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }
        guard problems.isEmpty else { throw StoreError.invalidCase(id: c.id, problems: problems) }
        return try withWriteLock {
            let live = try readCase(c.id)?.case.revision
            let revision = try RevisionRule.restored(id: c.id, deletedRevision: deletedRevision, live: live,
                                                     trashed: try trashedRevision(id: c.id))
            return try write(c, revision: revision, old: nil, user: user, action: action,
                             detail: "restored revision \(deletedRevision) from the trash")
        }
    }

    /// Writes the revision about to be overwritten to `history/ID/REV.json` (0600, atomic),
    /// before the overwrite, so that "save mine over theirs" loses nothing.
    func keepInHistory(_ old: JSONValue, id: String, revision: Int) throws {
        try files.writeAtomically("history/\(id)/\(revision).json", create: true, JSONWriter.pretty(old, order: ModelKeys.case))
    }

    /// A revision of a case kept in the history (overwritten) or the trash (deleted), or the
    /// live file when it has that revision; nil when the store has no copy of it.
    public func keptRevision(id: String, revision: Int) throws -> (case: Case, file: String)? {
        guard Case.isValidID(id) else { return nil }
        if let live = try readCase(id), live.case.revision == revision { return (live.case, casePath(id)) }
        var candidates = ["history/\(id)/\(revision).json"]
        if let trash = try files.list("trash") {
            candidates += trash.filter { Self.trashID($0.name) == id }.map { "trash/" + $0.name }
        }
        for rel in candidates {
            let path = files.path(rel)
            guard let data = try files.read(rel, limit: StoreLimits.caseFile) else { continue }
            do throws(CaseFileError) {
                let c = try CaseCodec.decode(document: CaseCodec.parse(data: Data(data), file: path), fileName: id, file: path).case
                if c.revision == revision { return (c, path) }
            } catch {
                throw StoreError.unreadable(path: path, problems: error.problems)
            }
        }
        return nil
    }

    /// The end of the audit detail of a save that kept the revision it wrote over.
    public static func keptDetail(id: String, revision: Int) -> String {
        "; revision \(revision) kept in history/\(id)/\(revision).json"
    }

    /// The revision an audit detail says was kept in the history, if any.
    public static func keptRevision(inDetail detail: String) -> Int? {
        guard let r = detail.range(of: "; revision ", options: .backwards), detail.contains(" kept in history/") else { return nil }
        return Int(detail[r.upperBound...].prefix { $0.isNumber })
    }

    /// The revisions of `id` kept in `history/ID/`, oldest first.
    public func historyRevisions(id: String) throws -> [Int] {
        guard Case.isValidID(id), let entries = try files.list("history/" + id) else { return [] }
        return entries.compactMap { $0.name.hasSuffix(".json") ? Int($0.name.dropLast(5)) : nil }.sorted()
    }
}
