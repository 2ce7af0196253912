import Testing
@testable import CaseCore
@testable import CaseDemo

/// The custody time limit measures broken down by time: each financial year or quarter is the
/// same figure as that period asked alone (`report --by year` printed only the total before).
@Suite struct CTLMeasuresTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }
    static let today = d("2024-03-01")

    /// Remanded 2019-06-01 (182 days: 2019-11-30), extended on 2019-11-10 to 2020-05-01, the
    /// trial started 2020-04-20.
    static func extendedThenTried() -> CaseSummary {
        var c = Fixtures.sampleCase()
        c.opened = d("2019-05-01")
        c.defendants[0].remand = .custody
        c.defendants[0].custodyTimeLimits = [
            CustodyTimeLimit(from: d("2019-06-01"), limit: .crownCourt182,
                             extensions: [CTLExtension(applied: d("2019-11-01"), heard: d("2019-11-10"), granted: true,
                                                       newExpiry: d("2020-05-01"))],
                             ended: CTLEnd(date: d("2020-04-20"), reason: .trialStarted)),
        ]
        return CaseSummary(c)
    }

    @Test func byYearEachYearAsOfItsEnd() {
        let s = [Self.extendedThenTried()]
        let r = CTLMeasures.report(s, period: .all, groupBy: .year, today: Self.today)
        let y1920 = r.rows.first { $0.key == "2019-2020" }
        #expect(y1920?.running == 1)
        #expect(y1920?.extensionsApplied == 1)
        #expect(y1920?.extensionsGranted == 1)
        #expect(y1920?.asOf == Self.d("2020-03-31"))
        #expect(!r.rows.contains { $0.key == "2018-2019" })
        #expect(r.rows.allSatisfy { $0.key == "2019-2020" || $0.running == 0 })
        #expect(r.total.running == 0 && r.total.extensionsGranted == 1)
    }

    @Test(arguments: [GroupBy.year, .quarter]) func everyTimeRowIsThatPeriodAskedAlone(by: GroupBy) {
        let g = DemoGenerator(seed: 7, today: Self.today)
        let summaries = (0..<300).map { CaseSummary(g.makeCase(index: $0)) }
        for period in [ReportPeriod.all, .year(FinancialYear(startYear: 2023))] {
            let r = CTLMeasures.report(summaries, period: period, groupBy: by, today: Self.today)
            #expect(r.rows.count >= (period == .all ? 3 : by == .quarter ? 2 : 1), "\(by) \(period)")
            // Every period in turn, with no gaps.
            #expect(zip(r.rows, r.rows.dropFirst()).allSatisfy { ReportPeriod(parsing: $0.key)?.next?.text == $1.key })
            for row in r.rows {
                let alone = CTLMeasures.report(summaries, period: ReportPeriod(parsing: row.key)!, groupBy: .none,
                                               today: Self.today).total
                #expect(row.asOf == alone.asOf && CTLFigure.allCases.allSatisfy { row[$0] == alone[$0] }, "\(row.key)")
                for f in CTLFigure.allCases where row[f] != 0 {
                    let ids = CTLMeasures.caseIDs(summaries, period: period, groupBy: by, today: Self.today, figure: f,
                                                  rowKey: row.key)
                    #expect(!ids.isEmpty && ids.count <= row[f], "\(row.key) \(f)")
                }
            }
        }
    }
}
