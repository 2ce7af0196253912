import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Undo walks back through this session's saved changes, whatever made them (a form, a chase,
/// an advance, a board note, a deletion), one step per `u`; Ctrl-r walks forward again.
@Suite struct EditingUndoStackTests {
    /// Kestrel as the fixture has it, whatever its revision and time now.
    static func content(_ c: Case?) -> Case? {
        guard var c else { return nil }
        c.revision = Fixture.kestrel.revision
        c.updated = Fixture.kestrel.updated
        return c
    }

    static func question(_ d: TestDriver) -> String {
        if case .editing(.confirmUndo(let u))? = d.state.overlay { u.question } else { "" }
    }

    func board(on requestID: String) -> TestDriver {
        var d = TestDriver.editing()
        d.press(GlobalCommand.board)
        while d.state.selectedBoardRequest?.1 != requestID { d.press(BoardCommand.down) }
        return d
    }

    @Test func twoNotesAreUndoneOneAfterTheOtherAndRedoneInOrder() {
        var d = TestDriver.editing()
        d.openTab(4)
        for text in ["First note", "Second note"] {
            d.press(DetailCommand.add)
            d.fill("text", text)
            d.press(.enter)
        }
        #expect(d.kestrel.notes.count == 4 && d.kestrel.revision == 6)
        d.press(DetailCommand.undo)
        #expect(d.kestrel.notes.map(\.text).last == "First note")
        #expect(d.kestrel.revision == 7)
        d.press(DetailCommand.undo)
        #expect(d.messageText == "Undone “Added new note” — OCD-LON-0001 saved (revision 8).")
        #expect(Self.content(d.kestrel) == Fixture.kestrel)
        #expect(d.state.detail.loaded?.notes.count == 2)
        d.press(DetailCommand.undo)
        #expect(d.messageText == "Nothing to undo in this session.")
        d.press(DetailCommand.redo)
        d.press(DetailCommand.redo)
        #expect(d.kestrel.notes.suffix(2).map(\.text) == ["First note", "Second note"])
        #expect(d.kestrel.revision == 10)
        #expect(d.memory.auditEntries.suffix(4).map(\.action) == ["undo", "undo", "redo", "redo"])
    }

    @Test func aChaseAnAdvanceAndABoardNoteAreUndoneAndRedoneFromTheBoard() {
        var d = board(on: "R-101")
        d.press(BoardCommand.chase)
        d.type("Rang Madrid")
        d.press(.enter)
        d.press(BoardCommand.advance)
        d.press(BoardCommand.note)
        d.type("Bank records promised")
        d.press(.enter)
        let changed = d.kestrel
        #expect(changed.revision == 7 && changed.requests[0].status == .inExecution)
        d.press(.char("u"))
        #expect(d.messageText == "Undone “Note on R-101” — OCD-LON-0001 saved (revision 8).")
        d.press(.char("u"))
        #expect(d.kestrel.requests[0].status == .acknowledged && d.kestrel.requests[0].chases?.count == 2)
        d.press(.char("u"))
        #expect(Self.content(d.kestrel) == Fixture.kestrel)
        for _ in 0..<3 { d.press(.ctrl("r")) }
        var again = d.kestrel
        again.revision = changed.revision; again.updated = changed.updated
        #expect(again == changed)
        #expect(d.kestrel.revision == 13)
    }

    @Test func aDeletionIsUndoneAsTheNextRevisionAndRedone() {
        var d = TestDriver.editing()
        d.press(CasesCommand.delete)
        d.press(.char("y"))
        #expect(d.memory.stored("OCD-LON-0001") == nil)
        d.press(CasesCommand.undo)
        #expect(d.memory.stored("OCD-LON-0001")?.revision == 5)
        #expect(Self.content(d.memory.stored("OCD-LON-0001")) == Fixture.kestrel)
        #expect(d.state.selectedCaseID == "OCD-LON-0001")
        d.press(.ctrl("r"))
        #expect(d.memory.stored("OCD-LON-0001") == nil)
        d.press(CasesCommand.undo)
        #expect(d.memory.stored("OCD-LON-0001")?.revision == 6)
    }

