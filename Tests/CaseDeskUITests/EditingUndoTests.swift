import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

@Suite struct EditingUndoTests {
    static func editedTitle() -> TestDriver {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        return d
    }

    @Test func undoSavesThePreviousVersionAsANewRevisionAndRedoPutsItBack() {
        var d = Self.editedTitle()
        #expect(d.kestrel.revision == 5)
        d.press(CasesCommand.undo)
        #expect(d.kestrel.title == "Operation Kestrel")
        #expect(d.kestrel.revision == 6)
        #expect(d.memory.auditEntries.suffix(2).map(\.action) == ["update", "undo"])
        #expect(d.messageText == "Undone “Saved case: title” — OCD-LON-0001 saved (revision 6).")
        // Everything but the revision and time is the version before the edit.
        var before = Fixture.kestrel
        before.revision = 6; before.updated = Fixture.clock
        #expect(d.kestrel == before)
        d.press(.ctrl("r"))
        #expect(d.kestrel.title == "Operation Kestrel II" && d.kestrel.revision == 7)
        #expect(d.memory.auditEntries.last?.action == "redo")
        // And undo again after a redo.
        d.press(CasesCommand.undo)
        #expect(d.kestrel.title == "Operation Kestrel" && d.kestrel.revision == 8)
    }

    @Test func undoWithNothingToUndoSaysSo() {
        var d = TestDriver.editing()
        d.press(CasesCommand.undo)
        #expect(d.messageText == "Nothing to undo in this session.")
        d.press(.ctrl("r"))
        #expect(d.messageText == "Nothing to redo.")
    }

    @Test func undoOfAChangeSomeoneElseOverwroteIsRefused() throws {
        var d = Self.editedTitle()
        var theirs = d.kestrel
        theirs.summary = "Their summary."
        _ = try d.memory.save(theirs, baseRevision: 5, user: "akhan", action: "update")
        d.press(CasesCommand.undo)
        let refusal = "Cannot undo “Saved case: title”: OCD-LON-0001 was changed since by akhan at 2026-11-24T10:15:00Z (revision 6); nothing was changed and the step is kept."
        #expect(d.messageText == refusal)
        #expect(d.kestrel.summary == "Their summary." && d.kestrel.title == "Operation Kestrel II" && d.kestrel.revision == 6)
        // The refused step is kept, not dropped: a second u says the same.
        d.press(CasesCommand.undo)
        #expect(d.messageText == refusal)
    }

    @Test func aNewChangeClearsRedo() {
        var d = Self.editedTitle()
        d.press(CasesCommand.undo)
        d.press(CasesCommand.edit)
        d.fill("urn", "99XX")
        d.press(.enter)
        d.press(.ctrl("r"))
        #expect(d.messageText == "Nothing to redo.")
        #expect(d.state.editing.undo.count == 1 && d.state.editing.redo.isEmpty)
    }

    @Test func undoInTheDetailScreenTakesBackAPartEdit() {
        var d = TestDriver.editing()
        d.openTab(4)
        d.press(DetailCommand.add)
        d.fill("text", "A note to undo")
        d.press(.enter)
        #expect(d.kestrel.notes.count == 3)
        d.press(DetailCommand.undo)
        #expect(d.kestrel.notes.count == 2)
        #expect(d.state.detail.loaded?.notes.count == 2)
    }
}

/// A change saved by another process is noticed when the case is opened and on `r`.
@Suite struct EditingChangeNoticeTests {
    @Test func openingACaseChangedOnDiskSaysSo() throws {
        var d = TestDriver.editing()
        var theirs = d.kestrel
        theirs.title = "Renamed elsewhere"
        _ = try d.memory.save(theirs, baseRevision: 4, user: "akhan", action: "update")
        d.press(CasesCommand.open)
        #expect(d.messageText == "OCD-LON-0001 changed on disk since the list was read (revision 4 → 5).")
        #expect(d.state.detail.loaded?.title == "Renamed elsewhere")
    }

    @Test func reloadNamesTheCasesThatChanged() throws {
        var d = TestDriver.editing()
        var theirs = d.kestrel
        theirs.urn = "NEW"
        _ = try d.memory.save(theirs, baseRevision: 4, user: "akhan", action: "update")
        d.press(GlobalCommand.reload)
        #expect(d.messageText.contains("changed on disk: OCD-LON-0001"))
    }
}

