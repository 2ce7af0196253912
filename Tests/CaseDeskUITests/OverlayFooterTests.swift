import Testing
import TerminalUI
@testable import CaseDeskUI

/// While a box (quick filter, form, confirmation, problems, messages) is open it has the keys,
/// so the footer must not offer the keys of the screen under it: they would not work.
@Suite struct OverlayFooterTests {
    /// The footer is the last line of the screen.
    private func footer(_ d: TestDriver) -> String {
        String(d.screen.split(separator: "\n", omittingEmptySubsequences: false).last { !$0.isEmpty } ?? "")
    }

    /// The hints the screen shows when no box is open, checked against the footer with one.
    private func expectNoScreenHints(_ d: TestDriver, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(d.state.overlay != nil, sourceLocation: sourceLocation)
        var under = d.state
        under.overlay = nil
        let line = footer(d)
        for (key, label) in AppChrome.hints(under) {
            #expect(!line.contains("\(key) \(label)"), "footer offers \(key) \(label) under a box: \(line)", sourceLocation: sourceLocation)
        }
    }

    @Test func theQuickFilterMenuHidesTheListKeys() {
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        expectNoScreenHints(d)
        d.type("s")
        expectNoScreenHints(d)
    }

    @Test func aFormHidesTheKeysOfTheCaseUnderIt() {
        var d = TestDriver()
        d.press(CasesCommand.open)
        d.press(DetailCommand.add)
        expectNoScreenHints(d)
    }

    @Test func theMessagesBoxHidesTheBoardKeys() {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        d.command("messages")
        expectNoScreenHints(d)
    }

    /// A long summary of ticked values is cut with "…", so it does not look like the whole list.
    @Test func aLongListOfTickedValuesIsCutVisibly() {
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        d.type("s")
        for _ in 0..<8 { d.press(ListCommand.down, ListCommand.toggle) }
        d.press(ListCommand.pick)
        d.press(CasesCommand.quickFilter)
        let row = d.screen.split(separator: "\n").first { $0.contains("s  status") } ?? ""
        #expect(row.contains("…"), "the status summary is cut without …: \(row)\n\(d.screen)")
    }
}
