import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Chase and advance from the MLA board: what is saved, what the audit says, what the screen shows.
@Suite struct BoardActionTests {
    /// Board rows: Draft R-401, Sent R-201, Ack R-101, In exec ... (Fixture).
    func driverOn(_ requestID: String, store: MemoryStore) -> TestDriver {
        var d = TestDriver(store: store)
        d.press(GlobalCommand.board)
        while d.state.selectedBoardRequest?.1 != requestID { d.press(BoardCommand.down) }
        return d
    }

    @Test func chaseSavesOneChaseDatedTodayWithNoteAndAudit() throws {
        let store = Fixture.store()
        var d = driverOn("R-101", store: store)
        d.press(BoardCommand.chase)
        d.type("Rang Madrid")
        d.press(.enter)
        let saved = try #require(store.stored("OCD-LON-0001"))
        let r = try #require(saved.requests.first { $0.id == "R-101" })
        #expect(r.chases?.last == Chase(date: Fixture.today, by: Fixture.user, note: "Rang Madrid"))
        #expect(r.chases?.count == 2)
        #expect(r.lastChased == Fixture.today)
        #expect(saved.revision == Fixture.kestrel.revision + 1)
        #expect(store.auditEntries.last?.action == "chase")
        #expect(store.auditEntries.last?.case == "OCD-LON-0001")
        #expect(store.auditEntries.count == Fixture.audit.count + 1)
        // The summary is replaced in place: the board shows the new last-chased date.
        let i = try #require(d.state.summaryIndex(id: "OCD-LON-0001"))
        #expect(d.state.summaries[i].revision == saved.revision)
        #expect(d.screen.contains("Chase of R-101 recorded (2026-11-24)."))
    }

    @Test func chaseWithoutNoteSavesNoNote() throws {
        let store = Fixture.store()
        var d = driverOn("R-102", store: store)
        d.press(BoardCommand.chase)
        d.press(.enter)
        let r = try #require(store.stored("OCD-LON-0001")?.requests.first { $0.id == "R-102" })
        #expect(r.chases == [Chase(date: Fixture.today, by: Fixture.user, note: nil)])
        // Chased today: R-102 is no longer to chase.
        #expect(d.state.board.toChase == 1)
    }

    @Test func escapeCancelsTheChase() {
        let store = Fixture.store()
        var d = driverOn("R-101", store: store)
        d.press(BoardCommand.chase)
        d.type("never mind")
        d.press(.escape)
        #expect(store.stored("OCD-LON-0001") == Fixture.kestrel)
        #expect(store.auditEntries.count == Fixture.audit.count)
        #expect(d.screen.contains("Chase not recorded."))
    }

