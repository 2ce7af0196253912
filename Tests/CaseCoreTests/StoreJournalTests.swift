#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import CaseCore

/// Attack 4 of issue 13: a kill between a save and its audit line lost the line. The
/// journal makes them inseparable and `check` proves every revision has exactly one line.
/// These tests build by hand the states a kill leaves; Tests/EndToEnd/kill.test.sh kills
/// the real binary.
@Suite struct StoreJournalTests {
    var auditPath: (JSONDirectoryStore) -> String = { $0.directory.path + "/audit.jsonl" }

    func lines(_ store: JSONDirectoryStore) throws -> [String] {
        try String(contentsOfFile: auditPath(store), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func errors(_ store: JSONDirectoryStore) -> [String] {
        StoreChecker.check(directory: store.directory).filter { !$0.isWarning }.map(\.message)
    }

    @Test func checkReportsARevisionWithoutAnAuditLineAndARevisionWithTwo() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var c = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        c.title = "changed"
        _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        #expect(errors(store) == [])
        let all = try lines(store)
        try (all[0] + "\n").write(toFile: auditPath(store), atomically: true, encoding: .utf8)
        #expect(errors(store) == ["case C-1: revision 2 of 2 has no audit line"])
        try (all.joined(separator: "\n") + "\n" + all[1] + "\n").write(toFile: auditPath(store), atomically: true, encoding: .utf8)
        #expect(errors(store) == ["case C-1: revision 2 has 2 audit lines, not one"])
    }

    /// The state a kill leaves after the case file landed and before its line was appended.
    @Test func aSaveKilledBeforeItsAuditLineIsFinishedOnceByTheNextOpen() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var c = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let before = try Data(contentsOf: URL(fileURLWithPath: auditPath(store)))
        c.title = "changed"
        _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        let line = try #require(try lines(store).last)
        // Cut the line off and leave it in the journal, as a kill after the rename would.
        try before.write(to: URL(fileURLWithPath: auditPath(store)))
        try Data((line + "\n").utf8).write(to: URL(fileURLWithPath: store.directory.path + "/.journal"))
        // check, read-only, counts the journal's line (it is durable) and warns it is pending.
        #expect(errors(store) == [])
        #expect(StoreChecker.check(directory: store.directory).contains { $0.isWarning && $0.message.contains("interrupted write") })
        // A journal whose line also reached the trail is not counted twice.
        try (String(decoding: before, as: UTF8.self) + line + "\n").write(toFile: auditPath(store), atomically: true, encoding: .utf8)
        #expect(errors(store) == [])
        try before.write(to: URL(fileURLWithPath: auditPath(store)))
        _ = try store.open { _, _ in }
        #expect(try lines(store).count == 2)
        #expect(try lines(store).last == line)
        #expect(errors(store) == [])
        _ = try store.open { _, _ in }
        _ = try store.save(Fixtures.sampleCase("C-2"), baseRevision: nil, user: "u", action: "create")
        #expect(try lines(store).count == 3)
        #expect(errors(store) == [])
    }

    /// A kill before the case file was renamed into place: the journal's line is dropped.
    @Test func aSaveKilledBeforeItsCaseLandedLeavesNoLine() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        let ghost = AuditEntry(at: Fixtures.fixedClock(), user: "u", action: "update", case: "C-1", detail: "title", revision: 2)
        try Data(AuditJournal.line(ghost)).write(to: URL(fileURLWithPath: store.directory.path + "/.journal"))
        try Data("{\"id\":".utf8).write(to: URL(fileURLWithPath: store.directory.path + "/cases/.C-1.json.2147483646.7.tmp"))
        #expect(StoreChecker.check(directory: store.directory).contains { $0.message.contains("interrupted") })
        _ = try store.open { _, _ in }
        #expect(try lines(store).count == 1)
        #expect(errors(store) == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.directory.path + "/cases") == ["C-1.json"])
        #expect(StoreChecker.check(directory: store.directory).isEmpty)
    }

    /// A bulk write killed in the middle of its append: the lines already there are not
    /// written twice, the torn one is finished after them.
    @Test func aBulkAppendCutShortIsCompletedWithoutDuplicates() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        let cases = (1...3).map { Fixtures.sampleCase("B-\($0)") }.enumerated().map { n, c in
            var c = c
            c.requests[0].id = "B-\(n)-R1"
            return c
        }
        _ = try store.writeNewCases(cases, user: "u", action: "import")
        let all = try lines(store)
        #expect(all.count == 3)
        let torn = all[0] + "\n" + String(all[1].prefix(20))
        try torn.write(toFile: auditPath(store), atomically: true, encoding: .utf8)
        try Data((all.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: store.directory.path + "/.journal"))
        _ = try store.open { _, _ in }
        let after = try lines(store)
        #expect(after.count == 4)
        #expect(after.filter { $0 == all[0] }.count == 1 && after.filter { $0 == all[1] }.count == 1 && after.last == all[2])
        #expect(errors(store) == [])
    }

    @Test func savesRecordTheirRevisionInTheAuditLine() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        var c = try store.save(Fixtures.sampleCase(), baseRevision: nil, user: "u", action: "create")
        c.title = "x"
        _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        try store.delete(id: "C-1", baseRevision: 2, user: "u")
        #expect(try store.audit(caseID: "C-1").entries.map(\.revision) == [1, 2, nil])
    }
}
