import Foundation
import Testing
@testable import CaseCore

/// What only the JSON directory store shows (its files, their modes, a syntax error's line
/// and column, the trash's file names); what every store guarantees is in
/// StoreConformanceTests.
@Suite struct StoreTests {
    func casesPath(_ s: JSONDirectoryStore) -> String { s.directory.path + "/cases" }

    func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int) ?? -1
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

    @Test func notAStoreAndCreateRefusesNonEmptyDirectories() throws {
        let dir = Fixtures.tempDir()
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Data("x".utf8).write(to: dir.appendingPathComponent("notes.txt"))
        #expect(throws: StoreError.noStore(path: dir.path, exists: true)) {
            try JSONDirectoryStore(directory: dir).open { _, _ in }
        }
        #expect(throws: StoreError.notAStore(path: dir.path, reason: "the directory is not empty; choose a new or empty directory")) {
            try JSONDirectoryStore.create(at: dir, meta: Fixtures.meta)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["notes.txt"])
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
        try store.delete(id: "C-1", baseRevision: 1, user: "u")
        let trashed = try FileManager.default.contentsOfDirectory(atPath: store.directory.path + "/trash")
        #expect(trashed == ["C-1.20251124T160000Z.json"])
    }
}

/// Progress calls, collected from any thread.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var calls: [[Int]] = []
    func add(_ done: Int, _ total: Int) { lock.lock(); calls.append([done, total]); lock.unlock() }
    var values: [[Int]] { lock.lock(); defer { lock.unlock() }; return calls }
}
