import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The overview's caseload per unit and per lawyer, on `DashboardFixture` worked by hand.
///
/// 2026-2027 (today 2026-11-24): Alder (OCD-LON, Sarah Hughes) was finalised 2026-09-30, so it
/// is finalised in the period and not open; Birch (OCD-BHM, Amir Khan) was opened 2026-05-01
/// and is open; Cedar (OCD-LON, Sarah Hughes) was finalised 2025-12-01, outside the period.
/// So OCD-BHM and Amir Khan: open 1, opened 1, finalised 0; OCD-LON and Sarah Hughes: 0, 0, 1.
/// 2025-2026 (as of 2026-03-31): Alder open (opened 2025-01-10, a year before), Cedar
/// finalised in it, Birch not yet opened: OCD-LON and Sarah Hughes 1, 0, 1, and no one else.
@Suite struct DashboardCaseloadTests {
    static func caseload(_ rows: [MeasureRow]) -> [String] {
        rows.map { "\($0.key) \($0.casesOpen) \($0.casesOpened) \($0.casesFinalised)" }
    }

    @Test func perUnitAndPerLawyerOfTheDefaultYear() throws {
        let d = DashboardFixture.driver()
        let f = try #require(d.state.dashboard.figures)
        #expect(Self.caseload(f.unitCaseload) == ["OCD-BHM 1 1 0", "OCD-LON 0 0 1"])
        // Most open first.
        #expect(Self.caseload(f.lawyerCaseload) == ["akhan 1 1 0", "shughes 0 0 1"])
        #expect(f.lawyerCaseload.map(\.label) == ["Amir Khan", "Sarah Hughes"])
    }

