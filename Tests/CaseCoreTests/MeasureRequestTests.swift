import Testing
@testable import CaseCore

/// MLA timeliness figures on a hand-built store.
@Suite struct MeasureRequestTests {
    let fy2013 = ReportPeriod.year(FinancialYear(startYear: 2013))

    /// R1 outgoing ES, sent 1 May 2013, due 1 Aug 2013, still open; R2 incoming NL executed in
    /// 40 days; R3 outgoing ES executed in 109 days; R4 outgoing FR drafted 1 Jan 2014.
    var store: [CaseSummary] {
        var draft = request("R4", country: "FR", status: .draft)
        draft.history = [StatusChange(status: .draft, date: day("2014-01-01"))]
        return [
            summary("A", crimeTypes: [.drugTrafficking], requests: [
                request("R1", country: "ES", status: .sent, sent: "2013-05-01", due: "2013-08-01"),
                request("R2", .incoming, country: "NL", status: .executed, sent: "2013-06-01", closed: "2013-07-11"),
            ]),
            summary("B", crimeTypes: [.fraud], requests: [
                request("R3", country: "ES", status: .executed, sent: "2013-01-01", closed: "2013-04-20"),
                draft,
            ]),
        ]
    }

    @Test func pastYearIsTakenAtItsLastDay() {
        let r = Measures.report(store, period: fy2013, groupBy: .none, context: QueryContext(today: day("2014-06-01")))
        let t = r.total
        #expect(t.openOutgoingRequests == 2 && t.openIncomingRequests == 0)
        #expect(t.overdueRequests == 1 && t.requestsToChase == 1)
        #expect(t.executedRequests == 2 && t.medianDaysToExecute == 74.5)   // (40 + 109) / 2
        #expect(t.mostOverdueCountries == [.init(country: "ES", count: 1)])
    }

    @Test func byCountryUsesEachRequestsCountry() {
        let r = Measures.report(store, period: fy2013, groupBy: .country, context: QueryContext(today: day("2014-06-01")))
        // In the order of the names shown, not of the codes.
        #expect(r.rows.map(\.key) == ["FR", "NL", "ES"])
        #expect(r.rows.map(\.label) == ["France", "Netherlands", "Spain"])
        #expect(r.rows.map(\.openOutgoingRequests) == [1, 0, 1])
        #expect(r.rows.map(\.executedRequests) == [0, 1, 1])
        #expect(r.rows[2].medianDaysToExecute == 109)
        #expect(r.notices == [Measures.countryNotice])
    }

    @Test func quartersTakeOpenRequestsAtEachQuarterEnd() {
        let r = Measures.report(store, period: fy2013, groupBy: .quarter, context: QueryContext(today: day("2014-06-01")))
        // R1 open from 1 May 2013 in every quarter; overdue after 1 Aug (Q2 on); R4 from 1 Jan 2014 (Q4).
        #expect(r.rows.map(\.openOutgoingRequests) == [1, 1, 1, 2])
        #expect(r.rows.map(\.overdueRequests) == [0, 1, 1, 1])
        #expect(r.rows.map(\.requestsToChase) == [2, 1, 1, 1])      // R2 (incoming) 29 days old on 30 June
        #expect(r.rows.map(\.openIncomingRequests) == [1, 0, 0, 0])
        #expect(r.rows.map(\.executedRequests) == [1, 1, 0, 0])
        #expect(Measures.caseIDs(MeasureIndex(store), period: fy2013, groupBy: .quarter, today: day("2014-06-01"),
                                 figure: .openOutgoingRequests, rowKey: "2013-2014 Q4") == ["A", "B"])
        #expect(Measures.caseIDs(MeasureIndex(store), period: fy2013, groupBy: .quarter, today: day("2014-06-01"),
                                 figure: .overdueRequestsIn(country: "ES"), rowKey: "2013-2014 Q2") == ["A"])
    }

    @Test func chaseStartsAgainFromTheLatestChase() {
        // Sent 1 Jan, chased 20 Feb: to chase from 29 Jan until the chase, then from 20 March.
        let s = [summary("A", requests: [request("R", status: .inExecution, sent: "2014-01-01", chased: "2014-02-20")])]
        let index = MeasureIndex(s, chaseIntervalDays: 28)
        func chase(_ iso: String) -> Int {
            Measures.report(index, period: .all, groupBy: .none, today: day(iso)).total.requestsToChase
        }
        #expect(chase("2014-03-19") == 0 && chase("2014-03-20") == 1)
        let byQuarter = Measures.report(index, period: .year(FinancialYear(startYear: 2013)), groupBy: .quarter, today: day("2014-03-01"))
        #expect(byQuarter.rows.map(\.requestsToChase) == [0, 0, 0, 0])   // Q4 taken on 1 March: chased 9 days before
    }

    /// On the day asked, the measures' open, overdue and to-chase agree with the predicates
    /// the MLA board uses.
    @Test(arguments: ["2013-04-30", "2013-05-01", "2013-05-29", "2013-08-01", "2013-08-02", "2014-01-01", "2016-01-01"])
    func agreesWithTheBoardOnToday(_ iso: String) {
        let today = day(iso)
        let t = Measures.report(store, period: .all, groupBy: .none, context: QueryContext(today: today)).total
        let board = RequestBoard(store, context: QueryContext(today: today))
        #expect(t.overdueRequests == board.overdueCount)
        #expect(t.requestsToChase == board.toChaseCount)
        let open = board.rows.filter { $0.request.isOpen && ($0.request.sent ?? $0.request.statusDate!) <= today }
        #expect(t.openOutgoingRequests + t.openIncomingRequests == open.count)
    }
}
