import Testing
import TerminalUI
@testable import CaseDeskUI

/// The mouse (issue 18.7) at 80x24: the wheel scrolls the pane under the pointer, a click
/// selects a row or a tab, through the same commands the keys use.
@Suite struct MouseTests {
    func click(_ d: inout TestDriver, _ x: Int, _ y: Int) { d.send(.event(.mouse(MouseEvent(x: x, y: y, kind: .press)))) }
    func wheel(_ d: inout TestDriver, _ x: Int, _ y: Int, down: Bool = true) {
        d.send(.event(.mouse(MouseEvent(x: x, y: y, kind: down ? .wheelDown : .wheelUp))))
    }

    /// The line of the screen that holds the selection mark.
    func selectedLine(_ d: TestDriver) -> String { d.screen.split(separator: "\n").first { $0.contains("›") }.map(String.init) ?? "" }

    @Test func aClickSelectsTheCaseRowUnderThePointer() {
        var d = TestDriver()
        // Rows start at y 4 (header, context, border, column titles): Larch, Wren, Merlin, Kestrel.
        click(&d, 20, 7)
        #expect(d.state.cases.list.selected == 3)
        #expect(selectedLine(d).contains("Operation Kestrel"))
        // Below the last row and on the column titles: nothing moves.
        click(&d, 20, 3)
        #expect(d.state.cases.list.selected == 3)
        // The keyboard goes on from there.
        d.press(CasesCommand.down)
        #expect(selectedLine(d).contains("Operation Heron"))
    }

    @Test func theWheelScrollsThePaneUnderThePointerAndLeavesTheFocus() {
        var d = TestDriver()
        click(&d, 20, 7)      // Kestrel: two requests
        #expect(d.state.cases.focus == .list)
        // The Requests pane is the lower right quarter at 80x24.
        wheel(&d, 60, 16)
        #expect(d.state.cases.requests.selected == 1)
        #expect(d.state.cases.list.selected == 3)
        #expect(d.state.cases.focus == .list)
        wheel(&d, 20, 6)
        #expect(d.state.cases.list.selected == 4)
        wheel(&d, 20, 6, down: false)
        #expect(d.state.cases.list.selected == 3)
    }

    @Test func aClickInTheRequestsPaneFocusesItAndSelectsTheRequest() {
        var d = TestDriver()
        click(&d, 20, 7)
        // The Requests pane: border at y 12, titles at 13, the requests from 14.
        click(&d, 60, 15)
        #expect(d.state.cases.focus == .requests)
        #expect(d.state.cases.requests.selected == 1)
    }

    @Test func aClickOnAScreenInTheHeaderGoesThere() {
        var d = TestDriver()
        // The six tabs are right-aligned in the 80-column header: " 1 Cases " from column 17,
        // " 2 MLA board " from 26, " 5 Agenda " from 60, " 6 People " from 70.
        click(&d, 30, 0)
        #expect(d.state.screen == .board)
        click(&d, 64, 0)
        #expect(d.state.screen == .agenda)
        click(&d, 74, 0)
        #expect(d.state.screen == .people)
        click(&d, 20, 0)
        #expect(d.state.screen == .cases)
        click(&d, 5, 0)        // the store's name: nothing
        #expect(d.state.screen == .cases)
    }

    @Test func aClickOnTheBoardSelectsARequestNotAGroupTitle() {
        var d = TestDriver()
        d.press(GlobalCommand.board)
        // y 4 "Draft (1)", 5 R-401, 6 "Sent (1)", 7 R-201.
        click(&d, 30, 7)
        #expect(selectedLine(d).contains("R-201"))
        click(&d, 30, 6)
        #expect(selectedLine(d).contains("R-201"))
        wheel(&d, 30, 10)
        #expect(!selectedLine(d).contains("R-201"))
    }

    @Test func aClickOnTheAgendaSelectsTheItem() {
        var d = TestDriver(store: AgendaFixture.store())
        d.press(GlobalCommand.agenda)
        // y 4 the group title, 5 the expired CTL (selected), 6 the payment, 7 R-101's reply.
        click(&d, 30, 7)
        #expect(selectedLine(d).contains("Reply due: R-101"))
        d.press(AgendaCommand.open)
        #expect(d.state.detail.caseID == "OCD-LON-0001" && d.state.detail.tab == .requests)
    }

    @Test func aClickOnACaseTabShowsIt() {
        var d = TestDriver()
        click(&d, 20, 7)
        d.press(CasesCommand.open)
        // The tab bar is the first row inside the frame: "[Overview]  Defendants   Hearings ...".
        click(&d, 27, 3)
        #expect(d.state.detail.tab == .hearings)
        click(&d, 3, 3)
        #expect(d.state.detail.tab == .overview)
        wheel(&d, 20, 12)
        #expect(d.state.detail.tab == .overview)
    }

    @Test func inAPopUpTheWheelMovesAsTheArrowsDoAndAClickDoesNothing() {
        var d = TestDriver()
        d.press(GlobalCommand.messages)
        let log = d.state.overlay
        #expect(log != nil)
        click(&d, 20, 7)
        #expect(d.state.overlay == log)
        #expect(d.state.cases.list.selected == 0)
        // The wheel goes to the pop-up, as Down would, not to the list beneath it.
        var keyed = d
        keyed.press(.down)
        wheel(&d, 20, 7)
        #expect(d.state.overlay == keyed.state.overlay)
        #expect(d.state.cases.list.selected == 0)
    }

    @Test func optionsMouseTurnsItOffAndABadValueIsNamed() {
        let s = UISettings(text: "options.mouse = off\noptions.mouse = sometimes\n", file: "config")
        #expect(s.mouse == false)
        #expect(s.problems == ["config:2: options.mouse is on or off, not \"sometimes\""])
        #expect(UISettings(text: "options.mouse = ON\n", file: "config").mouse == true)
        #expect(UISettings(text: "", file: "config").mouse == nil)
    }
}
