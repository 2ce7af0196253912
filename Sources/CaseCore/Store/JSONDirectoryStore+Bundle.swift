import Foundation

extension JSONDirectoryStore {
    /// What an import did, case by case.
    public struct ImportResult: Sendable, Equatable {
        public var created: [String]
        public var replaced: [String]
        /// Already in the store with the bundle's content (a re-run of an import cut short).
        public var skipped: [String]

        public init(created: [String], replaced: [String], skipped: [String] = []) {
            self.created = created; self.replaced = replaced; self.skipped = skipped
        }
    }

    /// An import that failed while writing (a full disk, a kill of another writer's lock):
    /// says how many cases of the bundle are in the store now, so the user knows that running
    /// the same import again completes it.
    public struct ImportInterrupted: Error, CustomStringConvertible, Equatable {
        public var error: StoreError
        /// Cases of the bundle this run wrote before it stopped (counted on disk).
        public var written: Int
        public var total: Int

        public var description: String {
            let done = written == 0 ? "No case of the bundle was written"
                : "\(written) of the bundle's \(total) case\(total == 1 ? " was" : "s were") written"
            return error.description + " " + done + "; run the same import again to complete it."
        }
    }

    /// Saves every case of `bundle`: a new id as a new case; an id already in the store with
    /// the same content (all but `revision` and `updated`) is skipped, so running an import
    /// that was cut short again completes it; any other existing id is refused unless
    /// `replace`, which saves over it using the revision on disk as the base (so the audit
    /// trail records what changed). Everything is checked before anything is written: an
    /// invalid case or a differing existing id without `replace` refuses the whole import.
    /// A failure while writing throws `ImportInterrupted`.
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
        var result = ImportResult(created: [], replaced: [])
        var fresh: [Case] = []
        var toReplace: [(Case, base: Int)] = []
        for c in bundle.cases {
            guard let onDisk = try readCase(c.id)?.case else { fresh.append(c); continue }
            if Self.sameContent(onDisk, c) { result.skipped.append(c.id); continue }
            guard replace else { throw StoreError.alreadyExists(id: c.id) }
            toReplace.append((c, onDisk.revision))
        }
        do {
            // New cases in one bulk write (all cores, one sync: 100,000 fsyncs would take
            // minutes); a case made under one of their ids since the check above is refused,
            // never overwritten.
            if !fresh.isEmpty {
                let bulk = try writeNewCases(fresh, user: user, action: "import")
                let refused = Set(bulk.refused.map(\.id))
                result.created = fresh.map(\.id).filter { !refused.contains($0) }
                if let first = bulk.refused.first { throw first.error }
            }
            for (c, base) in toReplace {
                _ = try save(c, baseRevision: base, user: user, action: "import")
                result.replaced.append(c.id)
            }
        } catch let error as StoreError {
            // Counted on disk, not from what this run believes it did: a bulk write whose
            // audit append failed has its cases in place (their lines wait in the journal).
            let landed = (fresh + toReplace.map(\.0)).filter { c in
                (try? readCase(c.id)).map { Self.sameContent($0.case, c) } ?? false
            }
            throw ImportInterrupted(error: error, written: landed.count, total: bundle.cases.count)
        }
        return result
    }

    /// Whether two cases hold the same data: `revision` and `updated` belong to the store
    /// that wrote each, not to the case.
    static func sameContent(_ a: Case, _ b: Case) -> Bool {
        var b = b
        b.revision = a.revision
        b.updated = a.updated
        return a == b
    }

    /// The ids of every case-like name in `cases/` (readable or not), unsorted.
    public func caseFileIDs() throws -> [String] {
        guard let entries = try files.list("cases") else {
            throw StoreError.cannotRead(path: casesDir, reason: "the store has no cases directory")
        }
        return entries.filter { CaseFileName.kind(of: $0.name) == .caseFile }.map { String($0.name.dropLast(5)) }
    }
}
