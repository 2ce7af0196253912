import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

/// Issue 18.4: count prefixes, as in vim and less (`5j`, `10k`, `3G`), refused with a message
/// where a count means nothing (`3>`, `2x`, `3a`), shown while typed, dropped by Esc.
@Suite struct CountPrefixTests {
    @Test func aCountRepeatsAMoveInTheList() {
        var d = TestDriver()
        d.burst("3j")
        #expect(d.state.cases.list.selected == 3)
        d.burst("2k")
        #expect(d.state.cases.list.selected == 1)
        d.burst("10k")
        #expect(d.state.cases.list.selected == 0, "a count past the end stops at the end")
        d.burst("99999j")
        #expect(d.state.cases.list.selected == d.state.cases.rowCount - 1)
        #expect(d.state.count.value == nil)
    }

    @Test func aCountBeforeGOrGGoesToThatRow() {
        var d = TestDriver()
        d.burst("3G")
        #expect(d.state.cases.list.selected == 2, "3G is the third row, as in vim")
        d.burst("5g")
        #expect(d.state.cases.list.selected == 4)
        d.burst("1G")
        #expect(d.state.cases.list.selected == 0)
        d.press(CasesCommand.bottom)
        #expect(d.state.cases.list.selected == d.state.cases.rowCount - 1, "G alone is still the last row")
    }

    @Test func aCountWhereItMeansNothingIsRefusedAndNothingIsDone() {
        var d = TestDriver()
        d.burst("7a")
        #expect(d.state.overlay == nil, "no form opened")
        #expect(d.state.message?.text == "7a: a takes no count, nothing was done (a count goes before a move: 5j, 10k, 3G).")
        #expect(d.state.message?.kind == .error)
        d.press(CasesCommand.nextPane)
        d.press(CasesCommand.nextPane)
        let before = d.effects.count
        d.burst("13>")
        #expect(d.state.message?.text.hasPrefix("13>: > takes no count") == true)
        let asked = d.effects.dropFirst(before).filter { if case .waitForCount = $0 { false } else { true } }
        #expect(asked.isEmpty, "nothing was asked of the store: \(asked)")
        #expect(d.state.count.value == nil, "the refused count is gone")
    }

    /// Issue 18.4 names `3>` as a count refused: on the Cases screen 3 is also the Dashboard's
    /// key, but a screen digit typed just before a command that changes a case is still read
    /// as a count and refused, so a count typed by mistake never advances or chases anything.
    @Test func aScreenDigitBeforeAChangeIsACountAndRefused() {
        var d = TestDriver()
        d.press(CasesCommand.nextPane)
        d.press(CasesCommand.nextPane)
        let before = d.effects.count
        d.burst("3>")
        #expect(d.state.screen == .cases, "the digit did not switch to the Dashboard")
        #expect(d.state.message?.text == "3>: > takes no count, nothing was done (3 alone is Dashboard: type > once it shows).")
        let asked = d.effects.dropFirst(before).filter { if case .waitForCount = $0 { false } else { true } }
        #expect(asked.isEmpty, "nothing was asked of the store: \(asked)")
        d.burst("2c")
        #expect(d.state.screen == .cases)
        #expect(d.state.message?.text.hasPrefix("2c: c takes no count") == true)
        #expect(d.state.count.value == nil)
    }

    @Test func xOnTheDetailRefusesACount() {
        var d = FindInTextTests.kestrel(.overview)
        d.burst("7x")
        #expect(d.state.overlay == nil)
        #expect(d.state.message?.text.hasPrefix("7x: x takes no count") == true)
    }

