import Testing
@testable import CaseCore

/// The marks of a request, the board's filter over requests and the "attention" order.
@Suite struct RequestFilterTests {
    static let today = Day(iso: "2026-11-24")!
    static let context = QueryContext(today: today, chaseIntervalDays: 28)

    static func request(_ id: String, status: RequestStatus = .sent, sent: String? = "2026-06-01", due: String?,
                        chased: String? = nil, country: String = "ES", kind: RequestKind = .mla,
                        direction: RequestDirection = .outgoing, urgent: Bool = false, liaison: String? = nil) -> InternationalRequest {
        InternationalRequest(id: id, kind: kind, direction: direction, country: country, authority: "Fiscalía", legalBasis: "coe1959",
                             urgent: urgent, status: status, sent: sent.map { Day(iso: $0)! }, due: due.map { Day(iso: $0)! },
                             lastChased: chased.map { Day(iso: $0)! }, liaison: liaison)
    }

    static let summary = CaseSummary(Case(id: "C-1", title: "Operation Test", unit: "U", lawyer: "shughes", crimeTypes: [.fraud],
                                          status: .charged, opened: Day(iso: "2026-01-01")!,
                                          requests: [
                                            request("R-1", due: "2027-01-01", chased: "2026-11-20"),                 // neither
                                            request("R-2", due: "2026-09-01", chased: "2026-11-20", country: "DE"),  // overdue
                                            request("R-3", due: "2027-01-01", country: "FR", urgent: true),          // to chase
                                            request("R-4", due: "2026-10-01", kind: .europeanArrestWarrant,
                                                    direction: .incoming, liaison: "lbianchi"),                       // both
                                            request("R-5", status: .executed, due: "2026-01-01"),                     // closed
                                          ],
                                          updated: Timestamp(seconds: 0)))

    func flags(_ i: Int) -> RequestFlags { RequestFlags(Self.summary.requests[i], Self.context) }

    @Test func flagsFollowTheTimelinessRules() {
        #expect(flags(0) == [])
        #expect(flags(1) == [.overdue])
        #expect(flags(2) == [.toChase])
        #expect(flags(3) == [.overdue, .toChase])
        #expect(flags(4) == [])
        #expect((0..<5).map { flags($0).attentionRank } == [3, 1, 2, 0, 3])
        // The same answers as the rules the CLI's rows are made from.
        for r in Self.summary.requests {
            let f = RequestFlags(r, Self.context)
            #expect(f.contains(.overdue) == r.isOverdue(today: Self.today))
            #expect(f.contains(.toChase) == r.isToChase(today: Self.today, interval: 28))
        }
    }

    @Test func attentionOrdersBothThenOverdueThenToChaseEachByDue() {
        let board = RequestBoard([Self.summary], context: Self.context, sortBy: .attention)
        #expect(board.groups[RequestStatus.sent.slot].rows.map(\.id) == ["R-4", "R-2", "R-3", "R-1"])
        let reversed = RequestBoard([Self.summary], context: Self.context, sortBy: .attention, ascending: false)
        #expect(reversed.groups[RequestStatus.sent.slot].rows.map(\.id) == ["R-1", "R-3", "R-2", "R-4"])
    }

    @Test func filterCombinesSetsWithOrAndFiltersWithAnd() {
        func ids(_ f: RequestFilter) -> [String] {
            Self.summary.requests.filter { f.matches($0, of: Self.summary, Self.context) }.map(\.id)
        }
        var f = RequestFilter()
        #expect(ids(f).count == 5)
        f.countries = ["DE", "FR"]
        #expect(ids(f) == ["R-2", "R-3"])
        f.overdueOnly = true
        #expect(ids(f) == ["R-2"])
        f = RequestFilter(); f.toChaseOnly = true
        #expect(ids(f) == ["R-3", "R-4"])
        f = RequestFilter(); f.urgentOnly = true
        #expect(ids(f) == ["R-3"])
        f = RequestFilter(); f.kinds = [.europeanArrestWarrant]; f.directions = [.incoming]
        #expect(ids(f) == ["R-4"])
        // Mine: the case's lawyer sees all; the liaison only their request.
        f = RequestFilter(); f.mine = "lbianchi"
        #expect(ids(f) == ["R-4"])
        f.mine = "shughes"
        #expect(ids(f).count == 5)
    }

    @Test func theSummaryKeepsTheAuthorityAndTheScannerAgrees() throws {
        #expect(Self.summary.requests[0].authority == "Fiscalía")
        let c = Case(id: "C-2", title: "T", unit: "U", crimeTypes: [.fraud], status: .charged, opened: Self.today,
                     requests: [Self.request("R-9", due: nil)], updated: Timestamp(seconds: 0))
        let bytes = CaseCodec.encodeBytes(c)
        let scanned = try #require(bytes.withUnsafeBufferPointer { SummaryScanner.summary(of: $0, fileName: "C-2") })
        #expect(scanned.requests.first?.authority == "Fiscalía")
        #expect(scanned == CaseSummary(c))
    }
}
