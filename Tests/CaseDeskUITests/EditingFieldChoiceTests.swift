import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Both users changed the same field: "Reload and reapply my edit" shows both values and lets
/// the user choose per field; whatever of theirs is written over stays in the store's history.
@Suite struct EditingFieldChoiceTests {
    /// The user retitles Kestrel; meanwhile akhan retitles it too and changes its summary.
    static func sameField(_ store: any CaseStore, colleague: any CaseStore) throws -> TestDriver {
        var d = TestDriver(store: store, size: Size(width: 100, height: 30))
        d.state.editing.clock = { Fixture.clock }
        d.press(CasesCommand.filter); d.type("kestrel"); d.press(.enter)
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel (mine)")
        var theirs = try colleague.load(id: "OCD-LON-0001")
        theirs.title = "Operation Kestrel (theirs)"
        theirs.summary = "Their summary."
        _ = try colleague.save(theirs, baseRevision: theirs.revision, user: "akhan", action: "update")
        d.press(.enter)
        d.press(.char("1"))
        return d
    }

    static func choice(_ d: TestDriver) -> FieldChoiceSession? {
        if case .editing(.fieldChoice(let s))? = d.state.overlay { s } else { nil }
    }

    @Test func bothValuesAreShownAndTheirsIsKeptUnlessMineIsChosen() throws {
        let memory = Fixture.store()
        var d = try Self.sameField(memory, colleague: memory)
        let s = try #require(Self.choice(d))
        #expect(s.conflicts.map(\.path) == ["title"])
        let screen = d.screen
        #expect(screen.contains("Both changed"))
        #expect(screen.contains("\"Operation Kestrel (theirs)\"") && screen.contains("\"Operation Kestrel (mine)\""))
        // Nothing is saved until Enter; theirs is chosen until the user picks mine.
        #expect(memory.stored("OCD-LON-0001")?.revision == 5)
        d.press(.enter)
        #expect(d.state.overlay == nil)
        #expect(d.kestrel.title == "Operation Kestrel (theirs)" && d.kestrel.revision == 5)
        #expect(d.messageText == "Kept their version of OCD-LON-0001 (revision 5): every field you changed, they changed too, and you kept theirs.")
    }

    @Test func choosingMineSavesItOnTheirVersionAndKeepsTheirsInTheHistory() throws {
        let memory = Fixture.store()
        var d = try Self.sameField(memory, colleague: memory)
        d.press(.char("m"))
        d.press(.enter)
        #expect(d.kestrel.title == "Operation Kestrel (mine)" && d.kestrel.summary == "Their summary.")
        #expect(d.kestrel.revision == 6)
        #expect(memory.keptRevision("OCD-LON-0001", 5)?.title == "Operation Kestrel (theirs)")
        #expect(d.messageText == "Merged with their change (title: mine) — OCD-LON-0001 saved (revision 6); their revision 5 is kept in the store's history.")
        // The merge is a step like any other.
        d.press(CasesCommand.undo)
        #expect(d.kestrel.title == "Operation Kestrel (theirs)")
    }

    @Test func escapeGoesBackToTheChoices() throws {
        let memory = Fixture.store()
        var d = try Self.sameField(memory, colleague: memory)
        d.press(.escape)
        #expect(EditingConflictTests.session(d) != nil)
    }
}

/// The same with two stores open on one directory, as two users' processes are.
@Suite struct EditingConflictTwoStoreTests {
    static func twoStores() throws -> (JSONDirectoryStore, JSONDirectoryStore) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("casedesk-conflict-" + UUID().uuidString)
        let mine = try JSONDirectoryStore.create(at: dir, meta: Fixture.meta, clock: { Fixture.clock })
        for c in [Fixture.kestrel, Fixture.merlin] { _ = try mine.save(c, baseRevision: nil, user: "shughes", action: "create") }
        return (mine, JSONDirectoryStore(directory: dir, clock: { Fixture.clock }))
    }

    @Test func aPerFieldChoiceOfMineKeepsTheirRevisionInAHistoryFile() throws {
        let (mine, theirs) = try Self.twoStores()
        defer { try? FileManager.default.removeItem(at: mine.directory) }
        var d = try EditingFieldChoiceTests.sameField(mine, colleague: theirs)
        #expect(EditingFieldChoiceTests.choice(d)?.conflicts.map(\.path) == ["title"])
        d.press(.char("m"))
        d.press(.enter)
        let now = try theirs.load(id: "OCD-LON-0001")
        #expect(now.title == "Operation Kestrel (mine)" && now.summary == "Their summary." && now.revision == 3)
        let kept = try #require(try theirs.keptRevision(id: "OCD-LON-0001", revision: 2))
        #expect(kept.case.title == "Operation Kestrel (theirs)")
        #expect(kept.file == mine.directory.path + "/history/OCD-LON-0001/2.json")
        #expect(try theirs.audit(caseID: "OCD-LON-0001").entries.last?.detail.hasSuffix("; revision 2 kept in history/OCD-LON-0001/2.json") == true)
    }

    @Test func saveMineOverTheirsKeepsTheirRevisionInAHistoryFile() throws {
        let (mine, theirs) = try Self.twoStores()
        defer { try? FileManager.default.removeItem(at: mine.directory) }
        var d = try EditingFieldChoiceTests.sameField(mine, colleague: theirs)
        d.press(.escape)
        d.press(.char("3"))
        #expect(d.screen.contains("Their revision is kept in the store's history"))
        d.press(.char("y"))
        let now = try theirs.load(id: "OCD-LON-0001")
        #expect(now.title == "Operation Kestrel (mine)" && now.summary == Fixture.kestrel.summary && now.revision == 3)
        #expect(try theirs.keptRevision(id: "OCD-LON-0001", revision: 2)?.case.summary == "Their summary.")
        #expect(d.messageText.contains("their revision 2 is kept in the store's history"))
    }
}
