import Testing
@testable import CaseCore

/// The CPS Organised Crime Strategy publishes the Organised Crime Division's conviction rates
/// for 2010-2011 to 2013-2014. A store holding defendants with exactly those outcomes must give
/// the same table through the function `casedesk report --by year` calls.
@Suite struct ReportStrategyTableTests {
    /// (year, guilty pleas, convictions after trial, acquittals after trial, directed acquittals,
    /// dropped, published rate)
    static let published: [(Int, Int, Int, Int, Int, Int, Int)] = [
        (2010, 124, 69, 29, 12, 5, 81),
        (2011, 187, 89, 29, 5, 16, 85),
        (2012, 151, 81, 31, 4, 7, 85),
        (2013, 199, 72, 28, 3, 19, 84),
    ]

    /// Four defendants a case; outcome dates cycle through the days where a year or quarter
    /// begins or ends, so every boundary is exercised.
    static var store: [CaseSummary] {
        var cases: [CaseSummary] = []
        for (y, gp, cat, aat, da, dr, _) in published {
            let dates = ["\(y)-04-01", "\(y)-06-30", "\(y)-07-01", "\(y)-12-31", "\(y + 1)-01-01", "\(y + 1)-03-31", "\(y)-10-01"]
            var categories: [OutcomeCategory] = []
            for (cat, n) in [(OutcomeCategory.guiltyPlea, gp), (.convictedAfterTrial, cat), (.acquittedAfterTrial, aat),
                             (.directedAcquittal, da), (.dropped, dr)] {
                categories += Array(repeating: cat, count: n)
            }
            var defendants: [Defendant] = []
            var last = ""
            for (i, c) in categories.enumerated() {
                defendants.append(defendant("\(y)-\(i)", outcome: c, on: dates[i % dates.count]))
                last = max(last, dates[i % dates.count])
                if defendants.count == 4 || i == categories.count - 1 {
                    // Finalised when its last defendant's outcome is recorded, as the store does.
                    cases.append(summary("OCD-\(y)-\(cases.count)", unit: "OCD-LON", status: .finalised,
                                         opened: "\(y)-04-01", finalised: last, defendants: defendants))
                    defendants = []
                    last = ""
                }
            }
        }
        return cases
    }

    func yearReport() -> Report {
        Measures.report(Self.store, period: .all, groupBy: .year, context: QueryContext(today: day("2026-11-24")))
    }

    @Test func reproducesCountsAndRates() {
        let r = yearReport()
        #expect(r.rows.map(\.key) == ["2010-2011", "2011-2012", "2012-2013", "2013-2014"])
        for (row, p) in zip(r.rows, Self.published) {
            #expect(row.guiltyPleas == p.1 && row.convictedAfterTrial == p.2 && row.acquittedAfterTrial == p.3)
            #expect(row.directedAcquittals == p.4 && row.dropped == p.5 && row.administrativelyFinalised == 0)
            #expect(Percent.text(row.convictionRate) == "\(p.6)%")
            #expect(Percent.text(row.convictions, of: row.ratedOutcomes) == "\(p.6)%")
        }
        #expect(abs(r.rows[0].convictionRate! - 193.0 / 239.0) < 1e-15)   // exact in JSON, 80.75% on screen
    }

    @Test func markdownIsTheTableToPaste() {
        let md = ReportFormatter.markdown(yearReport())
        let expected = """
        ### Outcomes (per defendant)

        | Year | Guilty pleas | Convictions after trial | Acquittals after trial | Directed acquittals | Prosecutions dropped | Administratively finalised | Conviction rate | Guilty-plea rate |
        |---|---:|---:|---:|---:|---:|---:|---:|---:|
        | 2010-2011 | 124 | 69 | 29 | 12 | 5 | 0 | 81% | 52% |
        | 2011-2012 | 187 | 89 | 29 | 5 | 16 | 0 | 85% | 57% |
        | 2012-2013 | 151 | 81 | 31 | 4 | 7 | 0 | 85% | 55% |
        | 2013-2014 | 199 | 72 | 28 | 3 | 19 | 0 | 84% | 62% |
        | **Total** | 661 | 311 | 117 | 24 | 47 | 0 | 84% | 57% |

        """
        #expect(md.hasPrefix("## All years: by year\n\n"))
        #expect(md.contains(expected))
    }

    @Test func jsonHasTheDomainShape() {
        let json = ReportFormatter.json(yearReport())
        #expect(json.hasPrefix("{\n  \"period\": \"all\",\n  \"groupBy\": \"year\",\n  \"rows\": [\n    {\n      \"key\": \"2010-2011\",\n"))
        #expect(json.contains("\"guiltyPleas\": 124,\n      \"convictedAfterTrial\": 69,\n      \"acquittedAfterTrial\": 29,\n      \"directedAcquittals\": 12,\n      \"dropped\": 5,\n      \"administrativelyFinalised\": 0,\n      \"convictionRate\": 0.8075313807531381,"))
    }
}
