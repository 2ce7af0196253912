import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The case list's sort ranks: built off the loop after a store is read (the driver performs
/// the effect at once), kept up to date by a save, rebuilt after a deletion, and dropped when
/// the summaries changed while they were being built. Sorting gives the same order either way.
@Suite struct CasesSortIndexTests {
    func ids(_ d: TestDriver) -> [String] { d.state.cases.visible.map { d.state.summaries[$0].id } }

    func stringOrder(_ d: TestDriver) -> [String] {
        let s = d.state.summaries
        return CaseSort(d.state.cases.sort, ascending: d.state.cases.ascending)
            .apply(Array(s.indices), of: s, context: d.state.queryContext, meta: d.state.meta).map { s[$0].id }
    }

    @Test func ranksAreBuiltAndEverySortMatchesTheStrings() {
        var d = TestDriver()
        #expect(d.state.catalog.ranks.index != nil)
        for _ in CaseSortKey.allCases {
            d.press(CasesCommand.sort)
            #expect(ids(d) == stringOrder(d), "\(d.state.cases.sort)")
        }
    }

    @Test func aSavedTitleSortsInItsNewPlace() {
        var d = TestDriver.editing()
        while d.state.cases.sort != .title { d.press(CasesCommand.sort) }
        d.press(CasesCommand.edit)
        d.fill("title", "Aardvark")
        d.press(.enter)
        #expect(d.state.catalog.ranks.index != nil)
        d.press(CasesCommand.filter)           // the whole list again
        d.press(.escape)
        d.press(CasesCommand.sort)              // away and back: the list is sorted again
        while d.state.cases.sort != .title { d.press(CasesCommand.sort) }
        #expect(ids(d) == stringOrder(d))
        #expect(ids(d).first == "OCD-LON-0001", "\(ids(d)) \(d.state.cases.ascending)")
    }

    @Test func aBuildOvertakenByADeletionIsDropped() {
        let d = TestDriver.editing()
        var state = d.state
        // A deletion while ranks are being built: the answer is for summaries that are gone.
        // (The store read again: its ranks are asked for and not yet answered.)
        let effects = CaseDeskApp.reduce(&state, .storeOpened(StoreSnapshot(meta: state.meta!, summaries: state.summaries,
                                                                            damaged: state.damaged)))
            .filter { if case .buildSortIndex = $0 { true } else { false } }
        guard case .buildSortIndex(let request)? = effects.first else {
            Issue.record("no build asked for")
            return
        }
        _ = CaseDeskApp.reduce(&state, .deleted(id: "OCD-LON-0001", purpose: .edit(.form)))
        let again = CaseDeskApp.reduce(&state, .sortIndexBuilt(request.build(), generation: request.generation))
        #expect(state.catalog.ranks.index == nil)
        // ... and a build of the summaries as they are now is asked for.
        guard case .buildSortIndex(let fresh)? = again.first else {
            Issue.record("no new build asked for")
            return
        }
        #expect(fresh.summaries.count == state.summaries.count && fresh.generation != request.generation)
    }
}
