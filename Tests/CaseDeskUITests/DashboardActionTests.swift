import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The Dashboard driven by keys through the key tables in force.
@Suite struct DashboardActionTests {
    static func year(_ y: Int) -> ReportPeriod { .year(FinancialYear(startYear: y)) }

    @Test func bracketsStepYearsAndQuarters() {
        var d = DashboardFixture.driver()
        #expect(d.state.dashboard.figures?.period == Self.year(2026))
        d.press(DashboardCommand.previousPeriod)
        #expect(d.state.dashboard.figures?.period == Self.year(2025))
        // 2025-2026: C1, C3 guilty pleas and C2 directed acquittal.
        #expect(d.state.dashboard.figures?.report.total.guiltyPleas == 2)
        #expect(d.state.dashboard.figures?.report.total.directedAcquittals == 1)
        d.press(DashboardCommand.nextPeriod)
        #expect(d.state.dashboard.figures?.period == Self.year(2026))
        d.command("period 2026-2027 Q1")
        d.press(DashboardCommand.previousPeriod)
        #expect(d.state.dashboard.figures?.period == .quarter(FinancialYear(startYear: 2025), .q4))
        d.press(DashboardCommand.nextPeriod)
        d.press(DashboardCommand.nextPeriod)
        #expect(d.state.dashboard.figures?.period == .quarter(FinancialYear(startYear: 2026), .q2))
    }

