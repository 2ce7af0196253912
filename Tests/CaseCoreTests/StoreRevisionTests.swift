import Foundation
import Testing
@testable import CaseCore

/// A case's revision only grows, across delete, restore and a new case under an old id; a
/// save whose base is not the current revision is refused. Two store values on one
/// directory stand for two users' processes.
@Suite struct StoreRevisionTests {
    /// `ann` and `bob` on one store; C-1 saved three times (revision 3).
    static func twoUsers() throws -> (ann: JSONDirectoryStore, bob: JSONDirectoryStore, at3: Case) {
        let ann = try Fixtures.newStore()
        let bob = JSONDirectoryStore(directory: ann.directory, clock: Fixtures.fixedClock)
        var c = try ann.save(Fixtures.sampleCase(), baseRevision: nil, user: "ann", action: "create")
        c.title = "Operation Kestrel II"
        c = try ann.save(c, baseRevision: 1, user: "ann", action: "update")
        c.urn = "99XX"
        c = try ann.save(c, baseRevision: 2, user: "ann", action: "update")
        return (ann, bob, c)
    }

    @Test func theTrashKeepsTheRevisionAndARestoreSavesTheNextOne() throws {
        let (ann, bob, at3) = try Self.twoUsers()
        defer { Fixtures.remove(ann) }
        try ann.delete(id: "C-1", baseRevision: 3, user: "ann")
        #expect(try ann.trashedRevision(id: "C-1") == 3)
        // bob still holds revision 3: the case is gone, so his save is refused.
        var his = at3
        his.summary = "Bob's summary."
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 3, onDisk: nil)) {
            try bob.save(his, baseRevision: 3, user: "bob", action: "update")
        }
        let back = try ann.restore(at3, deletedRevision: 3, user: "ann", action: "undo")
        #expect(back.revision == 4)
        #expect(try bob.revisionOnDisk(id: "C-1") == 4)
        // The first save after the restore is checked like any other: every old base is refused.
        for base in [1, 3] {
            #expect(throws: StoreError.staleRevision(id: "C-1", base: base, onDisk: 4)) {
                try bob.save(his, baseRevision: base, user: "bob", action: "update")
            }
        }
        #expect(throws: StoreError.staleRevision(id: "C-1", base: nil, onDisk: 4)) {
            try bob.save(his, baseRevision: nil, user: "bob", action: "create")
        }
        #expect(try bob.save(his, baseRevision: 4, user: "bob", action: "update").revision == 5)
        #expect(try ann.load(id: "C-1").summary == "Bob's summary.")
    }

    @Test func aNewCaseUnderADeletedIdContinuesItsNumbering() throws {
        let (ann, bob, _) = try Self.twoUsers()
        defer { Fixtures.remove(ann) }
        try ann.delete(id: "C-1", baseRevision: 3, user: "ann")
        let fresh = try bob.save(Fixtures.sampleCase(), baseRevision: nil, user: "bob", action: "create")
        #expect(fresh.revision == 4)
        // ann's restore of revision 3 would write over bob's new case: refused.
        #expect(throws: StoreError.alreadyExists(id: "C-1")) {
            try ann.restore(Fixtures.sampleCase(), deletedRevision: 3, user: "ann", action: "undo")
        }
        // bob deletes his case too: the trash now holds revisions 3 and 4, and a restore of
        // 3 would bring back the older one over bob's later history: refused.
        try bob.delete(id: "C-1", baseRevision: 4, user: "bob")
        #expect(try ann.trashedRevision(id: "C-1") == 4)
        #expect(throws: StoreError.staleRevision(id: "C-1", base: 3, onDisk: nil)) {
            try ann.restore(Fixtures.sampleCase(), deletedRevision: 3, user: "ann", action: "undo")
        }
        #expect(try bob.restore(Fixtures.sampleCase(), deletedRevision: 4, user: "bob", action: "undo").revision == 5)
    }

    @Test func aBulkWriteAndAnImportContinueTheNumberingToo() throws {
        let (ann, _, _) = try Self.twoUsers()
        defer { Fixtures.remove(ann) }
        try ann.delete(id: "C-1", baseRevision: 3, user: "ann")
        let result = try ann.importBundle(CaseBundle(exported: Fixtures.fixedClock(), cases: [Fixtures.sampleCase()]),
                                          replace: false, user: "ann")
        #expect(result.created == ["C-1"])
        #expect(try ann.revisionOnDisk(id: "C-1") == 4)
    }

    @Test func anIdWithDotsIsNotMistakenForAnother() throws {
        let store = try Fixtures.newStore()
        defer { Fixtures.remove(store) }
        _ = try store.save(Fixtures.sampleCase("C.1"), baseRevision: nil, user: "u", action: "create")
        var c = try store.load(id: "C.1")
        c.urn = "1"
        _ = try store.save(c, baseRevision: 1, user: "u", action: "update")
        try store.delete(id: "C.1", baseRevision: 2, user: "u")
        #expect(try store.trashedRevision(id: "C") == nil)
        #expect(try store.trashedRevision(id: "C.1") == 2)
    }

    @Test func theRuleInOnePlace() throws {
        #expect(try RevisionRule.next(id: "X", base: nil, live: nil, trashed: nil) == 1)
        #expect(try RevisionRule.next(id: "X", base: nil, live: nil, trashed: 7) == 8)
        #expect(try RevisionRule.next(id: "X", base: 7, live: 7, trashed: 3) == 8)
        #expect(throws: StoreError.staleRevision(id: "X", base: 7, onDisk: nil)) {
            try RevisionRule.next(id: "X", base: 7, live: nil, trashed: 7)
        }
        #expect(throws: StoreError.staleRevision(id: "X", base: nil, onDisk: 2)) {
            try RevisionRule.next(id: "X", base: nil, live: 2, trashed: nil)
        }
        #expect(try RevisionRule.restored(id: "X", deletedRevision: 7, live: nil, trashed: 7) == 8)
        #expect(throws: StoreError.alreadyExists(id: "X")) {
            try RevisionRule.restored(id: "X", deletedRevision: 7, live: 8, trashed: 7)
        }
    }
}

