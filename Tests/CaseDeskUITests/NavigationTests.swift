import CaseCore
import Testing
import TerminalUI
@testable import CaseDeskUI

@Suite struct NavigationTests {
    @Test func filterUpdatesOnEveryKeyAndEscClears() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("o")
        #expect(d.state.cases.visible.count == 6)
        d.type("peration kes")
        #expect(d.state.cases.visible.map { d.state.summaries[$0].id } == ["OCD-LON-0001"])
        for _ in 0..<4 { d.press(.backspace) }
        #expect(d.state.cases.visible.count == 6)
        d.press(.escape)
        #expect(d.state.cases.filter.text.isEmpty)
        #expect(!d.state.cases.filterEditing)
    }

    @Test func filterMatchesDefendantsOffencesAndCountries() {
        for (query, id) in [("petrova", "OCD-LON-0001"), ("facilitating", "OCD-BHM-0002"), ("germany", "INTL-0005")] {
            var d = TestDriver()
            d.press(CasesCommand.filter)
            d.type(query)
            #expect(d.state.cases.visible.map { d.state.summaries[$0].id } == [id], "\(query)")
        }
    }

    @Test func quickFilterMineAndStatus() {
        var d = TestDriver()
        d.press(CasesCommand.quickFilter)
        d.type("m")
        #expect(d.state.cases.visible.map { d.state.summaries[$0].id } == ["CCU-MER-0003", "OCD-LON-0001"])
        d.press(CasesCommand.quickFilter)
        d.type("s")
        // "any", then the statuses in lifecycle order: pre-charge, charged, awaiting trial.
        for _ in 0..<3 { d.press(.down) }
        d.press(.enter)
        #expect(d.state.cases.visible.map { d.state.summaries[$0].id } == ["OCD-LON-0001"])
        d.press(CasesCommand.back)
        #expect(d.state.cases.visible.count == 6)
    }

    @Test func nAndNWrapAroundTheMatches() {
        var d = TestDriver()
        d.press(CasesCommand.filter)
        d.type("operation")
        d.press(.enter)
        d.press(CasesCommand.prevMatch)
        #expect(d.state.cases.list.selected == 5)
        d.press(CasesCommand.nextMatch)
        #expect(d.state.cases.list.selected == 0)
    }

    @Test func gotoEndsAndPagesStayInRange() {
        var d = TestDriver()
        d.press(CasesCommand.bottom)
        #expect(d.state.cases.list.selected == 6)  // the damaged row is last
        d.press(CasesCommand.pageDown)
        #expect(d.state.cases.list.selected == 6)
        d.press(CasesCommand.top)
        d.press(CasesCommand.pageUp)
        #expect(d.state.cases.list.selected == 0)
    }

    @Test func tabCyclesPanesAndFooterFollowsFocus() {
        var d = TestDriver()
        d.press(CasesCommand.down)
        d.press(CasesCommand.nextPane)
        d.press(CasesCommand.nextPane)
        #expect(d.state.cases.focus == .requests)
        #expect(d.screen.contains("c chase"))
        d.press(CasesCommand.down)
        d.press(CasesCommand.open)
        #expect(d.state.detail.tab == .requests)
        #expect(d.state.detail.request == 1)
    }

    @Test func screensOneToFourAndBack() {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        #expect(d.state.screen == .board)
        d.press(GlobalCommand.dashboard)
        #expect(d.state.screen == .dashboard)
        d.press(GlobalCommand.helpScreen)
        #expect(d.state.screen == .help)
        d.press(GlobalCommand.quit)
        #expect(d.state.screen == .dashboard)
        d.press(GlobalCommand.cases)
        d.press(GlobalCommand.quit)
        #expect(d.state.quitting)
        #expect(d.effects.last == .quit)
    }

    @Test func ctrlCQuitsFromAnywhereEvenAnOverlay() {
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.press(.ctrl("c"))
        #expect(d.state.quitting)
    }

    @Test func commandLineOpensACaseAndReportsUnknownCommands() {
        var d = TestDriver()
        d.command("open INTL-0005")
        #expect(d.state.screen == .detail)
        #expect(d.state.detail.loaded?.id == "INTL-0005")
        d.command("frobnicate")
        #expect(d.screen.contains("Unknown command :frobnicate"))
        d.command("open NOPE")
        #expect(d.screen.contains("There is no case NOPE in this store."))
    }

    @Test func commandLineCompletesCommandNames() {
        var d = TestDriver()
        d.press(GlobalCommand.commandLine)
        d.type("th")
        d.press(.tab)
        #expect(d.state.overlay == .commandLine(LineInput("theme ")))
        d.press(.tab)
        // Two themes known: the candidates are listed, the input keeps the common prefix.
        #expect(d.screen.contains("default  light"))
    }

    @Test func redrawIsAnEffect() {
        var d = TestDriver()
        d.press(GlobalCommand.redraw)
        #expect(d.effects.last == .redraw)
    }

    @Test func damagedCaseShowsProblemsAndIsNeverEdited() {
        var d = TestDriver()
        d.press(CasesCommand.bottom)
        d.press(CasesCommand.edit)
        #expect(d.screen.contains("Case OCD-LON-0007 is damaged"))
        d.press(CasesCommand.open)
        #expect(d.screen.contains("line 12, column 5"))
        d.press(.escape)
        #expect(d.state.overlay == nil)
    }

    @Test func resizeAtAnyMomentRedrawsAtTheNewSize() {
        var d = TestDriver(size: Size(width: 140, height: 40))
        d.press(CasesCommand.bottom)
        for size in [Size(width: 60, height: 16), Size(width: 30, height: 5), Size(width: 80, height: 24)] {
            d.resize(size)
            let lines = d.screen.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == size.height)
            #expect(lines.allSatisfy { TextWidth.of(String($0)) <= size.width })
        }
        #expect(d.screen.contains("OCD-LON-0007"))
    }

    /// A long pseudo-random key sequence (fixed seed) at several sizes never crashes and every
    /// frame fits the terminal; after every key the selection is in range, the focus is on a
    /// pane on screen, and no cell is half of a wide character (`UIInvariants`).
    @Test func noKeySequenceCrashes() {
        let keys: [Key] = [.char("j"), .char("k"), .char("g"), .char("G"), .enter, .escape, .tab, .backTab,
                           .char("/"), .char("a"), .char("1"), .char("2"), .char("3"), .char("4"), .char("?"),
                           .char(":"), .char("s"), .char("S"), .char("f"), .char("o"), .char("c"), .char(">"),
                           .char("n"), .char("N"), .pageDown, .pageUp, .backspace, .char("x"), .char("h"), .char("l"),
                           .char("r"), .ctrl("l"), .char("u"), .char("e"), .char("d"), .char("E"), .left, .right]
        var seed: UInt64 = 0x5EED
        var d = TestDriver()
        for step in 0..<1500 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let k = keys[Int(seed >> 33) % keys.count]
            if k == .char("q") { continue }
            d.press(k)
            if step % 500 == 0 { d.resize(step % 1000 == 0 ? Size(width: 61, height: 17) : Size(width: 80, height: 24)) }
            let broken = UIInvariants.problems(d.state)
            if !broken.isEmpty {
                Issue.record("after key \(step) (\(k)) on \(d.state.screen): \(broken.joined(separator: "; "))")
                break
            }
        }
        #expect(!d.state.quitting)
    }
}

