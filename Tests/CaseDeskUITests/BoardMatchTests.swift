import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 18.4 on the MLA board: after `/`, `n`/`N` walk the requests the filter kept and the
/// filter's words are highlighted in the rows shown, by the case list's rule.
@Suite struct BoardMatchTests {
    static func selectedID(_ d: TestDriver) -> String? {
        guard case .request(let ci, let ri)? = BoardScreen.selectedRow(d.state) else { return nil }
        return d.state.summaries[ci].requests[ri].id
    }

    static func filtered(_ text: String, size: Size = Size(width: 80, height: 24)) -> TestDriver {
        var d = TestDriver(size: size)
        d.press(GlobalCommand.board)
        d.press(BoardCommand.filter)
        d.type(text)
        d.press(.enter)
        return d
    }

    @Test func nAndNWalkTheMatchesPastGroupTitlesAndWrap() {
        var d = Self.filtered("r-50")
        let order = BoardFilterTests.shown(d)
        #expect(Set(order) == ["R-501", "R-502"])
        #expect(d.state.board.rows.count > order.count, "the two are under group titles")
        #expect(Self.selectedID(d) == order[0])
        d.press(BoardCommand.nextMatch)
        #expect(Self.selectedID(d) == order[1])
        d.press(BoardCommand.nextMatch)
        #expect(Self.selectedID(d) == order[0], "n wraps at the end")
        d.press(BoardCommand.prevMatch)
        #expect(Self.selectedID(d) == order[1], "N wraps at the top")
        d.burst("2n")
        #expect(Self.selectedID(d) == order[1], "a count: two matches on")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 140, height: 40)])
    func theFilterWordsAreHighlightedInTheRequestRows(size: Size) {
        var d = Self.filtered("r-50", size: size)
        #expect(FindInTextTests.highlighted(d) == ["R-50", "R-50"], "both request ids, in their own spelling")
        d = Self.filtered("R-50 GERM", size: size)
        #expect(BoardFilterTests.shown(d) == ["R-502"])
        #expect(FindInTextTests.highlighted(d) == ["R-50", "Germ"], "every word of the filter")
        d.press(BoardCommand.back)
        #expect(FindInTextTests.highlighted(d).isEmpty, "no filter, no marks")
    }

    @Test func nAndNAreInTheBoardsHelp() {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        d.press(GlobalCommand.help)
        #expect(d.screen.contains("next match (wraps at the end)"))
    }
}
