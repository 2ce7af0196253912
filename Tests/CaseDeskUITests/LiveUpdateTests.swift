import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Another machine's save on a server store: the UI replaces that one summary in place; its
/// own save is not read again; a dropped connection shows in the header until it is back.
@Suite struct LiveUpdateTests {
    @Test func anotherMachinesSaveReplacesThatSummaryInPlace() throws {
        let store = Fixture.store()
        var d = TestDriver(store: store)
        let before = d.state.summaries.map(\.id)
        var c = try store.load(id: "OCD-LON-0001")
        c.title = "Heron Elsewhere"
        let saved = try store.save(c, baseRevision: c.revision, user: "other", action: "update")
        d.send(.storeChanged(.saved(id: c.id, revision: saved.revision)))
        #expect(d.state.summaries.map(\.id) == before)
        let i = try #require(d.state.summaryIndex(id: c.id))
        #expect(d.state.summaries[i].title == "Heron Elsewhere")
        #expect(d.state.summaries[i].revision == saved.revision)
        #expect(d.screen.contains("Heron Elsewhere"))
    }

    @Test func aRevisionAlreadyShownIsNotReadAgain() throws {
        var d = TestDriver()
        let s = d.state.summaries[0]
        d.send(.storeChanged(.saved(id: s.id, revision: s.revision)))
        #expect(!d.effects.contains { if case .loadCase = $0 { true } else { false } })
    }

    @Test func aCaseDeletedElsewhereLeavesTheList() throws {
        var d = TestDriver()
        let id = d.state.summaries[0].id
        let count = d.state.summaries.count
        d.send(.storeChanged(.deleted(id: id)))
        #expect(d.state.summaries.count == count - 1)
        #expect(d.state.summaryIndex(id: id) == nil)
        #expect(d.screen.contains("was deleted on another machine"))
    }

    @Test func aDroppedConnectionShowsInTheHeaderUntilItIsBack() {
        var d = TestDriver(size: Size(width: 120, height: 24))
        d.send(.storeChanged(.connectionLost(message: "the connection to the server was lost")))
        #expect(d.screen.split(separator: "\n")[0].contains("server unreachable"))
        d.send(.storeChanged(.connectionRestored))
        #expect(!d.screen.split(separator: "\n")[0].contains("server unreachable"))
        #expect(d.effects.contains { if case .openStore = $0 { true } else { false } })
    }

    /// The notice is never cut off by a long store name: the name gives way, at any width the
    /// header is drawn.
    @Test(arguments: [80, 100, 140])
    func theNoticeShowsWhateverTheLengthOfTheStoreName(width: Int) {
        var d = TestDriver(size: Size(width: width, height: 24))
        d.state.storeName = "CaseDesk demo: Organised Crime and International Division, London and the South East"
        d.send(.storeChanged(.connectionLost(message: "the connection to the server was lost")))
        let header = String(d.screen.split(separator: "\n")[0])
        // At 80 columns, beside the six tabs, only the notice's shortest form fits.
        #expect(header.contains(width == 80 ? " ✗ unreachable" : "server unreachable"), "\(header)")
        #expect(header.contains("1 Cases") && header.hasSuffix("6 People"))
        d.send(.storeChanged(.connectionRestored))
        #expect(!d.screen.split(separator: "\n")[0].contains("server unreachable"))
    }

    /// A chase (or a note) typed while the server is away is refused with the reason and its
    /// prompt comes back with the note as typed: Enter once the server is back saves it.
    @Test func aChaseRefusedWhileTheServerIsAwayKeepsItsNoteAndEnterSavesItLater() throws {
        let store = Fixture.store()
        var d = TestDriver(store: store, size: Size(width: 120, height: 30))
        d.press(GlobalCommand.board)
        while d.state.selectedBoardRequest?.1 != "R-101" { d.press(BoardCommand.down) }
        d.send(.storeChanged(.connectionLost(message: "the connection to the server was lost")))
        store.unreachable = .io(path: "postgres://ann@db:5432/casedesk", reason: "cannot reach the PostgreSQL server")
        d.press(BoardCommand.chase)
        d.type("Rang Madrid")
        d.press(.enter)
        #expect(store.stored("OCD-LON-0001") == Fixture.kestrel)
        guard case .chaseNote(let target, let input) = d.state.overlay else {
            Issue.record("the chase prompt did not come back: \(String(describing: d.state.overlay))")
            return
        }
        #expect(target.requestID == "R-101")
        #expect(input.text == "Rang Madrid")
        #expect(d.screen.contains("Not saved, the chase is kept (Enter tries again, Esc drops it)"))
        #expect(d.state.message?.text.contains("cannot reach the PostgreSQL server") == true)

        store.unreachable = nil
        d.send(.storeChanged(.connectionRestored))
        d.press(.enter)
        let r = try #require(store.stored("OCD-LON-0001")?.requests.first { $0.id == "R-101" })
        #expect(r.chases?.last == Chase(date: Fixture.today, by: Fixture.user, note: "Rang Madrid"))
        #expect(d.state.overlay == nil)
        #expect(d.state.sentPrompt == nil)
    }
}