/// A whole case made or deleted in this session is a step of its own: `u` takes back a
/// deletion by saving the case again (its old file stays in the trash) and a new case by
/// deleting it; Ctrl-r puts either back.
@Suite struct EditingUndoWholeCaseTests {
    static func deletedKestrel() -> TestDriver {
        var d = TestDriver.editing()
        d.press(CasesCommand.delete)
        #expect(d.screen.contains("u brings it back"))
        d.press(.char("y"))
        return d
    }

    @Test func undoBringsADeletedCaseBackAndRedoDeletesItAgain() {
        var d = Self.deletedKestrel()
        #expect(d.memory.stored("OCD-LON-0001") == nil)
        #expect(d.messageText == "Case OCD-LON-0001 deleted (its file is in the store's trash; u brings it back).")
        #expect(!d.state.summaries.contains { $0.id == "OCD-LON-0001" })
        d.press(CasesCommand.undo)
        let back = d.memory.stored("OCD-LON-0001")
        #expect(back?.title == Fixture.kestrel.title && back?.defendants == Fixture.kestrel.defendants)
        #expect(d.memory.auditEntries.last?.action == "undo")
        #expect(d.messageText == "Undone “case OCD-LON-0001 deleted” — OCD-LON-0001 saved (revision 5).")
        #expect(d.state.summaries.contains { $0.id == "OCD-LON-0001" })
        // The case is back under the cursor: Ctrl-r deletes it again without asking.
        #expect(d.state.selectedCaseID == "OCD-LON-0001")
        d.press(.ctrl("r"))
        #expect(d.memory.stored("OCD-LON-0001") == nil)
        #expect(d.messageText == "Redone “case OCD-LON-0001 deleted” — OCD-LON-0001 deleted (its file is in the store's trash).")
        d.press(CasesCommand.undo)
        #expect(d.memory.stored("OCD-LON-0001")?.title == Fixture.kestrel.title)
    }

    @Test func undoTakesBackANewCase() {
        var d = TestDriver.editing()
        d.press(CasesCommand.add)
        d.fill("id", "OCD-NTH-0099")
        d.fill("title", "Operation Osprey")
        d.fill("unit", "OCD-NTH")
        d.fill("crimeTypes", "fraud")
        d.press(.enter)
        #expect(d.memory.stored("OCD-NTH-0099")?.title == "Operation Osprey")
        // The new case is not the selected one: undo names it and asks first.
        d.press(CasesCommand.undo)
        #expect(d.memory.stored("OCD-NTH-0099") != nil)
        d.press(.char("y"))
        #expect(d.memory.stored("OCD-NTH-0099") == nil)
        #expect(!d.state.summaries.contains { $0.id == "OCD-NTH-0099" })
        #expect(d.messageText.hasPrefix("Undone “") && d.messageText.hasSuffix("OCD-NTH-0099 deleted (its file is in the store's trash)."))
        d.press(.ctrl("r"))
        #expect(d.memory.stored("OCD-NTH-0099")?.title == "Operation Osprey")
        #expect(d.memory.auditEntries.last?.action == "redo")
    }

    /// Someone made a case under the deleted id meanwhile: bringing the old one back would
    /// write over it, so the undo is refused (naming who) and the step kept.
    @Test func undoOfADeletionIsRefusedWhenTheIdWasTakenSince() throws {
        var d = Self.deletedKestrel()
        var theirs = Fixture.kestrel
        theirs.title = "Operation Kestrel (someone else's)"
        _ = try d.memory.save(theirs, baseRevision: nil, user: "akhan", action: "create")
        d.press(CasesCommand.undo)
        let refusal = "Cannot undo “case OCD-LON-0001 deleted”: OCD-LON-0001 was made again since by akhan at 2026-11-24T10:15:00Z (revision 5); nothing was changed and the step is kept."
        #expect(d.messageText == refusal)
        #expect(d.memory.stored("OCD-LON-0001")?.title == "Operation Kestrel (someone else's)")
        d.press(CasesCommand.undo)
        #expect(d.messageText == refusal)
    }
}
