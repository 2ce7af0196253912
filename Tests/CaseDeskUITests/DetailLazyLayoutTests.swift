import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 13.11: the case detail screen lays out only what is on screen, so a key costs the
/// same on a case with a 50 MB summary or 100,000 defendants. (The time per key is measured
/// by `casedesk-bench detail`, not here.)
@Suite struct DetailLazyLayoutTests {
    @Test func piecesCoverTheTextAndNeverSplitACharacter() {
        let text = String(repeating: "Zoë naïve 中文 words and more words\n", count: 2_000) + String(repeating: "x", count: 20_000) + "é"
        let starts = TextPieces.starts(of: text)
        #expect(starts.count > 5)
        var joined = ""
        for n in starts.indices {
            let p = TextPieces.piece(of: text, n, starts: starts)
            #expect(!p.contains("\u{FFFD}"), "piece \(n) split a character")
            joined += p + (n + 1 < starts.count && text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: starts[n + 1] - 1)] == 0x0A ? "\n" : "")
        }
        #expect(joined == text)
        #expect(TextPieces.starts(of: "short") == [0])
        #expect(TextPieces.starts(of: "").isEmpty)
    }

    @Test func aKeyLaysOutOnlyTheSectionsOnScreen() {
        final class Count: @unchecked Sendable { var n = 0 }
        let laidOut = Count()
        let window = DetailWindow(sections: 100_000) { s in laidOut.n += 1; return [Line("section \(s)"), Line("second line")] }
        var at = DetailScroll()
        for (move, expected) in [(1, DetailScroll(section: 0, line: 1)), (20, DetailScroll(section: 10, line: 1)), (-3, DetailScroll(section: 9, line: 0))] {
            laidOut.n = 0
            at = window.moved(at, by: move, height: 20)
            #expect(at == expected)
            #expect(laidOut.n < 40, "moving \(move) laid out \(laidOut.n) sections")
        }
        laidOut.n = 0
        let bottom = window.bottom(height: 20)
        #expect(bottom == DetailScroll(section: 99_990, line: 0))
        #expect(window.visible(from: bottom, height: 20).last == Line("second line"))
        #expect(laidOut.n < 40)
        #expect(window.moved(bottom, by: 5, height: 20) == bottom, "no scrolling past the end")
    }

    @Test func theWindowShowsWhatTheWholeLayoutWouldOnEveryTab() {
        var d = TestDriver()
        d.press(CasesCommand.open)
        let area = DetailView.contentArea(d.state.size)
        for _ in DetailTab.allCases {
            let all = DetailView.lines(d.state, width: area.width)
            let window = DetailView.window(d.state, width: area.width)!
            var at = DetailScroll()
            for k in 0...(all.count + 3) {
                let start = min(k, max(0, all.count - area.height))
                #expect(window.visible(from: at, height: area.height) == Array(all[start..<min(all.count, start + area.height)]),
                        "tab \(d.state.detail.tab), line \(k)")
                at = window.moved(at, by: 1, height: area.height)
            }
            d.press(DetailCommand.nextTab)
        }
    }

    @Test func aHugeCaseScrollsToItsEnd() {
        var c = Fixture.kestrel
        c.summary = String(repeating: "A very long summary that goes on. ", count: 60_000) + "THE END"
        let template = c.defendants[0]
        c.defendants = (0..<20_000).map { var x = template; x.id = "D\($0)"; x.name = "Defendant \($0)"; return x }
        c.requests = c.requests.map { var r = $0; r.defendant = nil; return r }
        let store = MemoryStore(meta: Fixture.meta, cases: [c], clock: Fixture.clock)
        var d = TestDriver(store: store)
        d.press(CasesCommand.open)
        d.press(DetailCommand.bottom)
        #expect(d.screen.contains("THE END"))
        d.press(DetailCommand.nextTab)
        d.press(DetailCommand.bottom)
        #expect(d.screen.contains("Defendant 19999"))
        d.press(DetailCommand.top)
        #expect(d.screen.contains("Defendant 0 ") || d.screen.contains("Defendant 0\u{20}"))
    }
}
