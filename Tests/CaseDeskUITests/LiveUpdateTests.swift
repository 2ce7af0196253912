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
}