    @Test func pCyclesYearQuarterAll() {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.cyclePeriod)
        // Today (2026-11-24) is in Q3 (Oct–Dec) of 2026-2027.
        #expect(d.state.dashboard.figures?.period == .quarter(FinancialYear(startYear: 2026), .q3))
        d.press(DashboardCommand.cyclePeriod)
        #expect(d.state.dashboard.figures?.period == .all)
        d.press(DashboardCommand.previousPeriod)
        #expect(d.state.dashboard.figures?.period == .all)
        #expect(d.state.message?.text.contains("All years") == true)
        d.press(DashboardCommand.cyclePeriod)
        #expect(d.state.dashboard.figures?.period == Self.year(2026))
        // From a past year, p stays inside it: its last quarter.
        d.press(DashboardCommand.previousPeriod)
        d.press(DashboardCommand.cyclePeriod)
        #expect(d.state.dashboard.figures?.period == .quarter(FinancialYear(startYear: 2025), .q4))
    }

    @Test func periodCommandAcceptsTheThreeSpellingsAndExplainsAMistake() {
        var d = TestDriver(store: DashboardFixture.store())
        d.command("period 2013-2014")
        #expect(d.state.screen == .dashboard)
        #expect(d.state.dashboard.figures?.period == Self.year(2013))
        d.command("period 2013-2014 Q3")
        #expect(d.state.dashboard.figures?.period == .quarter(FinancialYear(startYear: 2013), .q3))
        d.command("period all")
        #expect(d.state.dashboard.figures?.period == .all)
        d.command("period 2013/14")
        #expect(d.state.dashboard.figures?.period == .all)
        #expect(d.state.message?.text == "Cannot read the period \"2013/14\": expected \(ReportPeriod.expectedSpelling).")
    }

    /// A period with no outcomes: every rate and change is "–", never 0%, and nothing crashes.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 140, height: 40)])
    func aPeriodWithNoOutcomesShowsDashes(_ size: Size) {
        var d = DashboardFixture.driver(size)
        d.command("period 2013-2014")
        let screen = d.screen
        #expect(screen.contains("Conviction rate  –\n") || screen.contains("Conviction rate  –  "))
        #expect(screen.contains("Guilty-plea rate –"))
        #expect(!Self.words(screen).contains("0%"))
        for _ in DashboardState.breakdowns {
            d.press(DashboardCommand.cycleBreakdown)
            #expect(!Self.words(d.screen).contains("0%"))
        }
    }

    static func words(_ screen: String) -> [Substring] { screen.split(whereSeparator: { $0 == " " || $0 == "\n" }) }

    @Test func bCyclesTheBreakdowns() {
        var d = DashboardFixture.driver()
        var seen: [GroupBy] = []
        for _ in 0..<5 {
            d.press(DashboardCommand.cycleBreakdown)
            seen.append(d.state.dashboard.figures!.breakdown)
        }
        #expect(seen == [.crimeType, .unit, .lawyer, .country, .none])
    }

    /// Several crime types: Alder's three defendants count in drug trafficking and in money
    /// laundering, the rows add to more than the total, and the screen says so.
    @Test func aCaseWithTwoCrimeTypesCountsInEachRow() throws {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.cycleBreakdown)
        let report = try #require(d.state.dashboard.figures?.report)
        let byKey = Dictionary(uniqueKeysWithValues: report.rows.map { ($0.key, $0) })
        #expect(byKey["drugTrafficking"]?.outcomesTotal == 3)
        #expect(byKey["moneyLaundering"]?.outcomesTotal == 3)
        #expect(report.rows.map(\.outcomesTotal).reduce(0, +) == 8)
        #expect(report.total.outcomesTotal == 5)
        #expect(d.screen.contains("* A case with several crime types counts in the row of each of them"))
    }

    @Test func enterListsTheCasesBehindAFigureAndOpensOne() throws {
        var d = DashboardFixture.driver()
        // The first figure is guilty pleas: Alder's A1.
        d.press(DashboardCommand.open)
        let drill = try #require(d.state.dashboard.drill)
        #expect(drill.caseIDs == ["DASH-001"])
        #expect(drill.title == "Guilty pleas · 2026-2027")
        #expect(d.screen.contains("DASH-001 Operation Alder"))
        d.press(DashboardCommand.open)
        #expect(d.state.screen == .detail)
        #expect(d.state.detail.caseID == "DASH-001")
        d.press(.escape)
        #expect(d.state.screen == .dashboard)
        #expect(d.state.dashboard.drill != nil)
        d.press(DashboardCommand.back)
        #expect(d.state.dashboard.drill == nil)
        d.press(DashboardCommand.back)
        #expect(d.state.screen == .cases)
    }

    @Test func enterInABreakdownListsTheSelectedCell() throws {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.cycleBreakdown)
        d.press(DashboardCommand.down)          // Organised immigration crime
        for _ in 0..<4 { d.press(DashboardCommand.right) }   // Drop
        #expect(DashboardColumn.all[d.state.dashboard.column].heading == "Drop")
        #expect(d.screen.contains("Column: Dropped"))
        d.press(DashboardCommand.open)
        let drill = try #require(d.state.dashboard.drill)
        #expect(drill.caseIDs == ["DASH-002"])
        #expect(drill.title == "Dropped · Organised immigration crime · 2026-2027")
        d.press(DashboardCommand.back)
        d.press(DashboardCommand.bottom)        // Total
        d.press(DashboardCommand.left)          // Dir: C2 was 2025-2026, so nothing in 2026-2027
        d.press(DashboardCommand.open)
        #expect(d.state.dashboard.drill == nil)
        #expect(d.state.message?.text.contains("No case behind") == true)
    }

    /// A changed case (a save, a refresh) marks the figures stale; they are rebuilt when the
    /// Dashboard is shown, not per frame.
    @Test func aSavedCaseUpdatesTheFigures() {
        var d = DashboardFixture.driver()
        var birch = DashboardFixture.birch
        birch.defendants[2].outcome = Outcome(category: .guiltyPlea, date: DashboardFixture.d("2026-10-01"))
        birch.revision = 1
        d.send(.caseLoaded(birch, purpose: .refresh))
        #expect(d.state.dashboard.figures?.report.total.guiltyPleas == 2)
        #expect(d.state.dashboard.figures?.report.total.convictionRate == 3.0 / 5.0)
    }

    /// Opening the store asks for a full build of the index (off the loop; the driver performs
    /// it at once). Each save asks for the saved case to be put back in place, one build at a
    /// time; a build overtaken by a later save is still installed (it counts the summaries of
    /// its generation), marked as updating, and the next build starts from it with the later
    /// save. A deletion asks for a full build again.
    @Test func savesArePutInPlaceOneBuildAtATime() {
        let d = TestDriver(store: DashboardFixture.store())
        #expect(d.effects.contains { if case .buildMeasures(let r) = $0 { r.base == nil } else { false } })
        #expect(d.state.catalog.measures.index != nil && !d.state.catalog.measures.stale)
        // By hand from here, to hold a build back while another save comes in.
        var state = d.state
        func builds(_ effects: [Effect]) -> [MeasuresRequest] {
            effects.compactMap { if case .buildMeasures(let r) = $0 { r } else { nil } }
        }
        // `3` alone: its wait for a second key (a count) over, it opens the Dashboard.
        for case .waitForCount(let serial) in CaseDeskApp.reduce(&state, .event(.key(.char("3")))) {
            _ = CaseDeskApp.reduce(&state, .countWaitOver(serial: serial))
        }
        let pleas = state.dashboard.figures?.report.total.guiltyPleas ?? -1
        let dropped = state.dashboard.figures?.report.total.dropped ?? -1
        var birch = DashboardFixture.birch
        birch.defendants[2].outcome = Outcome(category: .guiltyPlea, date: DashboardFixture.d("2026-10-01"))
        birch.revision = 1
        let first = builds(CaseDeskApp.reduce(&state, .caseLoaded(birch, purpose: .refresh)))
        #expect(first.count == 1 && first[0].base != nil && first[0].changes.count == 1 && state.catalog.measures.stale)
        birch.defendants[2].outcome = Outcome(category: .dropped, date: DashboardFixture.d("2026-10-02"))
        birch.revision = 2
        #expect(builds(CaseDeskApp.reduce(&state, .caseLoaded(birch, purpose: .refresh))).isEmpty)   // one at a time
        // The first build lands after the second save: shown, marked as updating, built upon.
        // (In this three-case store every case holds a first or last day of the store, so the
        // build falls back to reading every summary; MeasureIndexReplacingTests covers the
        // in-place path on a demo store.)
        let firstBuilt = first[0].build()
        let again = builds(CaseDeskApp.reduce(&state, .measuresBuilt(firstBuilt)))
        #expect(state.catalog.measures.stale && again.count == 1 && again[0].changes.count == 1)
        #expect(state.dashboard.figures?.report.total.guiltyPleas == pleas + 1)
        #expect(CaseDeskApp.render(state, size: state.size).text().contains("updating…"))
        _ = CaseDeskApp.reduce(&state, .measuresBuilt(again[0].build()))
        #expect(!state.catalog.measures.stale && state.catalog.measures.building == nil && state.catalog.measures.changes.isEmpty)
        #expect(state.dashboard.figures?.report.total.guiltyPleas == pleas)
        #expect(state.dashboard.figures?.report.total.dropped == dropped + 1)
        #expect(!CaseDeskApp.render(state, size: state.size).text().contains("updating…"))
        // The figures are those of a full build over the summaries as they are now.
        let full = MeasuresRequest(summaries: state.summaries, chaseIntervalDays: state.chaseInterval, today: state.today,
                                   generation: 0).build()
        #expect(state.dashboard.figures?.report == Measures.report(full.index, period: .year(containing: state.today),
                                                                   groupBy: .none, today: state.today, meta: state.meta))
        // A deletion: every summary is read again.
        let afterDelete = builds(CaseDeskApp.reduce(&state, .deleted(id: DashboardFixture.birch.id, purpose: .edit(.form))))
        #expect(afterDelete.count == 1 && afterDelete[0].base == nil)
    }

    /// Unit names share their first words: cut to the column they would all read the same, so
    /// when one does not fit, every unit row leads with its code.
    @Test func unitRowsLeadWithTheirCodeWhenANameDoesNotFit() {
        var d = DashboardFixture.driver()
        while d.state.dashboard.breakdown != .unit { d.press(DashboardCommand.cycleBreakdown) }
        #expect(d.screen.contains("OCD-BHM Organised Crime D…"))
        #expect(d.screen.contains("OCD-LON Organised Crime D…"))
        d.resize(Size(width: 140, height: 40))
        #expect(d.screen.contains("Organised Crime Division Birmingham") && !d.screen.contains("OCD-BHM Organised"))
    }

    @Test func exportWritesMarkdownOrCSVByExtension() throws {
        try withScratchDirectory("dashboard") { dir in
            var d = DashboardFixture.driver()
            let md = dir.appendingPathComponent("review.md").path
            d.command("export " + md)
            let markdown = try String(contentsOfFile: md, encoding: .utf8)
            #expect(markdown.hasPrefix("## 2026-2027\n"))
            #expect(markdown.contains("| Conviction rate | 50% | 67% | -17 |"))
            #expect(markdown.contains("| 2025-2026 | 67% | 3 |"))
            #expect(markdown.contains("| Cases open | Cases opened | Cases finalised |"))
            #expect(d.state.message?.text == "Wrote the dashboard for 2026-2027 to \(md).")

            d.press(DashboardCommand.cycleBreakdown)
            let csv = dir.appendingPathComponent("review.csv").path
            d.command("export " + csv)
            let text = try String(contentsOfFile: csv, encoding: .utf8)
            // The report's block, then (after a blank line) the custody time limit block that
            // `casedesk report --format csv` adds for the same period and breakdown.
            let blocks = text.components(separatedBy: "\r\n\r\n")
            let lines = blocks[0].components(separatedBy: "\r\n").filter { !$0.isEmpty }
            #expect(lines.first?.hasPrefix("key,label,asOf,guiltyPleas,") == true)
            #expect(lines.count == 1 + 3)   // drug trafficking, organised immigration crime, money laundering
            #expect(blocks.count == 2 && blocks[1].hasPrefix("key,label,asOf,ctlRunning,"))

            let txt = dir.appendingPathComponent("review.txt").path
            d.command("export " + txt)
            #expect(!FileManager.default.fileExists(atPath: txt))
            #expect(d.state.message?.text == "Use a file ending in .md (markdown) or .csv to export the dashboard; nothing written to \(txt).")
        }
    }

    @Test func helpAndFooterComeFromTheKeyTable() {
        var d = DashboardFixture.driver()
        let footer = d.screen.split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("[ prev") && footer.contains("] next") && footer.contains("b breakdown"))
        d.press(GlobalCommand.helpScreen)
        for c in DashboardCommand.allCases { #expect(d.screen.contains(c.help) || c.help.count > 60, "help for \(c)") }
    }
}