    /// The newest change is to a case that is not on screen: `u` says which case and which
    /// change, and waits for y.
    @Test func undoOfAnotherCaseAsksFirst() {
        var d = TestDriver.kestrelSavedThenMerlinSelected()
        #expect(d.state.selectedCaseID == "OCD-BHM-0002")
        d.press(CasesCommand.undo)
        #expect(Self.question(d) == "Undo “Saved case: title” in OCD-LON-0001 “Operation Kestrel II”? It is not the case on screen.")
        #expect(d.screen.contains("Undo in another case"))
        #expect(d.kestrel.title == "Operation Kestrel II")
        d.press(.char("n"))
        #expect(d.messageText == "Nothing undone; the change stays on the undo list.")
        #expect(d.kestrel.title == "Operation Kestrel II")
        d.press(CasesCommand.undo)
        d.press(.char("y"))
        #expect(d.kestrel.title == "Operation Kestrel" && d.kestrel.revision == 6)
    }

    /// A colleague saved the case since: the undo is refused with their name and time, and
    /// the change stays on the list (a second `u` says the same, not "nothing to undo").
    @Test func undoOverAColleaguesChangeIsRefusedAndTheStepKept() throws {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        var theirs = d.kestrel
        theirs.summary = "Their summary."
        _ = try d.memory.save(theirs, baseRevision: 5, user: "akhan", action: "update")
        let refusal = "Cannot undo “Saved case: title”: OCD-LON-0001 was changed since by akhan at 2026-11-24T10:15:00Z (revision 6); nothing was changed and the step is kept."
        d.press(CasesCommand.undo)
        #expect(d.messageText == refusal)
        #expect(d.kestrel.summary == "Their summary." && d.kestrel.title == "Operation Kestrel II" && d.kestrel.revision == 6)
        d.press(CasesCommand.undo)
        #expect(d.messageText == refusal)
    }

    /// An older change to another case can still be undone past a refused one: it is named
    /// and asked for, and the refused case is said.
    @Test func undoSkipsACaseAColleagueChangedAndOffersTheNextOne() throws {
        var d = TestDriver.editing()
        d.press(CasesCommand.filter); d.press(.escape)
        d.press(CasesCommand.filter); d.type("merlin"); d.press(.enter)
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Merlin II")
        d.press(.enter)
        d.press(CasesCommand.filter); d.press(.escape)
        d.press(CasesCommand.filter); d.type("kestrel"); d.press(.enter)
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        var theirs = d.kestrel
        theirs.summary = "Their summary."
        _ = try d.memory.save(theirs, baseRevision: 5, user: "akhan", action: "update")
        d.press(CasesCommand.undo)
        #expect(Self.question(d) == "Undo “Saved case: title” in OCD-BHM-0002 “Operation Merlin II”? It is not the case on screen. "
                + "(“Saved case: title” is kept: OCD-LON-0001 was changed since by akhan at 2026-11-24T10:15:00Z (revision 6).)")
        d.press(.char("y"))
        #expect(d.memory.stored("OCD-BHM-0002")?.title == "Operation Merlin")
        #expect(d.kestrel.title == "Operation Kestrel II")
    }

    /// The store's answer was about an older head (a save was answered after `u` was
    /// pressed): nothing is judged on it, the store is asked again.
    @Test func anAnswerAboutAnOlderHeadIsAskedAgain() {
        var d = TestDriver.editing()
        d.press(CasesCommand.edit)
        d.fill("title", "Operation Kestrel II")
        d.press(.enter)
        var probe = UndoProbe(caseID: "OCD-LON-0001", expected: CaseHead(revision: 4, live: true))
        probe.found = 4
        let effects = CaseDeskApp.reduce(&d.state, .undoChecked([probe], redoing: false))
        #expect(effects.contains { if case .checkUndo(let p, false) = $0 { p.first?.expected == CaseHead(revision: 5, live: true) } else { false } })
        #expect(d.kestrel.title == "Operation Kestrel II")
    }

    /// `>` that ends a request (executed) asks first; one that does not, does not.
    @Test func advanceThatEndsARequestAsksFirst() {
        var d = board(on: "R-501")
        d.press(BoardCommand.advance)
        #expect(d.screen.contains("Move R-501 to executed?"))
        d.press(.char("n"))
        #expect(d.memory.stored("INTL-0005")?.requests[0].status == .partiallyExecuted)
        d.press(BoardCommand.advance)
        d.press(.char("y"))
        #expect(d.memory.stored("INTL-0005")?.requests[0].status == .executed)
    }
}