/// "Save mine over theirs": the revision written over is kept in `history/ID/REV.json`
/// before the overwrite, and the audit line says where.
@Suite struct StoreHistoryTests {
    @Test func aSaveOverAnotherUsersChangeKeepsTheirRevision() throws {
        let (ann, bob, at3) = try StoreRevisionTests.twoUsers()
        defer { Fixtures.remove(ann) }
        var his = at3
        his.notes.append(Note(at: Fixtures.fixedClock(), author: "bob", text: "Bob's note"))
        _ = try bob.save(his, baseRevision: 3, user: "bob", action: "note")
        var mine = at3
        mine.title = "Ann's title"
        let saved = try ann.save(mine, baseRevision: 4, user: "ann", action: "update", keepOverwritten: true)
        #expect(saved.revision == 5)
        let path = ann.directory.path + "/history/C-1/4.json"
        let mode = (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? Int
        #expect(mode == 0o600)
        #expect((try FileManager.default.attributesOfItem(atPath: ann.directory.path + "/history")[.posixPermissions]) as? Int == 0o700)
        let kept = try #require(try bob.keptRevision(id: "C-1", revision: 4))
        #expect(kept.case.notes.last?.text == "Bob's note" && kept.case.revision == 4)
        #expect(kept.file == path)
        #expect(try ann.historyRevisions(id: "C-1") == [4])
        let line = try #require(try ann.audit(caseID: "C-1").entries.last)
        #expect(line.detail == "title, notes; revision 4 kept in history/C-1/4.json")
        // An ordinary save keeps nothing; a deleted revision is found in the trash.
        mine.urn = "1"
        _ = try ann.save(mine, baseRevision: 5, user: "ann", action: "update")
        #expect(try ann.historyRevisions(id: "C-1") == [4])
        try ann.delete(id: "C-1", baseRevision: 6, user: "ann")
        #expect(try ann.keptRevision(id: "C-1", revision: 6)?.case.urn == "1")
        #expect(try ann.keptRevision(id: "C-1", revision: 5) == nil)
    }
}
