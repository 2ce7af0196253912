import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// A breakdown's change of the conviction rate from the period before, row by row (the ±pts
/// column and the selected row's Rates section), on stores worked by hand.
@Suite struct DashboardChangeTests {
    static func d(_ s: String) -> Day { DashboardFixture.d(s) }

    /// Unit X: 2025-2026 a guilty plea and a drop (50%); 2026-2027 three guilty pleas and a
    /// drop (75%): ▲ 25. Unit Y: 2025-2026 a guilty plea (100%); 2026-2027 a guilty plea and
    /// a drop (50%): ▼ 50. Unit Z: only 2026-2027, an acquittal after trial (0%): no rate
    /// before, so –. Total: 2025-2026 2 of 3 (67%), 2026-2027 4 of 7 (57%): ▼ 10 (-9.52
    /// rounds to -10). Guilty-plea rates: X 50% → 75% (▲ 25), Y 100% → 50% (▼ 50).
    static func store() -> MemoryStore {
        let meta = StoreMeta(name: "Change", units: [
            Unit(id: "X", name: "Unit X", kind: .complexCaseworkUnit),
            Unit(id: "Y", name: "Unit Y", kind: .complexCaseworkUnit),
            Unit(id: "Z", name: "Unit Z", kind: .complexCaseworkUnit),
        ], people: [], chaseIntervalDays: 28)
        func defendant(_ id: String, _ o: OutcomeCategory, _ day: String) -> Defendant {
            Defendant(id: id, name: "Defendant " + id, custody: .onBail, outcome: Outcome(category: o, date: d(day)))
        }
        func kase(_ id: String, _ unit: String, _ defendants: [Defendant]) -> Case {
            Case(id: id, title: "Case " + id, unit: unit, crimeTypes: [.fraud], status: .postConviction,
                 opened: d("2024-05-01"), defendants: defendants, updated: Fixture.clock)
        }
        let cases = [
            kase("X-1", "X", [defendant("X1", .guiltyPlea, "2025-06-01"), defendant("X2", .dropped, "2025-07-01")]),
            kase("X-2", "X", [defendant("X3", .guiltyPlea, "2026-06-01"), defendant("X4", .guiltyPlea, "2026-06-02"),
                              defendant("X5", .guiltyPlea, "2026-06-03"), defendant("X6", .dropped, "2026-06-04")]),
            kase("Y-1", "Y", [defendant("Y1", .guiltyPlea, "2025-08-01"), defendant("Y2", .guiltyPlea, "2026-08-01"),
                              defendant("Y3", .dropped, "2026-08-02")]),
            kase("Z-1", "Z", [defendant("Z1", .acquittedAfterTrial, "2026-09-01")]),
        ]
        return MemoryStore(meta: meta, cases: cases, clock: Fixture.clock)
    }

    static func byUnit(_ size: Size = Size(width: 80, height: 24)) -> TestDriver {
        var d = TestDriver(store: store(), size: size)
        d.press(GlobalCommand.dashboard)
        while d.state.dashboard.breakdown != .unit { d.press(DashboardCommand.cycleBreakdown) }
        return d
    }

    static var change: DashboardColumn { DashboardColumn.all.first { $0.heading == "±pts" }! }

    @Test func eachRowAgainstTheSameRowTheYearBefore() throws {
        let d = Self.byUnit()
        let f = try #require(d.state.dashboard.figures)
        #expect(f.report.rows.map(\.key) == ["X", "Y", "Z"])
        #expect(f.report.rows.map { Self.change.text($0, previous: f.previous(of: $0, isTotal: false)) } == ["▲ 25", "▼ 50", "–"])
        #expect(Self.change.text(f.report.total, previous: f.previous(of: f.report.total, isTotal: true)) == "▼ 10")
        #expect(f.rowHeadline(f.report.rows[0], isTotal: false).guiltyPleaRateChange.map { Percent.points($0) } == "+25")
        // The table draws them in the column after Conv%.
        let lines = d.screen.split(separator: "\n").map(String.init)
        #expect(lines[2].contains("Conv%  ±pts"))
        #expect(lines[3].contains("75%  ▲ 25   75%"))
        #expect(lines[4].contains("50%  ▼ 50   50%"))
        #expect(lines[5].contains(" 0%     –    0%"))
        #expect(lines[6].contains("57%  ▼ 10   57%"))
    }

    /// The selected row's Rates section, under the table, has the row's change.
    @Test func theSelectedRowsRatesShowTheirChange() {
        var d = Self.byUnit(Size(width: 100, height: 30))
        #expect(d.screen.contains("Conviction rate  75% ▲ 25 pts"))
        #expect(d.screen.contains("Guilty-plea rate 75% ▲ 25 pts"))
        d.press(DashboardCommand.down)
        #expect(d.screen.contains("Conviction rate  50% ▼ 50 pts"))
        d.press(DashboardCommand.down)      // Z: a rate now, none before
        #expect(d.screen.contains("Conviction rate  0% –"))
        d.press(DashboardCommand.down)      // Total: the overview's change
        #expect(d.screen.contains("Conviction rate  57% ▼ 10 pts"))
        #expect(d.screen.contains("vs 2025-2026"))
    }

    /// Enter on the change column lists the row's outcomes in the rates.
    @Test func enterOnTheChangeListsTheRowsRatedOutcomes() throws {
        var d = Self.byUnit()
        while DashboardColumn.all[d.state.dashboard.column].heading != "±pts" { d.press(DashboardCommand.right) }
        #expect(d.screen.contains("Column: Conviction rate: change from the period before"))
        d.press(DashboardCommand.open)
        let drill = try #require(d.state.dashboard.drill)
        #expect(drill.caseIDs == ["X-2"])
        #expect(drill.title == "Conviction rate: change from the period before, in points · Unit X · 2026-2027")
    }

    /// `all` has no period before: every change is "–".
    @Test func allYearsHasNoChange() throws {
        var d = Self.byUnit()
        d.command("period all")
        let f = try #require(d.state.dashboard.figures)
        #expect(f.previousRows.isEmpty)
        let shown = (f.report.rows + [f.report.total]).enumerated().map { i, row in
            Self.change.text(row, previous: f.previous(of: row, isTotal: i == f.report.rows.count))
        }
        #expect(shown == ["–", "–", "–", "–"])
    }

    /// On the fixture: OCD-LON 67% both years ("= 0"), OCD-BHM nothing before ("–").
    @Test func anUnchangedRateShowsEqualsZero() throws {
        var d = DashboardFixture.driver()
        while d.state.dashboard.breakdown != .unit { d.press(DashboardCommand.cycleBreakdown) }
        let f = try #require(d.state.dashboard.figures)
        let shown = Dictionary(uniqueKeysWithValues: f.report.rows.map {
            ($0.key, Self.change.text($0, previous: f.previous(of: $0, isTotal: false)))
        })
        #expect(shown == ["OCD-LON": "= 0", "OCD-BHM": "–"])
    }

    /// `:export FILE.md` of a breakdown has each row's conviction rate against the year before.
    @Test func theMarkdownExportHasEachRowsChange() throws {
        var d = Self.byUnit()
        let text = try #require(try d.exported("units.md"))
        #expect(text.contains("""
            ### Conviction rate by unit against 2025-2026

            | Unit | 2026-2027 | 2025-2026 | Change |
            |---|---:|---:|---:|
            | Unit X | 75% | 50% | +25 |
            | Unit Y | 50% | 100% | -50 |
            | Unit Z | 0% | – | – |
            | **Total** | 57% | 67% | -10 |

            """))
    }
}
