import Foundation

extension JSONDirectoryStore {
    /// What an import did, case by case.
    public struct ImportResult: Sendable, Equatable {
        public var created: [String]
        public var replaced: [String]
    }

    /// Saves every case of `bundle`: a new id as a new case; an existing id is refused
    /// unless `replace`, which saves over it using the revision on disk as the base (so the
    /// audit trail records what changed). Everything is checked before anything is written:
    /// an invalid case or an existing id without `replace` refuses the whole import.
    public func importBundle(_ bundle: CaseBundle, replace: Bool, user: String) throws -> ImportResult {
        let meta = try readMeta()
        for (n, c) in bundle.cases.enumerated() {
            let problems = CaseValidator.problems(of: c, meta: meta).filter { !$0.isWarning }.map { p -> Problem in
                var p = p
                p.path = "$.cases[\(n)]" + p.path.dropFirst()
                return p
            }
            if !problems.isEmpty { throw StoreError.invalidCase(id: c.id, problems: problems) }
        }
        var bases: [Int?] = []
        for c in bundle.cases {
            let rev = try revisionOnDisk(id: c.id)
            if rev != nil, !replace { throw StoreError.alreadyExists(id: c.id) }
            bases.append(rev)
        }
        var result = ImportResult(created: [], replaced: [])
        // New cases in one bulk write (all cores, one sync: 100,000 fsyncs would take minutes);
        // a case made under one of their ids since the check above is refused, never overwritten.
        let fresh = zip(bundle.cases, bases).filter { $0.1 == nil }.map(\.0)
        if !fresh.isEmpty {
            let bulk = try writeNewCases(fresh, user: user, action: "import")
            let refused = Set(bulk.refused.map(\.id))
            result.created = fresh.map(\.id).filter { !refused.contains($0) }
            if let first = bulk.refused.first { throw first.error }
        }
        for (c, base) in zip(bundle.cases, bases) where base != nil {
            _ = try save(c, baseRevision: base, user: user, action: "import")
            result.replaced.append(c.id)
        }
        return result
    }

    /// The ids of every case-like name in `cases/` (readable or not), unsorted.
    public func caseFileIDs() throws -> [String] {
        guard let entries = try files.list("cases") else {
            throw StoreError.cannotRead(path: casesDir, reason: "the store has no cases directory")
        }
        return entries.filter { CaseFileName.kind(of: $0.name) == .caseFile }.map { String($0.name.dropLast(5)) }
    }

    /// The readable cases among `ids` (all cases when nil), sorted by id, and the files
    /// that could not be read (left out of the bundle, reported to the user).
    public func exportBundle(ids: [String]? = nil) throws -> (bundle: CaseBundle, damaged: [DamagedCase]) {
        _ = try readMeta()
        let all = try ids ?? caseFileIDs()
        var cases: [Case] = []
        var damaged: [DamagedCase] = []
        for id in all.sorted() {
            do {
                cases.append(try load(id: id))
            } catch StoreError.unreadable(let path, let problems) {
                damaged.append(DamagedCase(id: id, path: path, problems: problems))
            } catch StoreError.cannotRead(let path, let reason) {
                damaged.append(DamagedCase(id: id, path: path, problems: [Problem(file: path, message: reason)]))
            }
        }
        return (CaseBundle(exported: clock(), cases: cases), damaged)
    }
}
