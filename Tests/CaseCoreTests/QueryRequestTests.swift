import Testing
@testable import CaseCore

@Suite struct QueryRequestTests {
    func r(_ req: InternationalRequest) -> RequestSummary { RequestSummary(req) }

    @Test func overdueOnlyAfterTheDueDay() {
        let req = r(request("R", status: .sent, sent: "2014-01-01", due: "2014-03-31"))
        #expect(!req.isOverdue(today: day("2014-03-31")))
        #expect(req.isOverdue(today: day("2014-04-01")))
        #expect(!r(request("R", status: .executed, sent: "2014-01-01", due: "2014-03-31", closed: "2014-05-01"))
            .isOverdue(today: day("2014-06-01")))
        #expect(!r(request("R", status: .sent, sent: "2014-01-01")).isOverdue(today: day("2030-01-01")))
    }

    @Test func toChaseCountsFromLatestChaseElseSent() {
        let sent = r(request("R", status: .inExecution, sent: "2014-01-01"))
        #expect(!sent.isToChase(today: day("2014-01-28"), interval: 28))    // 27 days
        #expect(sent.isToChase(today: day("2014-01-29"), interval: 28))     // 28 days
        let chased = r(request("R", status: .inExecution, sent: "2014-01-01", chased: "2014-01-20"))
        #expect(!chased.isToChase(today: day("2014-02-16"), interval: 28))
        #expect(chased.isToChase(today: day("2014-02-17"), interval: 28))
        // A draft is not awaiting anyone; a closed request needs no chase.
        #expect(!r(request("R", status: .draft)).isToChase(today: day("2030-01-01"), interval: 28))
        #expect(!r(request("R", status: .refused, sent: "2014-01-01", closed: "2014-02-01"))
            .isToChase(today: day("2030-01-01"), interval: 28))
    }

    @Test func daysOpenStopsWhenClosed() {
        #expect(r(request("R", status: .sent, sent: "2014-01-01")).daysOpen(today: day("2014-01-31")) == 30)
        let done = r(request("R", status: .executed, sent: "2014-01-01", closed: "2014-01-11"))
        #expect(done.daysOpen(today: day("2015-01-01")) == 10)
        #expect(done.closedOn == day("2014-01-11"))
        #expect(r(request("R", status: .draft)).daysOpen(today: day("2014-01-31")) == nil)
    }

    @Test func caseFlagsAndNextHearing() {
        let s = summary("A", hearings: ["2014-03-01", "2014-01-10", "2014-02-01"],
                        requests: [request("R1", status: .sent, sent: "2014-01-01", due: "2014-01-20"),
                                   request("R2", status: .draft)])
        #expect(s.hasOverdueRequest(today: day("2014-01-21")))
        #expect(!s.hasOverdueRequest(today: day("2014-01-20")))
        #expect(s.hasRequestToChase(today: day("2014-01-29"), interval: 28))
        #expect(s.nextHearing(today: day("2014-01-11"))?.date == day("2014-02-01"))
        #expect(s.nextHearing(today: day("2014-02-01"))?.date == day("2014-02-01"))  // on today counts
        #expect(nextHearing(of: s, today: day("2014-01-01"))?.date == day("2014-01-10"))
        #expect(s.nextHearing(today: day("2014-03-02")) == nil)
    }

    @Test func boardGroupsByLifecycleAndSorts() {
        let cases = [
            summary("A", requests: [request("A1", country: "NL", status: .sent, sent: "2013-12-01", due: "2014-01-10"),
                                    request("A2", country: "ES", status: .executed, sent: "2013-10-01", closed: "2013-12-01")]),
            summary("B", requests: [request("B1", .incoming, country: "AL", status: .sent, sent: "2014-01-25", due: "2014-03-01"),
                                    request("B2", country: "FR", status: .draft)]),
        ]
        let ctx = QueryContext(today: day("2014-02-01"), chaseIntervalDays: 28)
        let board = RequestBoard(cases, context: ctx)
        #expect(board.groups.map(\.status) == RequestStatus.allCases)
        #expect(board.count == 4 && board.count(of: .sent) == 2 && board.count(of: .draft) == 1)
        #expect(board.rows.map(\.id) == ["B2", "A1", "B1", "A2"])               // draft, sent (by due), executed
        #expect(board.overdueCount == 1 && board.toChaseCount == 1)
        let a1 = board.rows[1]
        #expect(a1.caseID == "A" && a1.caseTitle == "Operation A" && a1.isOverdue && a1.isToChase && a1.daysOpen == 62)
        #expect(RequestBoard(cases, context: ctx, sortBy: .country).groups[1].rows.map(\.id) == ["B1", "A1"])
        #expect(RequestBoard(cases, context: ctx, sortBy: .due, ascending: false).groups[1].rows.map(\.id) == ["B1", "A1"])
        #expect(RequestBoard(cases, context: ctx, sortBy: .daysOpen).groups[1].rows.map(\.id) == ["B1", "A1"])
        #expect(RequestBoard(cases, context: ctx, overdueOnly: true).rows.map(\.id) == ["A1"])
        #expect(RequestBoard(cases, context: ctx, toChaseOnly: true).rows.map(\.id) == ["A1"])
        #expect(RequestBoard(cases, context: ctx, openOnly: true).count == 3)
    }
}
