import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The indexes the case list does not draw from (the Agenda's, the board's search and order)
/// are built off the loop after the store is read (issue 17.5: the first screen waits only for
/// the list's own). Meanwhile the screens that need them say "building…", never show a wrong or
/// empty list; a save that lands meanwhile is in them once built; a deletion drops the build.
@Suite struct DeferredBuildTests {
    /// A driver whose store is read with the deferred build held back (`landDeferred` lands it).
    func opened(store: any CaseStore = Fixture.store(), size: Size = Size(width: 120, height: 30)) -> TestDriver {
        var d = TestDriver(store: store, size: size, open: false)
        d.holdsDeferred = true
        d.performsEffects = true
        d.perform([.openStore])
        return d
    }

    @Test func theListIsShownBeforeTheAgendaAndBoardAreBuilt() {
        let d = opened()
        #expect(d.state.load == .loaded)
        #expect(d.screen.contains("OCD-LON-0001"))
        #expect(d.state.catalog.agenda == nil)
        #expect(d.state.catalog.requestSearch == nil)
        #expect(d.heldDeferred.count == 1)
    }

    @Test func theAgendaOpenedDuringTheBuildSaysSoThenShowsItsItems() throws {
        var d = opened()
        d.press(GlobalCommand.agenda)
        #expect(d.screen.contains("Building the agenda…"))
        #expect(!d.screen.contains("Nothing is due"))
        d.landDeferred()
        #expect(!d.screen.contains("Building the agenda…"))
        let s = d.state
        let expected = Agenda.items(s.summaries, today: s.today, chaseIntervalDays: s.chaseInterval, filter: AgendaScreen.filter(s))
        #expect(!expected.isEmpty)
        #expect(s.agenda.rows.items(in: s.catalog.summaries) == expected)
        try CatalogTests().expectAgrees(d.state, store: d.store)
    }

    /// The board's order may come first (with the sort ranks): the board is shown whole; a
    /// filter typed before its search is built says "building…", then shows what it matches.
    @Test func theBoardFilteredDuringTheBuildSaysSoThenShowsTheMatches() throws {
        var d = opened()
        d.press(GlobalCommand.board)
        let requests = d.state.summaries.reduce(0) { $0 + $1.requests.count }
        #expect(requests > 0)
        if d.state.catalog.board != nil {
            #expect(d.state.board.rows.filter(\.isRequest).count == requests)
        } else {
            #expect(d.screen.contains("Building the board…"))
        }
        d.press(BoardCommand.filter)
        d.type("R-101")
        #expect(d.screen.contains("Building the board…"))
        #expect(!d.screen.contains("No request matches"))
        d.landDeferred()
        #expect(!d.screen.contains("Building the board…"))
        #expect(d.state.board.total == requests)
        #expect(d.state.board.rows.filter(\.isRequest).count == 1)
        #expect(d.state.selectedBoardRequest?.1 == "R-101")
        try CatalogTests().expectAgrees(d.state, store: d.store)
    }

    /// Another machine's save while the build runs: the answer was made from the old summary;
    /// the save is put into it when it lands, so the Agenda, the board's search and its order
    /// agree with a fresh build of the summaries as they now are.
    @Test func aSaveDuringTheBuildIsInTheIndexesOnceBuilt() throws {
        let store = Fixture.store()
        var d = opened(store: store)
        let id = try #require(d.state.summaries.first { !$0.requests.isEmpty && !$0.hearings.isEmpty }?.id)
        var c = try store.load(id: id)
        c.requests[0].authority = "Zanzibar Central Authority"
        for h in c.hearings.indices { c.hearings[h].date = d.state.today.adding(days: 2) }
        let saved = try store.save(c, baseRevision: c.revision, user: "other", action: "update")
        d.send(.storeChanged(.saved(id: id, revision: saved.revision)))
        let i = try #require(d.state.catalog.index(id: id))
        #expect(d.state.summaries[i].revision == saved.revision)
        #expect(d.state.catalog.agenda == nil, "still building")
        d.landDeferred()
        #expect(d.heldDeferred.isEmpty, "the answer was kept, not asked for again")
        try CatalogTests().expectAgrees(d.state, store: d.store)
        d.press(GlobalCommand.board)
        d.press(BoardCommand.filter)
        d.type("Zanzibar")
        #expect(d.state.board.rows.filter(\.isRequest).count == 1)
        #expect(d.screen.contains(id))
    }

    /// A deletion moves positions: the answer describes summaries that are gone, so it is
    /// dropped and a build of the summaries as they are is asked for.
    @Test func aDeletionDuringTheBuildDropsItAndAsksAgain() throws {
        var d = opened()
        let id = d.state.summaries[0].id
        d.send(.storeChanged(.deleted(id: id)))
        #expect(d.heldDeferred.count == 1, "no second build while one is under way")
        d.landDeferred()
        #expect(!d.state.catalog.deferredReady)
        #expect(d.state.catalog.agenda == nil)
        #expect(d.heldDeferred.count == 1, "asked for again")
        #expect(d.heldDeferred[0].summaries.count == d.state.summaries.count)
        d.landDeferred()
        #expect(d.state.catalog.deferredReady)
        try CatalogTests().expectAgrees(d.state, store: d.store)
    }

    /// A reload (the server came back) keeps the board's cursor on its request, found by id
    /// once the board is laid out from the new summaries.
    @Test func aReloadKeepsTheBoardsCursorOnItsRequest() throws {
        var d = opened()
        d.landDeferred()
        d.press(GlobalCommand.board)
        d.press(BoardCommand.down)
        d.press(BoardCommand.down)
        d.press(BoardCommand.down)
        let before = try #require(d.state.selectedBoardRequest)
        d.send(.storeChanged(.connectionRestored))
        #expect(d.state.selectedBoardRequest.map { $0 == before } ?? true)
        d.landDeferred()
        let after = try #require(d.state.selectedBoardRequest)
        #expect(after == before)
    }
}
