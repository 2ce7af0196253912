import Testing
@testable import CaseCore
import CaseDemo

/// The cube must give exactly the report one walk gives, for every period a user can ask for
/// (every year and quarter the store spans, the years either side of it, and all) and every
/// breakdown: it is the walk's own counting, summed per quarter.
@Suite struct MeasureCubeTests {
    static let today = Day(iso: "2026-11-24")!

    static func demoIndex(cases: Int, seed: UInt64, today: Day = today) -> MeasureIndex {
        let g = DemoGenerator(seed: seed, today: today)
        return MeasureIndex((0..<cases).map { CaseSummary(g.makeCase(index: $0)) })
    }

    static func periods(_ index: MeasureIndex, today: Day) -> [ReportPeriod] {
        let first = FinancialYear(containing: index.firstDay ?? today).startYear
        let last = FinancialYear(containing: max(index.lastDay ?? today, today)).startYear
        var out: [ReportPeriod] = [.all]
        for y in (first - 2)...(last + 2) {
            let fy = FinancialYear(startYear: y)
            out.append(.year(fy))
            for q in Quarter.allCases { out.append(.quarter(fy, q)) }
        }
        return out
    }

    static func expectSameAsWalk(_ index: MeasureIndex, today: Day) {
        for period in periods(index, today: today) {
            for g in GroupBy.allCases {
                let cube = Measures.report(index, period: period, groupBy: g, today: today)
                let walk = Measures.walkReport(index, period: period, groupBy: g, today: today)
                #expect(cube == walk, "\(period.text) by \(g.rawValue)")
            }
        }
    }

    @Test func demoStoreReportsEqualTheWalkForEveryPeriodAndBreakdown() {
        let index = Self.demoIndex(cases: 300, seed: 7)
        #expect(index.cube(.lawyer, today: Self.today) != nil)
        // The cube answers every period the store spans (the comparison below would pass
        // trivially if reports fell back to the walk).
        let first = FinancialYear(containing: index.firstDay!).startYear
        for p in [ReportPeriod.all, .year(FinancialYear(startYear: first)), ReportPeriod(parsing: "2026-2027 Q3")!] {
            for g in GroupBy.allCases {
                #expect(Measures.cubeRows(index, period: p, groupBy: g, today: Self.today, labels: { $0.map(\.text) }) != nil,
                        "\(p.text) by \(g.rawValue)")
            }
        }
        Self.expectSameAsWalk(index, today: Self.today)
    }

    /// "Today" in the past of the store (a test or a clock set wrong) and in a quarter's last
    /// day: the as-of quarters shift and must still agree.
    @Test(arguments: ["2019-03-31", "2024-06-30", "2027-04-01"])
    func otherTodaysAgree(today: String) {
        let day = Day(iso: today)!
        Self.expectSameAsWalk(Self.demoIndex(cases: 120, seed: 3, today: Self.today), today: day)
    }

    /// A case finalised on the day it opened was active that day; one finalised on a
    /// quarter's first day was active in it. Both count in the stage figures of exactly the
    /// periods holding those days, whichever way the report is cut.
    @Test func sameDayAndBoundaryCasesCountInTheirStagesOnce() {
        func finalised(_ id: String, opened: String, on date: String) -> CaseSummary {
            summary(id, status: .finalised, opened: opened, finalised: date,
                    defendants: [defendant("1", confiscation: Confiscation(stage: .enforcement))])
        }
        let index = MeasureIndex([finalised("A", opened: "2024-07-01", on: "2024-07-01"),
                                  finalised("B", opened: "2023-05-10", on: "2024-04-01")])
        let today = Day(iso: "2026-11-24")!
        func stage(_ p: String) -> Int {
            Measures.report(index, period: ReportPeriod(parsing: p)!, groupBy: .none, today: today)
                .total.confiscationCases(at: .enforcement)
        }
        #expect(stage("2024-2025 Q2") == 1)      // A on 1 July
        #expect(stage("2024-2025 Q1") == 1)      // B, finalised 1 April
        #expect(stage("2024-2025") == 2)
        #expect(stage("2023-2024 Q4") == 1)      // B only
        #expect(stage("2024-2025 Q3") == 0)
        let byQuarter = Measures.report(index, period: ReportPeriod(parsing: "2024-2025")!, groupBy: .quarter, today: today)
        #expect(byQuarter.rows.map { $0.confiscationCases(at: .enforcement) } == [1, 1, 0, 0])
        Self.expectSameAsWalk(index, today: today)
    }

    /// A date far from the rest (a mistyped year) would make a cube of thousands of years:
    /// reports then walk, with the same figures.
    @Test func aStoreSpanningCenturiesWalksInstead() {
        let old = summary("OLD", opened: "1820-05-01", defendants: [defendant("1", confiscation: Confiscation(stage: .restraint))])
        let index = MeasureIndex([old, summary("NEW", opened: "2025-05-01")])
        #expect(index.cube(.none, today: Self.today) == nil)
        let r = Measures.report(index, period: .all, groupBy: .none, today: Self.today)
        #expect(r.total.casesOpen == 2)
        #expect(r.total.confiscationCases(at: .restraint) == 1)
    }
}
