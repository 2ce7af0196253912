import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 18.4: a position indicator in long text, `12-33/40` (lines shown of how many) on the
/// right of the pane's bottom border, kept up to date by scrolling, counts and n/N, and absent
/// when everything fits.
@Suite struct ScrollRulerTests {
    /// The text on the bottom border of the pane whose bottom-left corner is at row `y`.
    static func ruler(_ d: TestDriver, row y: Int) -> String? {
        let line = d.screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[y]
        let inside = line.split(separator: " ", omittingEmptySubsequences: true)
            .map(String.init)
            .filter { !$0.allSatisfy { "━─┗┛└┘┃│".contains($0) } }
        return inside.isEmpty ? nil : inside.joined(separator: " ")
    }

    /// The row of the main pane's bottom border (above the footer).
    static func bottomRow(_ d: TestDriver) -> Int { d.state.size.height - 2 }

    @Test func theLabelSaysTheLinesShownAndNothingWhenAllFits() {
        #expect(ScrollRuler.label(first: 0, shown: 20, total: 40) == "1-20/40")
        #expect(ScrollRuler.label(first: 11, shown: 20, total: 40) == "12-31/40")
        #expect(ScrollRuler.label(first: 35, shown: 20, total: 40) == "21-40/40", "clamped as the text is drawn")
        #expect(ScrollRuler.label(first: Int.max, shown: 20, total: 40) == "21-40/40")
        #expect(ScrollRuler.label(first: 0, shown: 20, total: 20) == nil)
        #expect(ScrollRuler.label(first: 0, shown: 20, total: 3) == nil)
        #expect(ScrollRuler.label(percent: 140) == "100%")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 120, height: 40)])
    func theDetailSaysWhereItIsAsItScrolls(size: Size) throws {
        var d = FindInTextTests.kestrel(.defendants, size: size)
        var c = d.state.detail.loaded!
        let template = c.defendants[0]
        c.defendants = (0..<12).map { var x = template; x.id = "D\($0)"; x.name = "Defendant \($0)"; return x }
        d.state.detail.loaded = c
        let area = DetailView.contentArea(d.state.size)
        let total = DetailView.lines(d.state, width: area.width).count
        let row = Self.bottomRow(d)
        try #require(total > area.height, "Kestrel's defendants are longer than the screen")
        #expect(Self.ruler(d, row: row) == "1-\(area.height)/\(total)")
        d.burst("3j")
        #expect(Self.ruler(d, row: row) == "4-\(area.height + 3)/\(total)")
        d.press(DetailCommand.bottom)
        #expect(Self.ruler(d, row: row) == "\(total - area.height + 1)-\(total)/\(total)")
        d.press(DetailCommand.top)
        #expect(Self.ruler(d, row: row) == "1-\(area.height)/\(total)")
    }

    @Test func aShortTabShowsNoRulerAndALongOneDoes() {
        var d = FindInTextTests.kestrel(.overview, size: Size(width: 100, height: 60))
        #expect(Self.ruler(d, row: Self.bottomRow(d)) == nil, "the overview fits in 60 rows")
        d.resize(Size(width: 60, height: 16))
        let area = DetailView.contentArea(d.state.size)
        let total = DetailView.lines(d.state, width: area.width).count
        #expect(Self.ruler(d, row: Self.bottomRow(d)) == "1-\(area.height)/\(total)")
    }

    /// n/N scroll to a match off screen; the ruler follows.
    @Test func aSearchMovesTheRuler() {
        var d = FindInTextTests.kestrel(.overview, size: Size(width: 80, height: 24))
        var c = d.state.detail.loaded!
        c.summary = (1...40).map { "Paragraph \($0) of the summary." }.joined(separator: "\n") + "\nThe last word is aardvark."
        d.state.detail.loaded = c
        let area = DetailView.contentArea(d.state.size)
        let total = DetailView.lines(d.state, width: area.width).count
        #expect(Self.ruler(d, row: Self.bottomRow(d)) == "1-\(area.height)/\(total)")
        d.press(DetailCommand.find)
        d.type("aardvark")
        d.press(.enter)
        #expect(d.screen.contains("The last word is aardvark."))
        #expect(Self.ruler(d, row: Self.bottomRow(d)) == "\(total - area.height + 1)-\(total)/\(total)")
    }

    /// A summary too long to lay out every frame says how far through it is in percent.
    @Test func aHugeSummarySaysAPercentage() {
        var d = FindInTextTests.kestrel(.overview)
        var c = d.state.detail.loaded!
        c.summary = String(repeating: "A very long summary that goes on. ", count: 20_000) + "THE END"
        d.state.detail.loaded = c
        #expect(Self.ruler(d, row: Self.bottomRow(d)) == "0%")
        d.press(DetailCommand.bottom)
        #expect(d.screen.contains("THE END"))
        #expect(Self.ruler(d, row: Self.bottomRow(d)) == "100%")
    }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 100, height: 30)])
    func helpSaysWhereItIs(size: Size) {
        var d = TestDriver(size: size)
        d.press(GlobalCommand.help)
        let inner = AppLayout(size: size).body.inset(by: 1)
        let total = HelpScreen.lines(d.state).count
        let row = Self.bottomRow(d)
        #expect(Self.ruler(d, row: row) == "1-\(inner.height)/\(total)")
        d.burst("5j")
        #expect(Self.ruler(d, row: row) == "6-\(inner.height + 5)/\(total)")
        d.press(HelpCommand.bottom)
        #expect(Self.ruler(d, row: row) == "\(total - inner.height + 1)-\(total)/\(total)")
    }

    /// The message log: a ruler on its box's bottom border once it holds more than fits.
    @Test func theMessageLogSaysWhereItIs() {
        var d = TestDriver(size: Size(width: 80, height: 24))
        d.state.message = Message(text: "only one", kind: .info)
        d.press(GlobalCommand.messages)
        #expect(!d.screen.contains("/1 "), "one message fits: \(d.screen)")
        d.press(.escape)
        for n in 1...40 { d.state.message = Message(text: "message \(n)", kind: .info) }
        d.press(GlobalCommand.messages)
        let lines = d.screen.split(separator: "\n").map(String.init)
        let border = lines.last { $0.contains("┛") && $0.contains("/") }
        let total = d.state.messageLog.entries.count
        #expect(border?.contains("/\(total) ") == true, "the log opens at the newest: \(border ?? "no ruler")")
        #expect(border?.contains("-\(total)/\(total)") == true)
        d.press(ListCommand.top)
        let top = d.screen.split(separator: "\n").map(String.init).last { $0.contains("┛") && $0.contains("/") }
        #expect(top?.contains(" 1-") == true, "\(top ?? "no ruler")")
    }
}
