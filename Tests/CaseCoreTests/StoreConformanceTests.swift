import Foundation
import Testing
@testable import CaseCore
import CaseStorePostgres

/// What every `CaseStore` guarantees, run against each store in `StoreKind.available`: the
/// JSON directory always, PostgreSQL when the tests have a server. What only one store can
/// show (file modes, a syntax error's line and column, the trash's file names) is in
/// StoreTests.
@Suite struct StoreConformanceTests {
    @Test(arguments: StoreKind.available)
    func createSaveOpenAndLoad(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        let saved = try store.save(Fixtures.sampleCase("B-2"), baseRevision: nil, user: "ann", action: "create")
        #expect(saved.revision == 1)
        #expect(saved.updated == Fixtures.fixedClock())
        _ = try store.save(Fixtures.sampleCase("A-1"), baseRevision: nil, user: "ann", action: "create")
        let calls = ProgressLog()
        let snap = try store.open { done, total in calls.add(done, total) }
        #expect(snap.meta == Fixtures.meta)
        #expect(snap.summaries.map(\.id) == ["A-1", "B-2"])
        #expect(snap.summaries[1] == CaseSummary(saved))
        #expect(snap.damaged.isEmpty)
        #expect(calls.values.first! == [0, 2])
        #expect(calls.values.last! == [2, 2])
        #expect(try store.load(id: "B-2") == saved)
        #expect(store.displayName == "Test store")
        #expect(throws: StoreError.notFound(id: "NOPE")) { try store.load(id: "NOPE") }
    }

