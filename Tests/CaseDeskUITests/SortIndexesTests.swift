import Testing
import TerminalUI
@testable import CaseCore
@testable import CaseDeskUI

/// Issue 16.3: every sort is ready before it is asked for. The build made right after the
/// store is read holds every column's keys and the board's order by every key, so the first
/// sort of a column and a board sort read no summary on the loop; what they give equals a
/// sort from the strings and a fresh board order, before and after a save.
@Suite struct SortIndexesTests {
    func freshBoard(_ d: TestDriver) -> RequestOrder {
        RequestOrder(d.state.summaries, context: d.state.queryContext, sortBy: d.state.board.sort,
                     ascending: d.state.board.ascending)
    }

    @Test func theBuildMakesEveryColumnsKeys() throws {
        let d = TestDriver()
        let index = try #require(d.state.catalog.ranks.index)
        for key in CaseSortKey.allCases where ![.id, .title, .unit, .lawyer].contains(key) {
            #expect(index.keys[key] != nil, "\(key)")
        }
        #expect(d.state.catalog.ranks.boardOrders?.count == RequestSortKey.allCases.count)
    }

    @Test func everyBoardSortEqualsAFreshOrderBeforeAndAfterASave() {
        var d = TestDriver(store: Fixture.store())
        d.press(GlobalCommand.board)
        for _ in 0..<2 {
            for _ in RequestSortKey.allCases {
                #expect(d.state.catalog.board == freshBoard(d), "\(d.state.board.sort) \(d.state.board.ascending)")
                d.press(BoardCommand.sort)
            }
            d.press(BoardCommand.reverseSort)
        }
        // A chase saved: the built orders follow it, and the board shown is one of them.
        while d.state.selectedBoardRequest?.1 != "R-101" { d.press(BoardCommand.down) }
        d.press(BoardCommand.chase)
        d.press(.enter)
        #expect(d.screen.contains("Chase of R-101 recorded"))
        #expect(d.state.catalog.ranks.boardOrders != nil)
        for _ in 0..<2 {
            for _ in RequestSortKey.allCases {
                #expect(d.state.catalog.board == freshBoard(d), "after the save: \(d.state.board.sort) \(d.state.board.ascending)")
                d.press(BoardCommand.sort)
            }
            d.press(BoardCommand.reverseSort)
        }
    }
}