    @Test func perUnitAndPerLawyerOfThePreviousYear() throws {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.previousPeriod)
        let f = try #require(d.state.dashboard.figures)
        #expect(Self.caseload(f.unitCaseload) == ["OCD-LON 1 0 1"])
        #expect(Self.caseload(f.lawyerCaseload) == ["shughes 1 0 1"])
    }

    /// A breakdown does not need them (its table has the caseload columns).
    @Test func onlyTheOverviewComputesThem() throws {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.cycleBreakdown)
        let f = try #require(d.state.dashboard.figures)
        #expect(f.unitCaseload.isEmpty && f.lawyerCaseload.isEmpty)
    }

    /// The lines drawn: units by id (the names do not fit a column at 80 or 140), lawyers by
    /// name, the three counts under the headings of the title line.
    @Test(arguments: [Size(width: 80, height: 24), Size(width: 140, height: 40)])
    func theSectionsShowTheFigures(_ size: Size) {
        let d = DashboardFixture.driver(size)
        let flow = DashboardLayout.overview(d.state, size: size)
        let unit = flow.sections.first { $0.title == "Caseload by unit" }
        let lawyer = flow.sections.first { $0.title == "Caseload by lawyer" }
        #expect(unit?.aside == "Open Opened Final")
        #expect(unit?.items.map(\.label) == ["OCD-BHM", "OCD-LON"])
        #expect(unit?.items.map { $0.cells.map { $0.trimmingCharacters(in: .whitespaces) } } == [["1", "1", "0"], ["0", "0", "1"]])
        #expect(lawyer?.items.map(\.label) == ["Amir Khan", "Sarah Hughes"])
        // Every line is a stop for j/k, and its cells list what they count.
        let targets = unit?.items.first?.cellTargets
        #expect(targets?.map(\.figure) == [.casesOpen, .casesOpened, .casesFinalised])
        #expect(targets?.allSatisfy { $0.groupBy == .unit && $0.rowKey == "OCD-BHM" } == true)
    }

    /// j/k reach a unit's line, h/l choose the count, Enter lists the cases behind it.
    @Test func enterListsTheCasesOfTheChosenCount() throws {
        var d = DashboardFixture.driver()
        let flow = DashboardLayout.overview(d.state, size: d.state.size)
        let first = try #require(flow.selectable.firstIndex { flow.item($0.slot)?.label == "OCD-BHM" })
        for _ in 0..<first { d.press(DashboardCommand.down) }
        d.press(DashboardCommand.right)         // Opened
        #expect(d.state.dashboard.cell == 1)
        d.press(DashboardCommand.open)
        var drill = try #require(d.state.dashboard.drill)
        #expect(drill.caseIDs == ["DASH-002"])
        #expect(drill.title == "Cases opened · Organised Crime Division Birmingham · 2026-2027")
        d.press(DashboardCommand.back)
        d.press(DashboardCommand.down)          // OCD-LON, still on Opened: none this year
        d.press(DashboardCommand.open)
        #expect(d.state.dashboard.drill == nil)
        #expect(d.state.message?.text.contains("No case behind cases opened") == true)
        d.press(DashboardCommand.right)         // Final, then wraps to Open
        d.press(DashboardCommand.open)
        drill = try #require(d.state.dashboard.drill)
        #expect(drill.caseIDs == ["DASH-001"])
        #expect(drill.title == "Cases finalised · Organised Crime Division London · 2026-2027")
        d.press(DashboardCommand.back)
        d.press(DashboardCommand.right)
        #expect(d.state.dashboard.cell == 0)
        // A lawyer's line: Amir Khan's open case.
        d.press(DashboardCommand.down)
        d.press(DashboardCommand.open)
        drill = try #require(d.state.dashboard.drill)
        #expect(drill.caseIDs == ["DASH-002"])
        #expect(drill.title == "Cases open · Amir Khan · 2026-2027")
    }

    /// h/l on a line with one figure change nothing.
    @Test func leftAndRightOnAPlainFigureDoNothing() {
        var d = DashboardFixture.driver()
        d.press(DashboardCommand.right)
        #expect(d.state.dashboard.cell == 0)
        d.press(DashboardCommand.open)
        #expect(d.state.dashboard.drill?.title == "Guilty pleas · 2026-2027")
    }

    /// 42 lawyers: l42 has three open cases, l41 two, the others one each (then by name):
    /// past 40 lawyers the 30 with most open are listed (l42, l41, l01 … l28), then "… 12
    /// more"; the breakdown by lawyer has all 42.
    @Test func manyLawyersShowTheTopThirtyAndSayHowManyMore() throws {
        func id(_ k: Int) -> String { k < 10 ? "l0\(k)" : "l\(k)" }
        let people = (1...42).map { Person(id: id($0), name: "Lawyer " + id($0), role: .prosecutor) }
        let meta = StoreMeta(name: "Many", units: DashboardFixture.meta.units, people: people, chaseIntervalDays: 28)
        var cases: [Case] = []
        for k in 1...42 {
            for j in 1...(k == 42 ? 3 : k == 41 ? 2 : 1) {
                cases.append(Case(id: "M-\(k)-\(j)", title: "Case \(k)/\(j)", unit: "OCD-LON", lawyer: id(k),
                                  crimeTypes: [.fraud], status: .preCharge, opened: DashboardFixture.d("2026-05-01"),
                                  updated: Fixture.clock))
            }
        }
        var d = TestDriver(store: MemoryStore(meta: meta, cases: cases, clock: Fixture.clock), size: Size(width: 80, height: 24))
        d.press(GlobalCommand.dashboard)
        let f = try #require(d.state.dashboard.figures)
        #expect(f.lawyerCaseload.map(\.key) == ["l42", "l41"] + (1...40).map(id))
        #expect(Self.caseload(f.unitCaseload) == ["OCD-LON 45 45 0"])
        #expect(Self.caseload(Array(f.lawyerCaseload.prefix(3))) == ["l42 3 3 0", "l41 2 2 0", "l01 1 1 0"])
        let flow = DashboardLayout.overview(d.state, size: d.state.size)
        let lawyer = try #require(flow.sections.first { $0.title == "Caseload by lawyer" })
        #expect(lawyer.items.filter { $0.kind == .figure }.map(\.label) == (["l42", "l41"] + (1...28).map(id)).map { "Lawyer " + $0 })
        #expect(lawyer.items.last?.label == "… 12 more (breakdown by lawyer: b)")
        // G goes to the last lawyer shown and shows the line after it.
        d.press(DashboardCommand.bottom)
        #expect(d.screen.contains("… 12 more (breakdown by lawyer: b)"))
        #expect(d.screen.contains("›Lawyer l28"))
        while d.state.dashboard.breakdown != .lawyer { d.press(DashboardCommand.cycleBreakdown) }
        #expect(d.state.dashboard.figures?.report.rows.count == 42)
    }

    /// Up to 40 lawyers, every one is listed.
    @Test func aTeamOfFortyIsListedWhole() throws {
        let rows = (1...40).map { k in
            var r = Measures.report([], period: .all, groupBy: .none, context: QueryContext(today: DashboardFixture.today)).total
            r.rowKey = .lawyer("l\(k)")
            r.label = "Lawyer \(k)"
            r.casesOpen = 1
            return r
        }
        let section = DashboardSections.caseloadBy(.lawyer, rows: rows, width: 38, limit: DashboardSections.lawyerLimit)
        #expect(section.items.count == 40)
        #expect(section.items.allSatisfy { $0.isSelectable })
    }

    @Test func noCaseloadSaysSo() throws {
        var d = DashboardFixture.driver()
        d.command("period 2013-2014")
        let flow = DashboardLayout.overview(d.state, size: d.state.size)
        let unit = try #require(flow.sections.first { $0.title == "Caseload by unit" })
        #expect(unit.items.map(\.label) == ["No case open, opened or finalised."])
    }

    /// `:export FILE.md` of the overview has both tables, units by name, every lawyer.
    @Test func theMarkdownExportHasTheCaseloadTables() throws {
        var d = DashboardFixture.driver()
        let text = try #require(try d.exported("review.md"))
        #expect(text.contains("""
            ### Caseload by unit

            | Unit | Cases open | Cases opened | Cases finalised |
            |---|---:|---:|---:|
            | Organised Crime Division Birmingham | 1 | 1 | 0 |
            | Organised Crime Division London | 0 | 0 | 1 |

            ### Caseload by lawyer

            | Lawyer | Cases open | Cases opened | Cases finalised |
            |---|---:|---:|---:|
            | Amir Khan | 1 | 1 | 0 |
            | Sarah Hughes | 0 | 0 | 1 |

            """))
    }
}