    @Test(arguments: StoreKind.available)
    func staleRevisionIsRefusedAndNothingIsWritten(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        let c = Fixtures.sampleCase()
        _ = try store.save(c, baseRevision: nil, user: "u", action: "create")
        let bytes = try t.document("C-1")
        #expect(throws: StoreError.staleRevision(id: "C-1", base: nil, onDisk: 1)) {
            try store.save(c, baseRevision: nil, user: "u", action: "create")
        }
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 0, onDisk: 1)) {
            try store.save(c, baseRevision: 0, user: "u", action: "update")
        }
        #expect(throws: StoreError.staleRevision(id: "C-9", base: 3, onDisk: nil)) {
            try store.save(Fixtures.sampleCase("C-9"), baseRevision: 3, user: "u", action: "update")
        }
        #expect(try t.document("C-1") == bytes)
        #expect(try store.audit(caseID: nil).entries.count == 1)
        #expect(try store.revisionOnDisk(id: "C-1") == 1)
        #expect(try store.revisionOnDisk(id: "C-9") == nil)
    }

    @Test(arguments: StoreKind.available)
    func invalidCaseIsRefused(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        var c = Fixtures.sampleCase()
        c.crimeTypes = []
        c.unit = "NOPE"
        #expect(throws: StoreError.invalidCase(id: "C-1", problems: [
            Problem(path: "$.crimeTypes", message: "must name at least one crime type"),
            Problem(path: "$.unit", message: "unknown unit \"NOPE\" (not in store.json)"),
        ])) { try t.store.save(c, baseRevision: nil, user: "u", action: "create") }
        #expect(try t.store.revisionOnDisk(id: "C-1") == nil)
    }

    @Test(arguments: StoreKind.available)
    func unknownKeysSurviveLoadAndSave(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        var json = Fixtures.sampleCase().toJSON().objectValue!
        json["revision"] = .number("1")
        json["future"] = .object(["nested": .array([.number("1.50")])])
        var d0 = json["defendants"]!.arrayValue![0].objectValue!
        d0["biometrics"] = .string("ref-9")
        json["defendants"] = .array([.object(d0)] + json["defendants"]!.arrayValue!.dropFirst())
        try t.putDocument("C-1", Data(JSONWriter.pretty(.object(json))))
        var c = try t.store.load(id: "C-1")
        c.title = "Operation Heron"
        _ = try t.store.save(c, baseRevision: 1, user: "u", action: "update")
        let back = try JSONParser.parse(#require(try t.document("C-1"))).objectValue!
        #expect(back["future"] == json["future"])
        #expect(back["defendants"]?.arrayValue?[0].objectValue?["biometrics"] == .string("ref-9"))
        #expect(back["title"] == .string("Operation Heron"))
        #expect(try t.store.open { _, _ in }.summaries.map(\.title) == ["Operation Heron"])
    }

    @Test(arguments: StoreKind.available)
    func damagedDocumentIsReportedAndNeverWrittenOver(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        _ = try store.save(Fixtures.sampleCase("OK-1"), baseRevision: nil, user: "u", action: "create")
        var json = Fixtures.sampleCase("BAD-1").toJSON().objectValue!
        json["revision"] = .number("1")
        json["status"] = .string("lost")
        let bad = Data(JSONWriter.pretty(.object(json)))
        try t.putDocument("BAD-1", bad)
        let snap = try store.open { _, _ in }
        #expect(snap.summaries.map(\.id) == ["OK-1"])
        #expect(snap.damaged.map(\.id) == ["BAD-1"])
        #expect(snap.damaged.first?.path == t.path("BAD-1"))
        let problems = try #require(snap.damaged.first?.problems)
        #expect(problems.contains { $0.path == "$.status" })
        #expect(throws: StoreError.unreadable(path: t.path("BAD-1"), problems: problems)) { try store.load(id: "BAD-1") }
        #expect(throws: StoreError.self) {
            try store.save(Fixtures.sampleCase("BAD-1"), baseRevision: 1, user: "u", action: "update")
        }
        #expect(throws: StoreError.self) { try store.delete(id: "BAD-1", baseRevision: 1, user: "u") }
        #expect(try t.document("BAD-1") == bad)
        // Reading again (from the JSON store's cache) reports the same damage.
        #expect(try store.open { _, _ in }.damaged == snap.damaged)
    }

    @Test(arguments: StoreKind.available)
    func newerSchemaIsRefusedAndNeverWritten(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let expected = try t.makeSchemaNewer()
        let bytes = try t.document("C-1")
        #expect(throws: expected) { try store.open { _, _ in } }
        #expect(throws: expected) { try store.save(Fixtures.sampleCase(), baseRevision: 1, user: "u", action: "update") }
        #expect(throws: expected) { try store.delete(id: "C-1", baseRevision: 1, user: "u") }
        #expect(try t.document("C-1") == bytes)
    }

    @Test(arguments: StoreKind.available)
    func auditRecordsEachSaveWithTheChangedFields(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        var c = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "ann", action: "create")
        _ = try store.save(Fixtures.sampleCase("OTHER"), baseRevision: nil, user: "bob", action: "create")
        c.status = .awaitingTrial
        c.defendants[1].outcome = Outcome(category: .dropped, date: Fixtures.day)
        c.requests[0].history.append(StatusChange(status: .inExecution, date: Fixtures.day.adding(days: 30)))
        c.requests[0].status = .inExecution
        c.notes.append(Note(at: Fixtures.fixedClock(), author: "ann", text: "new"))
        _ = try store.save(c, baseRevision: 1, user: "ann", action: "update")
        let log = try store.audit(caseID: "C-1")
        #expect(log.skipped.isEmpty)
        let ann = t.auditUser("ann")
        // The JSON store's lines carry the revision they wrote (its journal proves coverage
        // with them); on PostgreSQL the line and the row share one transaction instead.
        let rev = { (n: Int) -> Int? in kind == .json ? n : nil }
        #expect(log.entries == [
            AuditEntry(at: Fixtures.fixedClock(), user: ann, action: "create", case: "C-1", detail: "new case", revision: rev(1)),
            AuditEntry(at: Fixtures.fixedClock(), user: ann, action: "update", case: "C-1",
                       detail: "status, defendants[1].outcome, requests[0].status, requests[0].history, notes", revision: rev(2)),
        ])
        #expect(try store.audit(caseID: nil).entries.count == 3)
    }

    @Test(arguments: StoreKind.available)
    func deleteMovesTheCaseToTheTrash(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 5, onDisk: 1)) {
            try store.delete(id: "C-1", baseRevision: 5, user: "u")
        }
        #expect(throws: StoreError.notFound(id: "C-2")) { try store.delete(id: "C-2", baseRevision: 1, user: "u") }
        try store.delete(id: "C-1", baseRevision: 1, user: "u")
        #expect(try store.revisionOnDisk(id: "C-1") == nil)
        #expect(try t.trashed() == ["C-1"])
        #expect(try store.audit(caseID: "C-1").entries.last?.action == "delete")
        #expect(try store.open { _, _ in }.summaries.isEmpty)
        #expect(throws: StoreError.notFound(id: "C-1")) { try store.load(id: "C-1") }
    }

    @Test(arguments: StoreKind.available)
    func revisionKeepsGrowingAcrossDeleteAndRestore(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let store = t.store, other = try t.second()
        var c = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        c.title = "Second"
        c = try store.save(c, baseRevision: 1, user: "u", action: "update")
        try store.delete(id: "C-1", baseRevision: 2, user: "u")
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 1, onDisk: nil)) {
            try store.restore(c, deletedRevision: 1, user: "u", action: "undo")
        }
        let back = try store.restore(c, deletedRevision: 2, user: "u", action: "undo")
        #expect(back.revision == 3)
        #expect(try other.revisionOnDisk(id: "C-1") == 3)
        #expect(throws: StoreError.alreadyExists(id: "C-1")) {
            try other.restore(c, deletedRevision: 2, user: "v", action: "undo")
        }
        #expect(try store.audit(caseID: "C-1").entries.last?.detail == "restored revision 2 from the trash")
        // A new case under a deleted id carries on from the trash too.
        try other.delete(id: "C-1", baseRevision: 3, user: "v")
        #expect(try other.save(Fixtures.sampleCase(), baseRevision: nil, user: "v", action: "create").revision == 4)
        // Saving over someone else's change keeps theirs and says so.
        var mine = try store.load(id: "C-1")
        mine.title = "Mine"
        let saved = try store.save(mine, baseRevision: 4, user: "u", action: "update", keepOverwritten: true)
        #expect(saved.revision == 5)
        #expect(try store.audit(caseID: "C-1").entries.last?.detail.contains("revision 4 kept in") == true)
        let kept: (Case, String)?
        switch store {
        case let s as JSONDirectoryStore: kept = try s.keptRevision(id: "C-1", revision: 4)
        case let s as PostgresStore: kept = try s.keptRevision(id: "C-1", revision: 4)
        default: kept = nil
        }
        #expect(kept?.0.title == "Operation Kestrel")
        #expect(kept?.0.revision == 4)
    }

    // MARK: Two writers (two processes, two machines)

    final class Tally: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var successes = 0
        private(set) var stale = 0
        private(set) var other: [String] = []
        private(set) var revisions: [Int] = []
        func record(_ body: () -> Void) { lock.lock(); body(); lock.unlock() }
        func success(_ r: Int) { record { successes += 1; revisions.append(r) } }
        func refusedStale() { record { stale += 1 } }
        func failed(_ e: Error) { record { other.append("\(e)") } }
    }

    @Test(arguments: StoreKind.available)
    func racingSavesOfOneCaseNeverLoseAnUpdate(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let stores = [t.store, try t.second()]
        _ = try stores[0].save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let tally = Tally()
        let rounds = 40
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            let store = stores[k]
            for n in 0..<rounds {
                do {
                    var c = try store.load(id: "C-1")
                    let base = c.revision
                    c.summary = "writer \(k) round \(n)"
                    let saved = try store.save(c, baseRevision: base, user: "w\(k)", action: "update")
                    tally.success(saved.revision)
                } catch StoreError.staleRevision {
                    tally.refusedStale()
                } catch {
                    tally.failed(error)
                }
            }
        }
        #expect(tally.other == [])
        #expect(tally.successes + tally.stale == 2 * rounds)
        #expect(tally.successes >= rounds)
        // Every success moved the revision by exactly one: the revisions seen are 2...N+1.
        #expect(tally.revisions.sorted() == Array(2...(tally.successes + 1)))
        #expect(try stores[0].revisionOnDisk(id: "C-1") == tally.successes + 1)
        #expect(try stores[0].audit(caseID: "C-1").entries.count == tally.successes + 1)
    }

    @Test(arguments: StoreKind.available)
    func racingSavesOfDifferentCasesAllLand(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let stores = [t.store, try t.second()]
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            for n in 0..<25 {
                do {
                    _ = try stores[k].save(Fixtures.sampleCase("W\(k)-\(n)"), baseRevision: nil, user: "w\(k)", action: "create")
                    tally.success(1)
                } catch {
                    tally.failed(error)
                }
            }
        }
        #expect(tally.other == [])
        let snap = try stores[0].open { _, _ in }
        #expect(snap.summaries.count == 50)
        let log = try stores[0].audit(caseID: nil)
        #expect(log.entries.count == 50)
        #expect(log.skipped.isEmpty)
    }

    @Test(arguments: StoreKind.available)
    func racingCreatesOfOneIdLetExactlyOneWin(_ kind: StoreKind) throws {
        let t = try kind.make()
        defer { t.remove() }
        let stores = [t.store, try t.second()]
        let tally = Tally()
        DispatchQueue.concurrentPerform(iterations: 2) { k in
            for n in 0..<20 {
                do {
                    _ = try stores[k].save(Fixtures.sampleCase("N-\(n)"), baseRevision: nil, user: "w\(k)", action: "create")
                    tally.success(1)
                } catch StoreError.staleRevision(_, nil, 1) {
                    tally.refusedStale()
                } catch {
                    tally.failed(error)
                }
            }
        }
        #expect(tally.other == [])
        #expect(tally.successes == 20)
        #expect(tally.stale == 20)
    }
}
