import Foundation
import Testing
@testable import CaseCore

@Suite struct StoreTests {
    func casesPath(_ s: JSONDirectoryStore) -> String { s.directory.path + "/cases" }

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
    }

    @Test func createSaveOpenAndLoad() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
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

    @Test func saveIsAtomicAndTouchesOnlyItsFile() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("A-1"), baseRevision: nil, user: "u", action: "create")
        _ = try store.save(Fixtures.sampleCase("B-1"), baseRevision: nil, user: "u", action: "create")
        let bPath = casesPath(store) + "/B-1.json"
        let before = try FileManager.default.attributesOfItem(atPath: bPath)
        let bBytes = try Data(contentsOf: URL(fileURLWithPath: bPath))
        var a = try store.load(id: "A-1")
        a.status = .awaitingTrial
        let saved = try store.save(a, baseRevision: 1, user: "u", action: "update")
        #expect(saved.revision == 2)
        let after = try FileManager.default.attributesOfItem(atPath: bPath)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(try Data(contentsOf: URL(fileURLWithPath: bPath)) == bBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: casesPath(store)).sorted() == ["A-1.json", "B-1.json"])
    }

    @Test func staleRevisionIsRefusedAndNothingIsWritten() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let c = Fixtures.sampleCase()
        _ = try store.save(c, baseRevision: nil, user: "u", action: "create")
        let path = casesPath(store) + "/C-1.json"
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(throws: StoreError.staleRevision(id: "C-1", base: nil, onDisk: 1)) {
            try store.save(c, baseRevision: nil, user: "u", action: "create")
        }
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 0, onDisk: 1)) {
            try store.save(c, baseRevision: 0, user: "u", action: "update")
        }
        #expect(throws: StoreError.staleRevision(id: "C-9", base: 3, onDisk: nil)) {
            try store.save(Fixtures.sampleCase("C-9"), baseRevision: 3, user: "u", action: "update")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try store.audit(caseID: nil).entries.count == 1)
        #expect(try store.revisionOnDisk(id: "C-1") == 1)
        #expect(try store.revisionOnDisk(id: "C-9") == nil)
    }

    @Test func invalidCaseIsRefused() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var c = Fixtures.sampleCase()
        c.crimeTypes = []
        c.unit = "NOPE"
        #expect(throws: StoreError.invalidCase(id: "C-1", problems: [
            Problem(path: "$.crimeTypes", message: "must name at least one crime type"),
            Problem(path: "$.unit", message: "unknown unit \"NOPE\" (not in store.json)"),
        ])) { try store.save(c, baseRevision: nil, user: "u", action: "create") }
        #expect(try store.revisionOnDisk(id: "C-1") == nil)
    }

    @Test func filesAre0600AndDirectories0700EvenWithUmask022() throws {
        let old = umask(0o022)
        defer { umask(old) }
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        _ = try store.open { _, _ in }
        try store.delete(id: "C-1", baseRevision: 1, user: "u")
        let root = store.directory.path
        for dir in [root, root + "/cases", root + "/.cache", root + "/trash"] { #expect(mode(dir) == 0o700, "\(dir)") }
        let trashed = try FileManager.default.contentsOfDirectory(atPath: root + "/trash")
        for file in ["/store.json", "/audit.jsonl", "/.lock", "/.cache/summaries", "/trash/" + trashed[0]] {
            #expect(mode(root + file) == 0o600, "\(file)")
        }
    }

    @Test func unknownKeysSurviveLoadAndSave() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var json = Fixtures.sampleCase().toJSON().objectValue!
        json["future"] = .object(["nested": .array([.number("1.50")])])
        var d0 = json["defendants"]!.arrayValue![0].objectValue!
        d0["biometrics"] = .string("ref-9")
        json["defendants"] = .array([.object(d0)] + json["defendants"]!.arrayValue!.dropFirst())
        try Data(JSONWriter.pretty(.object(json))).write(to: URL(fileURLWithPath: casesPath(store) + "/C-1.json"))
        var c = try store.load(id: "C-1")
        c.title = "Operation Heron"
        _ = try store.save(c, baseRevision: 0, user: "u", action: "update")
        let back = try JSONParser.parse(Data(contentsOf: URL(fileURLWithPath: casesPath(store) + "/C-1.json"))).objectValue!
        #expect(back["future"] == json["future"])
        #expect(back["defendants"]?.arrayValue?[0].objectValue?["biometrics"] == .string("ref-9"))
        #expect(back["title"] == .string("Operation Heron"))
    }

    @Test func damagedFileIsReportedAndNeverWrittenOver() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("OK-1"), baseRevision: nil, user: "u", action: "create")
        let badPath = casesPath(store) + "/BAD-1.json"
        let bad = Data("{\n  \"id\": \"BAD-1\",\n  \"title\" \"x\"\n}\n".utf8)
        try bad.write(to: URL(fileURLWithPath: badPath))
        let snap = try store.open { _, _ in }
        #expect(snap.summaries.map(\.id) == ["OK-1"])
        #expect(snap.damaged == [DamagedCase(id: "BAD-1", path: badPath, problems: [
            Problem(file: badPath, path: "$", line: 3, column: 11, message: "expected ':' after the object key \"title\", found '\"'"),
        ])])
        #expect(throws: StoreError.unreadable(path: badPath, problems: snap.damaged[0].problems)) {
            try store.save(Fixtures.sampleCase("BAD-1"), baseRevision: nil, user: "u", action: "create")
        }
        #expect(throws: StoreError.unreadable(path: badPath, problems: snap.damaged[0].problems)) { try store.load(id: "BAD-1") }
        #expect(throws: StoreError.self) { try store.delete(id: "BAD-1", baseRevision: 0, user: "u") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: badPath)) == bad)
        // Reopening from the cache reports the same damage.
        #expect(try store.open { _, _ in }.damaged == snap.damaged)
    }

    @Test func newerSchemaIsRefusedAndNeverWritten() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        var json = Fixtures.meta.toJSON().objectValue!
        json["schemaVersion"] = .number("3")
        json["units"] = .string("a shape this program does not know")
        let metaPath = store.directory.path + "/store.json"
        let bytes = Data(JSONWriter.pretty(.object(json)))
        try bytes.write(to: URL(fileURLWithPath: metaPath))
        let expected = StoreError.newerSchema(path: metaPath, found: 3, supported: 2)
        #expect(throws: expected) { try store.open { _, _ in } }
        #expect(throws: expected) { try store.save(Fixtures.sampleCase(), baseRevision: 1, user: "u", action: "update") }
        #expect(throws: expected) { try store.delete(id: "C-1", baseRevision: 1, user: "u") }
        #expect(try Data(contentsOf: URL(fileURLWithPath: metaPath)) == bytes)
        #expect(try store.revisionOnDisk(id: "C-1") == 1)
    }

    @Test func notAStoreAndCreateRefusesNonEmptyDirectories() throws {
        let dir = Fixtures.tempDir()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        #expect(throws: StoreError.notAStore(path: dir.path, reason: "it has no store.json")) {
            try JSONDirectoryStore(directory: dir).open { _, _ in }
        }
        #expect(throws: StoreError.notAStore(path: dir.path, reason: "the directory is not empty; choose a new or empty directory")) {
            try JSONDirectoryStore.create(at: dir, meta: Fixtures.meta)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
    }

    @Test func auditRecordsEachSaveWithTheChangedFields() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
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
        #expect(log.entries == [
            AuditEntry(at: Fixtures.fixedClock(), user: "ann", action: "create", case: "C-1", detail: "new case"),
            AuditEntry(at: Fixtures.fixedClock(), user: "ann", action: "update", case: "C-1",
                       detail: "status, defendants[1].outcome, requests[0].status, requests[0].history, notes"),
        ])
        #expect(try store.audit(caseID: nil).entries.count == 3)
    }

    @Test func tornAuditLineIsSkippedWithAWarning() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: store.directory.path + "/audit.jsonl"))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"at":"2026-11-24T10:15:00Z","user":"u","act"#.utf8))
        try handle.close()
        var log = try store.audit(caseID: nil)
        #expect(log.entries.count == 1)
        #expect(log.skipped.count == 1)
        #expect(log.skipped.first?.line == 2)
        #expect(log.skipped.first?.isWarning == true)
        _ = try store.save(Fixtures.sampleCase("C-2"), baseRevision: nil, user: "u", action: "create")
        log = try store.audit(caseID: nil)
        #expect(log.entries.map(\.case) == ["C-1", "C-2"])
        #expect(log.skipped.map(\.line) == [2])
    }

    @Test func deleteMovesTheFileToTheTrash() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 5, onDisk: 1)) {
            try store.delete(id: "C-1", baseRevision: 5, user: "u")
        }
        try store.delete(id: "C-1", baseRevision: 1, user: "u")
        #expect(try store.revisionOnDisk(id: "C-1") == nil)
        let trashed = try FileManager.default.contentsOfDirectory(atPath: store.directory.path + "/trash")
        #expect(trashed == ["C-1.20251124T160000Z.json"])
        #expect(try store.audit(caseID: "C-1").entries.last?.action == "delete")
        #expect(try store.open { _, _ in }.summaries.isEmpty)
    }
}

/// Progress calls, collected from any thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[Int]] = []
    func add(_ done: Int, _ total: Int) { lock.lock(); calls.append([done, total]); lock.unlock() }
    var values: [[Int]] { lock.lock(); defer { lock.unlock() }; return calls }
}