    @Test func theCountIsShownWhileTypedAndEscDropsIt() {
        var d = TestDriver()
        d.burst("1")
        d.burst("2")
        #expect(d.state.count.value == 12)
        let footer = d.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.hasPrefix(" 12  count: a move repeats"), "footer: \(footer)")
        d.press(.escape)
        #expect(d.state.count.value == nil)
        #expect(d.state.screen == .cases)
        d.press(CasesCommand.down)
        #expect(d.state.cases.list.selected == 1, "after Esc a move is a move of one")
    }

    /// `2` is the MLA board and the start of `25j`: alone (its wait over) it is the board;
    /// followed at once by a move or a digit it is a count.
    @Test func aScreenDigitAloneSwitchesAndBeforeAMoveCounts() {
        var d = TestDriver()
        d.press(.char("2"))
        #expect(d.state.screen == .board)
        d.press(.char("1"))
        #expect(d.state.screen == .cases)
        d.burst("2j")
        #expect(d.state.screen == .cases)
        #expect(d.state.cases.list.selected == 2)
        d.burst("21k")
        #expect(d.state.screen == .cases, "a second digit makes 2 a count")
        #expect(d.state.cases.list.selected == 0)
    }

    /// `2/` in one burst is what `2`, a pause, `/` is: the digit cannot be a count before `/`,
    /// so it runs alone (the board) and `/` is read after it (the board's filter), as vim runs
    /// a mapping once the next key cannot continue it. Nothing is refused or lost.
    @Test func aScreenDigitBeforeAKeyThatTakesNoCountIsTheScreenThenTheKey() {
        var slow = TestDriver(), fast = TestDriver()
        slow.press(.char("2"))
        slow.press(.char("/"))
        fast.burst("2/")
        for d in [slow, fast] {
            #expect(d.state.screen == .board)
            #expect(d.state.board.filterEditing)
            #expect(d.state.message == nil)
            #expect(d.state.count == CountPrefix(serial: d.state.count.serial))
        }
        var detail = FindInTextTests.kestrel(.overview)
        detail.burst("3s")
        #expect(detail.state.screen == .dashboard, "3 is the Dashboard, then s is the Dashboard's")
        var unbound = TestDriver()
        unbound.burst("4Z")
        #expect(unbound.state.screen == .help, "a key bound to nothing after a screen digit leaves the screen switched")
    }

    /// While a screen digit waits, the footer says what it does alone and how it becomes a count.
    @Test func aWaitingDigitIsShownInTheFooter() {
        var d = TestDriver()
        let effects = CaseDeskApp.reduce(&d.state, .event(.key(.char("2"))))
        #expect(effects.contains { if case .waitForCount = $0 { true } else { false } })
        let footer = d.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.hasPrefix(" 2  alone: MLA board, or a count: 2j 2k 2G; Esc drops it"), "footer: \(footer)")
        d.press(.escape)
        #expect(d.state.screen == .cases && d.state.count.value == nil)
    }

    /// `options.counttimeout = 0`: the screen digits switch at once and start no count; the
    /// other digits still count.
    @Test func noWaitMakesTheScreenDigitsScreensAtOnce() {
        var d = TestDriver()
        d.state.countWaitMilliseconds = 0
        let effects = CaseDeskApp.reduce(&d.state, .event(.key(.char("2"))))
        #expect(d.state.screen == .board)
        #expect(!effects.contains { if case .waitForCount = $0 { true } else { false } })
        d.press(.char("1"))
        d.burst("2j")
        #expect(d.state.screen == .board)
        d.press(.char("1"))
        d.burst("7k")
        d.burst("7j")   // 7 switches to no screen (6 is the People screen): it counts at once
        #expect(d.state.cases.list.selected == min(7, d.state.cases.rowCount - 1))
    }

    @Test func theWaitIsAnOption() {
        let s = UISettings(text: "options.counttimeout = 250\noptions.counttimeout = soon\noptions.counttimeout = 9000\n", file: "config")
        #expect(s.countTimeout == 250)
        #expect(s.problems == ["config:2: options.counttimeout is a number of milliseconds from 0 to 5000, not \"soon\"",
                               "config:3: options.counttimeout is a number of milliseconds from 0 to 5000, not \"9000\""])
        #expect(UISettings(text: "", file: "config").countTimeout == nil)
    }

    /// A digit's wait that ends after the count was used (or dropped) does nothing.
    @Test func aLateEndOfWaitDoesNothing() {
        var d = TestDriver()
        var effects = CaseDeskApp.reduce(&d.state, .event(.key(.char("2"))))
        effects += CaseDeskApp.reduce(&d.state, .event(.key(.char("j"))))
        guard case .waitForCount(let serial)? = effects.first else {
            Issue.record("the digit did not wait: \(effects)")
            return
        }
        _ = CaseDeskApp.reduce(&d.state, .countWaitOver(serial: serial))
        #expect(d.state.screen == .cases)
        #expect(d.state.cases.list.selected == 2)
    }

    @Test func nWithACountSkipsMatches() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("operation")
        d.press(.enter)
        d.burst("2n")
        #expect(d.state.cases.list.selected == 2)
    }

    @Test func theDetailScrollsByACount() {
        let small = Size(width: 60, height: 16)
        var one = FindInTextTests.kestrel(.defendants, size: small)
        for _ in 0..<3 { one.press(DetailCommand.down) }
        var counted = FindInTextTests.kestrel(.defendants, size: small)
        counted.burst("3j")
        #expect(counted.state.detail.scroll == one.state.detail.scroll)
        #expect(counted.state.detail.scroll != DetailScroll())
        counted.burst("3k")
        #expect(counted.state.detail.scroll == DetailScroll())
    }

    @Test func helpScrollsByACount() {
        var d = TestDriver()
        d.press(GlobalCommand.help)
        d.burst("5j")
        #expect(d.state.help.scroll == 5)
        d.burst("2G")
        #expect(d.state.help.scroll == 1)
    }

    /// The board, the Agenda and the Dashboard's rows move by a count exactly as by that many keys.
    @Test func everyListScreenTakesACount() {
        for screenKey in [GlobalCommand.board, .agenda, .dashboard] {
            var one = TestDriver(store: DashboardFixture.store())
            var counted = TestDriver(store: DashboardFixture.store())
            one.press(screenKey)
            counted.press(screenKey)
            for _ in 0..<2 { one.press(.char("j")) }
            counted.burst("2j")
            #expect(counted.state.screen == one.state.screen, "\(screenKey)")
            #expect(counted.state.board.position == one.state.board.position, "\(screenKey)")
            #expect(counted.state.agenda.position == one.state.agenda.position, "\(screenKey)")
            #expect(counted.state.dashboard.selected == one.state.dashboard.selected, "\(screenKey)")
            #expect(counted.state.dashboard.scroll == one.state.dashboard.scroll, "\(screenKey)")
        }
    }

    @Test func aKeyBoundToNothingDropsTheCount() {
        var d = TestDriver()
        d.burst("44")
        #expect(d.state.count.value == 44)
        d.press(.char("Z"))
        #expect(d.state.count.value == nil)
        d.press(CasesCommand.down)
        #expect(d.state.cases.list.selected == 1)
    }

    /// What a count does to `n` and `N` is decided by type, Search's, not by the name a screen
    /// gives the command: every command bound to Search's keys, on every screen, is Search's and
    /// repeats with a count. Renaming a case (of Search or of a screen) cannot silently make
    /// `2n` refused.
    @Test func everyScreensMatchKeysTakeACount() {
        var matches = 0, sections: Set<String> = []
        func check<C: CommandSet>(_: C.Type) {
            sections.insert(C.section)
            for c in C.allCases where c.defaultKeys == Search.nextMatch.defaultKeys || c.defaultKeys == Search.prevMatch.defaultKeys {
                matches += 1
                #expect(c.search == .nextMatch || c.search == .prevMatch, "\(C.section).\(c.rawValue) is bound to n or N but is not Search's")
                #expect(c.countUse == .repeated, "\(C.section).\(c.rawValue)")
            }
        }
        check(GlobalCommand.self); check(CasesCommand.self); check(DetailCommand.self); check(BoardCommand.self)
        check(DashboardCommand.self); check(HelpCommand.self); check(AgendaCommand.self); check(ListCommand.self)
        check(PeopleCommand.self)
        #expect(sections == Set(KeyTables.sections), "every key table is checked")
        #expect(matches == 8, "n and N on the case list, the detail, the help screen and the MLA board")
    }

    @Test func digitsInTheFilterAreText() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("0001")
        #expect(d.state.cases.filter.text == "0001")
        #expect(d.state.count.value == nil)
    }
}
