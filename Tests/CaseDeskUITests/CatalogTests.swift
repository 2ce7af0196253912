import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The catalog owns the summaries and every index derived from them, changed only by
/// installing a snapshot or replacing/removing one case. After changes made through the UI
/// (a chase, an edit, a deletion), every index agrees with a catalog freshly built from the
/// summaries as they now are: the in-place paths cannot drift from a rebuild.
@Suite struct CatalogTests {
    /// Every index of `live` compared with a fresh install of its summaries.
    /// The search index holds the only copy of the cases' search text (the summaries carry
    /// none, issue 16.4): the fresh one is made from the text of each case as it is in `store`.
    func expectAgrees(_ state: AppState, store: any CaseStore, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let live = state.catalog
        let meta = try #require(state.meta)
        #expect(live.summaries.allSatisfy { $0.searchText.isEmpty }, "the text is held once, in the index", sourceLocation: sourceLocation)
        let texts = try live.summaries.map { CaseSummary(try store.load(id: $0.id)).searchText }
        var fresh = Catalog(context: live.context)
        fresh.install(StoreSnapshot(meta: meta, summaries: live.summaries, damaged: live.damaged, searchTexts: SearchTexts(texts)),
                      context: live.context, quick: live.quickFilter)
        for case .buildDeferred(let r) in fresh.builds() { fresh.deferredBuilt(r.build()) }
        #expect(live.deferredReady, "the agenda and the board's search built", sourceLocation: sourceLocation)
        for (i, s) in live.summaries.enumerated() {
            #expect(live.index(id: s.id) == i, sourceLocation: sourceLocation)
        }
        #expect(live.idWidth == fresh.idWidth, sourceLocation: sourceLocation)
        #expect(live.search == fresh.search, "search index", sourceLocation: sourceLocation)
        #expect(live.requestSearch == fresh.requestSearch, "the board's request search", sourceLocation: sourceLocation)
        #expect(live.quickPass == fresh.quickPass, "quick-filter pass", sourceLocation: sourceLocation)
        let board = try #require(live.board)
        fresh.orderBoard(by: board.sortBy, ascending: board.ascending)
        #expect(live.board == fresh.board, "board order", sourceLocation: sourceLocation)
        // Sort ranks: every sort gives the order a sort of the strings gives.
        let ranks = try #require(live.ranks.index, "sort ranks built", sourceLocation: sourceLocation)
        #expect(ranks.count == live.summaries.count, sourceLocation: sourceLocation)
        let all = Array(live.summaries.indices)
        for key in CaseSortKey.allCases {
            for ascending in [true, false] {
                var prepared = ranks
                prepared.prepare(key, summaries: live.summaries)
                let sort = CaseSort(key, ascending: ascending)
                #expect(sort.apply(all, of: live.summaries, context: live.context, meta: meta, index: prepared)
                        == sort.apply(all, of: live.summaries, context: live.context, meta: meta),
                        "sort by \(key)", sourceLocation: sourceLocation)
            }
        }
        // Measures: the index in the catalog counts what a full build counts.
        let measures = try #require(live.measures.index?.index, "measures built", sourceLocation: sourceLocation)
        #expect(!live.measures.stale, sourceLocation: sourceLocation)
        let full = MeasuresRequest(summaries: live.summaries, chaseIntervalDays: live.context.chaseIntervalDays,
                                   today: live.context.today, generation: 0).build().index
        for g in GroupBy.allCases {
            #expect(Measures.report(measures, period: .all, groupBy: g, today: live.context.today, meta: meta)
                    == Measures.report(full, period: .all, groupBy: g, today: live.context.today, meta: meta),
                    "measures by \(g)", sourceLocation: sourceLocation)
        }
        // The Agenda's items, for the filter on screen.
        let filter = AgendaScreen.filter(state)
        #expect(live.agendaItems(filter) == fresh.agendaItems(filter), "agenda", sourceLocation: sourceLocation)
        #expect(live.agendaItems(filter) == Agenda.items(live.summaries, today: live.context.today,
                                                         chaseIntervalDays: live.context.chaseIntervalDays, filter: filter),
                "agenda as casedesk agenda lists it", sourceLocation: sourceLocation)
        // What the views show is laid out from the catalog as it is.
        #expect(state.agenda.builtFrom == nil || state.agenda.builtFrom == live.generation || state.screen != .agenda,
                sourceLocation: sourceLocation)
    }

    @Test func aChaseFromTheBoardKeepsEveryIndexInStep() throws {
        let store = Fixture.store()
        var d = TestDriver(store: store)
        d.press(CasesCommand.quickFilter)
        d.press(.char("o"))                    // overdue: a quick-filter pass to keep in step
        d.press(GlobalCommand.agenda)          // the agenda index built
        d.press(GlobalCommand.dashboard)       // the measures built
        d.press(GlobalCommand.board)
        while d.state.selectedBoardRequest?.1 != "R-101" { d.press(BoardCommand.down) }
        d.press(BoardCommand.chase)
        d.type("Rang Madrid")
        d.press(.enter)
        #expect(d.screen.contains("Chase of R-101 recorded"))
        try expectAgrees(d.state, store: d.store)
        d.press(GlobalCommand.agenda)
        try expectAgrees(d.state, store: d.store)
    }

    @Test func anEditedTitleAndADeletionKeepEveryIndexInStep() throws {
        var d = TestDriver.editing()
        d.press(GlobalCommand.agenda)
        d.press(GlobalCommand.cases)
        d.press(CasesCommand.edit)
        d.fill("title", "Aardvark")
        d.press(.enter)
        #expect(d.state.summaries.contains { $0.title == "Aardvark" })
        try expectAgrees(d.state, store: d.store)
        d.send(.deleted(id: "OCD-LON-0001", purpose: .edit(.form)))
        #expect(d.state.summaryIndex(id: "OCD-LON-0001") == nil)
        try expectAgrees(d.state, store: d.store)
    }
}

/// TerminalUI knows no case: CaseDesk's own roles are registered by the app, so every theme
/// it shows (a built-in, a file that sets none of them, the fallback) styles its marks.
@Suite struct AppRolesTests {
    @Test func everyThemeTheAppUsesStylesItsMarks() {
        let plain = Theme(name: "bare")
        #expect(plain[.overdue] == .plain)                      // TerminalUI alone: unknown role
        let state = AppState(storeName: "s", today: Fixture.today, user: Fixture.user, size: Size(width: 80, height: 24), theme: plain)
        for role in AppRoles.all { #expect(state.theme[role] == AppRoles.defaults[role], "\(role)") }
        // Without colour, the marks must still differ from plain text (as ThemeTests asks of TerminalUI's).
        for role in AppRoles.all { #expect(ColorDepth.monochrome.degrade(state.theme[role]) != .plain, "\(role)") }
        // The defaults in code are the default theme's (as TerminalUI's are, ThemeFileTests).
        let (standard, _) = Theme.load(named: "default", searchPaths: [], builtins: BuiltinThemes.all)
        for role in AppRoles.all { #expect(standard.styles[role] == AppRoles.defaults[role], "\(role)") }
        for name in BuiltinThemes.names {
            let (theme, errors) = Theme.load(named: name, searchPaths: [], builtins: BuiltinThemes.all)
            #expect(errors.isEmpty)
            for role in AppRoles.all { #expect(theme.styles[role] != nil, "\(name) lacks \(role)") }
        }
    }
}
