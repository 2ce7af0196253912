import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The Agenda (key 5): groups, marks, filters, Enter to the right tab, x marks a task done.
/// Its screen at 80x24 and 140x40 is the scenario `agenda` (ScreenTests, Screens/agenda-*.txt).
@Suite struct AgendaTests {
    func onAgenda(_ size: Size = Size(width: 80, height: 24), store: MemoryStore = AgendaFixture.store()) -> TestDriver {
        var d = TestDriver(store: store, size: size)
        d.press(GlobalCommand.agenda)
        return d
    }

    @Test func enterOpensTheCaseAtTheTabThatHoldsTheItem() {
        var d = onAgenda()
        // The first item is the expired CTL of INTL-0005: the Defendants tab.
        d.press(AgendaCommand.open)
        #expect(d.state.screen == .detail)
        #expect(d.state.detail.caseID == "INTL-0005" && d.state.detail.tab == .defendants)
        d.press(GlobalCommand.quit)
        #expect(d.state.screen == .agenda)
        // Down to the reply due of R-101: the Requests tab, on that request.
        while AgendaScreen.selected(d.state)?.request != "R-101" { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.open)
        #expect(d.state.detail.caseID == "OCD-LON-0001" && d.state.detail.tab == .requests && d.state.detail.request == 0)
        d.press(GlobalCommand.quit)
        while AgendaScreen.selected(d.state)?.kind != .hearing { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.open)
        #expect(d.state.detail.tab == .hearings)
    }

    @Test func xMarksTheTaskDoneWithAnAuditLineAndUndo() throws {
        let store = AgendaFixture.store()
        var d = onAgenda(store: store)
        d.press(AgendaCommand.down)     // not a task: x says so and saves nothing
        d.press(AgendaCommand.done)
        #expect(d.screen.contains("x marks a task done"))
        while AgendaScreen.selected(d.state)?.task != "T1" { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.done)
        let saved = try #require(store.stored("OCD-LON-0001"))
        #expect(saved.tasks[0].done == TaskDone(date: Fixture.today, by: Fixture.user))
        #expect(saved.revision == Fixture.kestrel.revision + 1)
        #expect(store.auditEntries.last?.action == "task done")
        // The Agenda is rebuilt at once: the task is gone, the overdue count down by one.
        #expect(!d.screen.contains("Serve the case summary"))
        #expect(d.screen.contains("* 5 overdue"))
        #expect(d.screen.contains("Task T1 of OCD-LON-0001 done (2026-11-24)"))
        // An item of another case selected: its case is the one on screen, so undo asks first.
        for _ in 0..<40 where AgendaScreen.selected(d.state)?.caseID == "OCD-LON-0001" { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.undo)
        #expect(d.screen.contains("Undo “Task T1 done” in OCD-LON-0001"))
        d.press(.char("y"))
        #expect(try #require(store.stored("OCD-LON-0001")).tasks[0].done == nil)
        #expect(d.screen.contains("Serve the case summary"))
    }

    @Test func undoAfterAddingATaskAsksOnlyWhenTheSelectedItemIsInAnotherCase() throws {
        let store = AgendaFixture.store()
        var d = onAgenda(store: store)
        for _ in 0..<40 where AgendaScreen.selected(d.state)?.caseID != "OCD-LON-0001" { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.add)
        d.fill("title", "Call the officer in the case")
        d.press(.enter)
        #expect(try #require(store.stored("OCD-LON-0001")).tasks.count == 4)
        // The selected item is of the case the task went to: that case is on screen, no question.
        #expect(AgendaScreen.selected(d.state)?.caseID == "OCD-LON-0001")
        d.press(AgendaCommand.undo)
        #expect(!d.screen.contains("It is not the case on screen"))
        #expect(d.state.overlay == nil)
        #expect(try #require(store.stored("OCD-LON-0001")).tasks.count == 3)
        d.press(AgendaCommand.redo)
        #expect(try #require(store.stored("OCD-LON-0001")).tasks.count == 4)
        // An item of another case selected: undo asks first.
        for _ in 0..<40 where AgendaScreen.selected(d.state)?.caseID == "OCD-LON-0001" { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.undo)
        #expect(d.screen.contains("It is not the case on screen"))
        d.press(.char("y"))
        #expect(try #require(store.stored("OCD-LON-0001")).tasks.count == 3)
    }

    @Test func theFormOfATaskNamesTheCaseItGoesTo() {
        // From the Agenda (or the list) the case is not on screen behind the form: its title
        // says which case the task is added to, as the detail's forms do.
        var d = onAgenda()
        for _ in 0..<40 where AgendaScreen.selected(d.state)?.caseID != "OCD-LON-0001" { d.press(AgendaCommand.down) }
        d.press(AgendaCommand.add)
        #expect(d.screen.contains("Add task · OCD-LON-0001 · rev \(Fixture.kestrel.revision) · OFFICIAL-SENSITIVE"))
    }

    @Test func filtersMineKindUnitLawyer() {
        var d = onAgenda()
        d.press(AgendaCommand.mine)
        // shughes: Kestrel and Larch are hers; Book the interpreter is Tom Walsh's task on her case.
        let cases = Set(d.state.agenda.rows.items(in: d.state.catalog.summaries).map(\.caseID))
        #expect(cases == ["OCD-LON-0001", "CCU-MER-0003"])
        #expect(d.screen.contains("Filter: mine"))
        d.press(AgendaCommand.clearFilters)
        d.press(AgendaCommand.kind)      // the first kind: CTL expiries
        #expect(d.state.agenda.rows.items(in: d.state.catalog.summaries).map(\.kind) == [.custodyTimeLimit, .custodyTimeLimit])
        #expect(d.screen.contains("Filter: ctl expiry"))
        d.press(AgendaCommand.clearFilters)
        d.press(AgendaCommand.unit)      // the first unit: OCD-LON
        #expect(Set(d.state.agenda.rows.items(in: d.state.catalog.summaries).map(\.caseID)) == ["OCD-LON-0001"])
        d.press(AgendaCommand.clearFilters)
        d.press(AgendaCommand.lawyer)    // the first prosecutor: Sarah Hughes
        #expect(Set(d.state.agenda.rows.items(in: d.state.catalog.summaries).map(\.caseID)) == ["OCD-LON-0001", "CCU-MER-0003"])
        #expect(d.screen.contains("Filter: Sarah Hughes"))
        d.press(AgendaCommand.clearFilters)
        #expect(d.state.agenda.counts.items == 19)
    }

    @Test func theKeyIsInTheHelpAndTheFooter() {
        var d = TestDriver(store: AgendaFixture.store(), size: Size(width: 100, height: 40))
        d.press(GlobalCommand.helpScreen)
        #expect(HelpScreen.lines(d.state).contains { $0.spans.contains { $0.text.contains("Agenda: every deadline across the cases") } })
        d.press(GlobalCommand.agenda)
        #expect(d.screen.contains("x done"))
        d.press(GlobalCommand.help)
        #expect(d.screen.contains("Help: Agenda"))
        #expect(d.screen.contains("mark the selected task done"))
    }
}
