import CaseCore
import Foundation
import TerminalUI
@testable import CaseDeskUI

/// Everything a person or a batch command does with a case, run on one case that validation
/// accepted (issue 13.1 and 13.12): list it (every sort, a filter, the request board), report
/// on it (every grouping over all years, its own year and quarter, and today's year, in every
/// format), show it on every screen and tab at a normal and a tiny size, and save it. A crash
/// or a trap anywhere ends the test run, which is the failure these tests look for; what is
/// returned is only what can be checked without a crash.
enum CaseExercise {
    struct Outcome { var screens = 0; var reports = 0; var saved = false }

    static func run(_ c: Case, meta: StoreMeta, thorough: Bool = true) -> Outcome {
        var out = Outcome()
        let today = Fixture.today
        let summaries = [CaseSummary(c)]
        let context = QueryContext(today: today, chaseIntervalDays: meta.chaseIntervalDays)
        // Listed: every sort in both directions, a text filter, the MLA board in every order.
        for key in CaseSortKey.allCases {
            for ascending in [true, false] { _ = CaseSort(key, ascending: ascending).apply([0], of: summaries, context: context, meta: meta) }
        }
        _ = CaseFilter(text: String(c.title.prefix(3))).apply(to: summaries, context: context)
        for key in RequestSortKey.allCases { _ = RequestBoard(summaries, context: context, sortBy: key) }
        // Reported.
        let fy = FinancialYear(containing: c.opened)
        var periods: [ReportPeriod] = [.all, .year(fy), .quarter(fy, .q1), .year(FinancialYear(containing: today))]
        if !thorough { periods = [.all, .year(fy)] }
        let index = MeasureIndex(summaries, chaseIntervalDays: meta.chaseIntervalDays)
        index.prepareReports(today: today)
        for p in periods {
            for g in GroupBy.allCases {
                let report = Measures.report(index, period: p, groupBy: g, today: today, meta: meta)
                for f in ReportFormatter.allCases where thorough || f == .table { _ = f.format(report) }
                out.reports += 1
            }
        }
        // Shown and saved through the UI, on the in-memory store.
        let store = MemoryStore(meta: meta, cases: [c], clock: Fixture.clock)
        for size in thorough ? [Size(width: 80, height: 24), Size(width: 60, height: 17)] : [Size(width: 80, height: 24)] {
            var d = TestDriver(store: store, size: size)
            func look() { _ = d.screen; out.screens += 1 }
            look()
            d.press(CasesCommand.sort); look()
            d.press(CasesCommand.open); look()
            for _ in DetailTab.allCases {
                look()
                d.press(DetailCommand.bottom); look()
                d.press(DetailCommand.pageUp); d.press(DetailCommand.up); look()
                d.press(DetailCommand.nextTab)
            }
            d.press(DetailCommand.back)
            d.press(GlobalCommand.board); look()
            d.press(BoardCommand.bottom); look()
            d.press(GlobalCommand.dashboard); look()
            for _ in 0..<(thorough ? 3 : 1) {
                for _ in 0..<(thorough ? 5 : 2) {
                    d.press(DashboardCommand.cycleBreakdown); look()
                    d.press(DashboardCommand.previousPeriod); d.press(DashboardCommand.nextPeriod); d.press(DashboardCommand.nextPeriod); look()
                    d.press(DashboardCommand.bottom); d.press(DashboardCommand.open); look()
                    d.press(DashboardCommand.back)
                }
                d.press(DashboardCommand.cyclePeriod); look()
            }
            d.press(GlobalCommand.helpScreen); look()
        }
        // Saved: a note added and saved as `casedesk note` does, then read back.
        var edited = c
        edited.notes.append(Note(at: Fixture.clock, author: Fixture.user, text: "checked"))
        if (try? store.save(edited, baseRevision: c.revision, user: Fixture.user, action: "note")) != nil {
            out.saved = true
        }
        return out
    }

    /// Saves `c` into a real store on disk (as a new case, then once more over itself) and
    /// reads it back: the path `casedesk note` and the UI take. Throws what the store says.
    static func saveOnDisk(_ c: Case, in store: JSONDirectoryStore) throws -> Case {
        let first = try store.save(c, baseRevision: nil, user: Fixture.user, action: "create")
        var again = first
        again.notes.append(Note(at: Fixture.clock, author: Fixture.user, text: "again"))
        let second = try store.save(again, baseRevision: first.revision, user: Fixture.user, action: "note")
        let back = try store.load(id: c.id)
        precondition(back.revision == second.revision, "a saved case did not read back")
        return back
    }
}