@Suite struct ThemeCommandTests {
    @Test func themeCommandSwitchesToABuiltInTheme() {
        var d = TestDriver()
        d.command("theme light")
        #expect(d.state.theme.name == "light")
        #expect(d.screen.contains("Theme light."))
    }

    @Test func unknownThemeKeepsWorkingAndSaysWhy() {
        var d = TestDriver()
        d.command("theme nosuch")
        #expect(d.state.theme == .fallback)
        #expect(d.screen.contains("no theme named \"nosuch\""))
    }
}

@Suite struct ReloadTests {
    @Test func reloadShowsOtherPeoplesChangesAndKeepsTheSelection() throws {
        let store = Fixture.store()
        var d = TestDriver(store: store)
        d.press(CasesCommand.filter)
        d.type("wren")
        d.press(.enter)
        d.press(CasesCommand.back)
        #expect(d.state.selectedCaseID == "INTL-0005")
        // Someone else retitles Operation Wren.
        var wren = try #require(store.stored("INTL-0005"))
        wren.title = "Operation Wren II"
        _ = try store.save(wren, baseRevision: wren.revision, user: "akhan", action: "update")
        d.press(GlobalCommand.reload)
        #expect(d.state.selectedCaseID == "INTL-0005")
        #expect(d.screen.contains("Operation Wren II"))
        #expect(d.state.message?.text == "Reloaded: 6 cases · changed on disk: INTL-0005; 1 damaged file listed with ✗.")
    }
}

@Suite struct FailedOpenTests {
    @Test func aStoreThatCannotBeOpenedSaysWhyAndRRetries() {
        let store = Fixture.store()
        store.failOpen = .notAStore(path: "/srv/casedesk", reason: "store.json is missing")
        var d = TestDriver(store: store)
        #expect(d.screen.contains("Cannot open the store"))
        #expect(d.screen.contains("/srv/casedesk is not a CaseDesk store: store.json is missing."))
        d.press(CasesCommand.down)   // nothing to move: no crash, no change
        store.failOpen = nil
        d.press(GlobalCommand.reload)
        #expect(d.state.load == .loaded)
        #expect(d.screen.contains("6 of 6 cases"))
    }
}
