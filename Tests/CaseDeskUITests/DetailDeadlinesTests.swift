import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The case detail with version 2 data: CTLs with days left and their marks on the Overview
/// and Defendants tabs, the tasks on the Overview.
@Suite struct DetailDeadlinesTests {
    func detail(_ id: String, store: MemoryStore = AgendaFixture.store()) -> TestDriver {
        var d = TestDriver(store: store, size: Size(width: 100, height: 40))
        d.send(.event(.key(.char(":"))))
        d.type("open \(id)")
        d.press(.enter)
        return d
    }

    @Test func overviewShowsTheRunningCTLAndTheTasks() {
        let d = detail("OCD-LON-0001")
        let screen = d.screen
        #expect(screen.contains("Custody time limits"))
        #expect(screen.contains("! AT RISK Marcus Hale: 182-day CTL from 2026-06-15: expires 2026-12-14, 20 days left"))
        #expect(screen.contains("☐ Serve the case summary  due 2026-11-20  Sarah Hughes  * OVERDUE"))
        #expect(screen.contains("☐ Book the interpreter  due 2026-11-26  Tom Walsh"))
        #expect(screen.contains("☑ Review disclosure  due 2026-11-10  done 2026-11-09 by shughes"))
    }

    @Test func xOnTheOverviewMarksTheChosenTaskDoneOrReopensIt() throws {
        let store = AgendaFixture.store()
        var d = detail("OCD-LON-0001", store: store)
        #expect(d.screen.contains("x done"))
        // Three tasks: x asks which, as e does.
        d.press(DetailCommand.taskDone)
        d.pick("Task T1")
        var saved = try #require(store.stored("OCD-LON-0001"))
        #expect(saved.tasks[0].done == TaskDone(date: Fixture.today, by: Fixture.user))
        #expect(saved.revision == AgendaFixture.kestrel.revision + 1)
        #expect(store.auditEntries.last?.action == "task done")
        #expect(d.screen.contains("☑ Serve the case summary  due 2026-11-20  Sarah Hughes  done 2026-11-24 by \(Fixture.user)"))
        // A done task is reopened.
        d.press(DetailCommand.taskDone)
        d.pick("Task T3")
        saved = try #require(store.stored("OCD-LON-0001"))
        #expect(saved.tasks[2].done == nil)
        #expect(saved.revision == AgendaFixture.kestrel.revision + 2)
        #expect(store.auditEntries.last?.action == "task reopened")
        #expect(d.screen.contains("☐ Review disclosure  due 2026-11-10"))
        // Undo takes it back without a question: this is the case on screen.
        d.press(DetailCommand.undo)
        #expect(try #require(store.stored("OCD-LON-0001")).tasks[2].done == TaskDone(date: Fixture.d("2026-11-09"), by: "shughes"))
        #expect(d.screen.contains("Undone “Task T3 reopened”"))
        // Elsewhere than the Overview, x says where it works and saves nothing.
        d.press(DetailCommand.nextTab)
        d.press(DetailCommand.taskDone)
        #expect(d.screen.contains("x marks a task done or reopens it on the Overview tab"))
        #expect(try #require(store.stored("OCD-LON-0001")).revision == AgendaFixture.kestrel.revision + 3)
        d.press(GlobalCommand.help)
        #expect(d.screen.contains("mark a task of the case done, or reopen it"))
    }

    @Test func xOnACaseWithOneTaskTogglesItWithoutAsking() throws {
        var larch = AgendaFixture.larch
        larch.tasks = [CaseTask(id: "T1", title: "Write to the bank", created: Fixture.d("2026-11-01"))]
        let store = MemoryStore(meta: Fixture.meta, cases: [larch], clock: Fixture.clock)
        var d = detail("CCU-MER-0003", store: store)
        d.press(DetailCommand.taskDone)
        #expect(try #require(store.stored("CCU-MER-0003")).tasks[0].done == TaskDone(date: Fixture.today, by: Fixture.user))
        d.press(DetailCommand.taskDone)
        #expect(try #require(store.stored("CCU-MER-0003")).tasks[0].done == nil)
        let none = MemoryStore(meta: Fixture.meta, cases: [AgendaFixture.larch], clock: Fixture.clock)
        d = detail("CCU-MER-0003", store: none)
        d.press(DetailCommand.taskDone)
        #expect(d.screen.contains("CCU-MER-0003 has no tasks; a adds one."))
    }

    @Test func defendantsTabShowsRemandExpiredCTLAndTheCourtsDate() {
        var wren = AgendaFixture.wren
        wren.defendants[0].custodyTimeLimits[0].expires = Fixture.d("2026-11-19")
        wren.defendants[0].custodyTimeLimits[0].extensions = [CTLExtension(applied: Fixture.d("2026-11-01"), heard: Fixture.d("2026-11-05"),
                                                                           granted: false)]
        let store = MemoryStore(meta: Fixture.meta, cases: [wren], clock: Fixture.clock)
        var d = detail("INTL-0005", store: store)
        d.press(DetailCommand.nextTab)
        let screen = d.screen
        #expect(screen.contains("  Remand: Remanded in custody"))
        #expect(screen.contains("‼ EXPIRED 182-day CTL from 2026-05-20: expires 2026-11-19, 5 days ago"))
        #expect(screen.contains("court's date 2026-11-19 differs from the computed 2026-11-18"))
        #expect(screen.contains("extension applied 2026-11-01, heard 2026-11-05: refused"))
    }
}

/// The case list's quick filters of version 2 (`f r`, `f n`).
@Suite struct CasesDeadlineFilterTests {
    func visibleIDs(_ d: TestDriver) -> Set<String> { Set(d.state.cases.visible.map { d.state.summaries[$0].id }) }

    @Test func ctlAtRiskAndNoNextAction() {
        var d = TestDriver(store: AgendaFixture.store())
        d.press(CasesCommand.quickFilter)
        d.press(.char("r"))
        // Kestrel's CTL is at risk, Wren's expired.
        #expect(visibleIDs(d) == ["OCD-LON-0001", "INTL-0005"])
        #expect(d.screen.contains("CTL at risk"))
        d.press(CasesCommand.quickFilter)
        d.press(.char("x"))
        d.press(CasesCommand.quickFilter)
        d.press(.char("n"))
        // Larch: post-conviction, its only request executed, no hearing ahead, no task.
        #expect(visibleIDs(d) == ["CCU-MER-0003"])
        #expect(d.screen.contains("no next action"))
    }
}
