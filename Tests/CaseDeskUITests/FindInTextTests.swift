import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 18.4: `/` inside the case detail (each tab's text) and the help screen, `n`/`N`,
/// the matches highlighted, "Pattern not found".
@Suite struct FindInTextTests {
    /// The detail of Operation Kestrel, on `tab`.
    static func kestrel(_ tab: DetailTab = .overview, size: Size = Size(width: 80, height: 24)) -> TestDriver {
        var d = TestDriver(size: size)
        d.press(CasesCommand.filter)
        d.type("kestrel")
        d.press(.enter)
        d.press(CasesCommand.open)
        while d.state.detail.tab != tab { d.press(DetailCommand.nextTab) }
        return d
    }

    /// The rows of the rendered screen whose cells in the search-match style spell `text`.
    static func highlighted(_ d: TestDriver) -> [String] {
        let buffer = CaseDeskApp.render(d.state, size: d.state.size)
        let match = d.state.theme[.searchMatch]
        var out: [String] = []
        for y in 0..<buffer.size.height {
            var run = ""
            for x in 0..<buffer.size.width {
                let c = buffer[x, y]
                if c.style == match || (c.style.attributes.contains(.underline) && c.style.bg == match.bg) {
                    run += c.grapheme
                } else if !run.isEmpty {
                    out.append(run); run = ""
                }
            }
            if !run.isEmpty { out.append(run) }
        }
        return out
    }

    @Test func slashOnATabFindsAndHighlightsEveryMatchOnScreen() {
        var d = Self.kestrel(.notes)
        d.press(DetailCommand.find)
        d.type("SPAIN")
        #expect(d.screen.split(separator: "\n").last?.hasPrefix("/SPAIN") == true, "the prompt is on the bottom line")
        d.press(.enter)
        #expect(d.state.find.input == nil)
        #expect(d.state.detail.match != nil)
        #expect(Self.highlighted(d) == ["Spain"], "matched without regard to case, the text's own spelling highlighted")
        #expect(d.state.message == nil)
    }

    @Test func aPatternThatIsNowhereSaysSoAndMovesNothing() {
        var d = Self.kestrel(.defendants)
        let before = d.state.detail.scroll
        d.press(DetailCommand.find)
        d.type("zebra")
        d.press(.enter)
        #expect(d.state.message?.text == "Pattern not found: zebra")
        #expect(d.state.message?.kind == .error)
        #expect(d.state.detail.scroll == before)
        #expect(d.screen.contains("Pattern not found: zebra"))
    }

    @Test func escCancelsThePromptAndKeepsTheLastPattern() {
        var d = Self.kestrel(.defendants)
        d.press(DetailCommand.find)
        d.type("hale")
        d.press(.enter)
        d.press(DetailCommand.find)
        d.type("ortega")
        d.press(.escape)
        #expect(d.state.find.input == nil)
        #expect(d.state.find.pattern == "hale")
        #expect(d.state.screen == .detail, "Esc closed the prompt, it did not leave the detail")
    }

    @Test func nAndNWalkTheMatchesAndWrapWithAMessage() {
        var d = Self.kestrel(.defendants)
        d.press(DetailCommand.find)
        d.type("conspiracy")
        d.press(.enter)
        let first = d.state.detail.match
        d.press(DetailCommand.nextMatch)
        let second = d.state.detail.match
        #expect(first != nil && second != nil && first != second)
        #expect(d.state.message == nil)
        d.press(DetailCommand.nextMatch)
        #expect(d.state.detail.match == first)
        #expect(d.state.message?.text == "Search hit BOTTOM, continuing at TOP.")
        d.press(DetailCommand.prevMatch)
        #expect(d.state.detail.match == second)
        #expect(d.state.message?.text == "Search hit TOP, continuing at BOTTOM.")
    }

    @Test func enterOnAnEmptyPromptSearchesForTheLastPatternAgain() {
        var d = Self.kestrel(.defendants)
        d.press(DetailCommand.find)
        d.press(.enter)
        #expect(d.state.message?.text.hasPrefix("No previous pattern") == true)
        d.press(DetailCommand.find)
        d.type("petrova")
        d.press(.enter)
        d.press(DetailCommand.nextTab)
        d.press(DetailCommand.prevTab)
        d.press(DetailCommand.find)
        d.press(.enter)
        #expect(d.state.detail.match != nil)
    }

    @Test func pastedTextGoesIntoThePrompt() {
        var d = Self.kestrel(.notes)
        d.press(DetailCommand.find)
        d.send(.event(.paste("disclosure\nreview")))
        #expect(d.state.find.input?.text == "disclosure review")
        d.press(.enter)
        #expect(Self.highlighted(d) == ["disclosure review"])
    }

    /// A match far down a long tab is scrolled to; one already on screen moves nothing.
    @Test func aMatchOffScreenIsScrolledToAndOneOnScreenIsNot() {
        let window = DetailWindow(sections: 10_000) { s in [Line("section \(s)"), Line(s == 7_777 ? "the needle" : "hay")] }
        let needle = TextFind.needle("NEEDLE")!
        let hit = window.find(needle, from: DetailScroll(), forward: true)
        #expect(hit == .init(spot: DetailScroll(section: 7_777, line: 1), wrapped: false))
        let back = window.find(needle, from: DetailScroll(section: 100, line: 0), forward: false)
        #expect(back == .init(spot: DetailScroll(section: 7_777, line: 1), wrapped: true))
        #expect(window.isShown(DetailScroll(section: 7_777, line: 1), from: DetailScroll(section: 7_770, line: 0), height: 20))
        #expect(!window.isShown(DetailScroll(section: 7_777, line: 1), from: DetailScroll(section: 7_760, line: 0), height: 20))
    }

    @Test func theSummaryOfALongCaseIsSearchedToItsEnd() {
        var d = Self.kestrel(.overview, size: Size(width: 80, height: 24))
        var c = d.state.detail.loaded!
        c.summary = (1...400).map { "Paragraph \($0) of the summary." }.joined(separator: "\n") + "\nThe last word is aardvark."
        d.state.detail.loaded = c
        d.press(DetailCommand.find)
        d.type("aardvark")
        d.press(.enter)
        #expect(d.screen.contains("The last word is aardvark."))
        #expect(Self.highlighted(d) == ["aardvark"])
    }

    @Test func helpIsSearchedToo() {
        var d = TestDriver()
        d.press(GlobalCommand.help)
        d.press(HelpCommand.find)
        d.type("redraw the screen")
        d.press(.enter)
        #expect(d.state.help.match != nil)
        #expect(d.screen.contains("redraw the screen"))
        #expect(Self.highlighted(d) == ["redraw the screen"])
        d.press(HelpCommand.find)
        d.type("nothing like this")
        d.press(.enter)
        #expect(d.state.message?.text == "Pattern not found: nothing like this")
    }
}

/// Issue 18.4: the case list's `/` filter marks what it matched in the rows shown.
@Suite struct ListMatchHighlightTests {
    @Test func theFilterWordsAreHighlightedInTheRowsShown() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("OPERATION kes")
        d.press(.enter)
        #expect(FindInTextTests.highlighted(d) == ["Operation", "Kes"])
        d.press(CasesCommand.back)
        #expect(FindInTextTests.highlighted(d).isEmpty, "no filter, no marks")
    }
}