    /// `a` adds a note on the request to the case's notes, dated and signed; an empty note
    /// is refused and Esc adds nothing.
    @Test func noteOnARequestGoesToTheCaseNotes() throws {
        let store = Fixture.store()
        var d = driverOn("R-101", store: store)
        d.state.editing.clock = { Fixture.clock }
        d.press(BoardCommand.note)
        #expect(d.screen.contains("Note on R-101 (Enter adds it to the case's notes, Esc cancels):"))
        d.press(.enter)
        #expect(d.screen.contains("Note not added: it was empty."))
        #expect(store.auditEntries.count == Fixture.audit.count)
        d.press(BoardCommand.note)
        d.type("Liaison magistrate expects the bank records next week")
        d.press(.enter)
        let saved = try #require(store.stored("OCD-LON-0001"))
        #expect(saved.notes.last == Note(at: Fixture.clock, author: Fixture.user,
                                         text: "R-101: Liaison magistrate expects the bank records next week"))
        #expect(saved.notes.count == Fixture.kestrel.notes.count + 1)
        #expect(saved.requests == Fixture.kestrel.requests)
        #expect(store.auditEntries.last?.action == "note")
        #expect(d.screen.contains("Note on R-101 added to OCD-LON-0001's notes (revision \(saved.revision))."))
        d.press(BoardCommand.note)
        d.type("never mind")
        d.press(.escape)
        #expect(store.stored("OCD-LON-0001")?.notes.count == saved.notes.count)
        #expect(d.screen.contains("Note not added."))
    }

    @Test func advanceMovesToNextStatusWithTodayInHistory() throws {
        let store = Fixture.store()
        var d = driverOn("R-201", store: store)
        d.press(BoardCommand.advance)
        let r = try #require(store.stored("OCD-BHM-0002")?.requests.first)
        #expect(r.status == .acknowledged)
        #expect(r.history.last == StatusChange(status: .acknowledged, date: Fixture.today))
        #expect(store.auditEntries.last?.action == "advance")
        #expect(d.state.board.counts[.acknowledged] == 2)
        #expect(d.state.board.counts[.sent] == nil)
        // The cursor follows the request into its new group.
        #expect(d.state.selectedBoardRequest?.1 == "R-201")
    }

    @Test func advancingADraftSetsSent() throws {
        let store = Fixture.store()
        var d = driverOn("R-401", store: store)
        d.press(BoardCommand.advance)
        let r = try #require(store.stored("OCD-NTH-0004")?.requests.first)
        #expect(r.status == .sent)
        #expect(r.sent == Fixture.today)
    }

    @Test func closedRequestIsNeitherChasedNorAdvanced() {
        let store = Fixture.store()
        var d = driverOn("R-301", store: store)
        d.press(BoardCommand.chase)
        #expect(d.state.overlay == nil)
        d.press(BoardCommand.advance)
        #expect(store.stored("CCU-MER-0003") == Fixture.larch)
        #expect(d.screen.contains("R-301 is executed: it has no next status."))
    }

    @Test func staleRevisionIsRefusedShownAndReloaded() throws {
        let store = Fixture.store()
        var d = driverOn("R-101", store: store)
        store.interfereOnNextSave = true
        d.press(BoardCommand.chase)
        d.press(.enter)
        let onDisk = try #require(store.stored("OCD-LON-0001"))
        // Someone else's revision stays; our chase was not written over it.
        #expect(onDisk.revision == Fixture.kestrel.revision + 1)
        #expect(onDisk.requests[0].chases?.count == 1)
        #expect(d.screen.contains("was saved by someone else"))
        let i = try #require(d.state.summaryIndex(id: "OCD-LON-0001"))
        #expect(d.state.summaries[i].revision == onDisk.revision)
    }

    @Test func enterOpensTheCaseOnItsRequest() {
        var d = driverOn("R-102", store: Fixture.store())
        d.press(BoardCommand.open)
        #expect(d.state.screen == .detail)
        #expect(d.state.detail.tab == .requests)
        #expect(d.state.detail.loaded?.requests[d.state.detail.request].id == "R-102")
        d.press(DetailCommand.back)
        #expect(d.state.screen == .board)
    }

    @Test func sortCyclesAndReverses() {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        #expect(d.state.board.sort == .attention)
        d.press(BoardCommand.sort)
        #expect(d.state.board.sort == .due)
        d.press(BoardCommand.sort)
        #expect(d.state.board.sort == .country)
        d.press(BoardCommand.reverseSort)
        #expect(!d.state.board.ascending)
        // In execution: DE before NL ascending, so NL first descending.
        let inExec = d.state.board.rows.compactMap { row -> String? in
            guard case .request(let ci, let ri) = row, d.state.summaries[ci].requests[ri].status == .inExecution else { return nil }
            return d.state.summaries[ci].requests[ri].country
        }
        #expect(inExec == ["NL", "DE"])
    }
}

@Suite struct DraftChaseTests {
    @Test func aDraftIsNotChased() {
        let store = Fixture.store()
        var d = TestDriver(store: store)
        d.press(GlobalCommand.board)
        #expect(d.state.selectedBoardRequest?.1 == "R-401")
        d.press(BoardCommand.chase)
        #expect(d.state.overlay == nil)
        #expect(d.screen.contains("R-401 is a draft"))
        #expect(store.stored("OCD-NTH-0004") == Fixture.tern)
    }
}
