import Testing
@testable import CaseCore

/// Putting one saved case back in place must give exactly the order a fresh build gives, for
/// every sort key and direction and every kind of change a save can make to a case's requests.
@Suite struct RequestOrderTests {
    static let today = demoToday
    static let context = QueryContext(today: today)
    static let cases = demoCases(150, seed: 5)

    /// Changes a save can make: a status moved on, a chase, a due date, a request added or
    /// withdrawn, every request gone.
    static func changed(_ c: Case, _ kind: Int) -> Case {
        var c = c
        switch kind {
        case 0 where !c.requests.isEmpty:
            c.requests[0].status = c.requests[0].status == .sent ? .acknowledged : .sent
            c.requests[0].history.append(StatusChange(status: c.requests[0].status, date: today))
        case 1 where !c.requests.isEmpty:
            c.requests[0].lastChased = today
        case 2 where !c.requests.isEmpty:
            c.requests[c.requests.count - 1].due = Day(iso: "2026-01-15")!
        case 3:
            c.requests.append(InternationalRequest(id: c.id + "-RX", kind: .mla, direction: .outgoing, country: "ES",
                                                   legalBasis: "coe1959", status: .sent,
                                                   history: [StatusChange(status: .sent, date: Day(iso: "2026-06-01")!)],
                                                   sent: Day(iso: "2026-06-01")!, due: Day(iso: "2026-09-01")!))
        default:
            c.requests = []
        }
        return c
    }

    @Test(arguments: RequestSortKey.allCases)
    func replacingOneCaseGivesTheFreshOrder(key: RequestSortKey) {
        for ascending in [true, false] {
            var summaries = Self.cases.map(CaseSummary.init)
            var order = RequestOrder(summaries, context: Self.context, sortBy: key, ascending: ascending)
            for (step, ci) in [3, 40, 41, 99, 149, 0, 77].enumerated() {
                let old = summaries[ci]
                summaries[ci] = CaseSummary(Self.changed(Self.cases[ci], step % 5))
                order.replace(caseIndex: ci, old: old, new: summaries[ci])
                let fresh = RequestOrder(summaries, context: Self.context, sortBy: key, ascending: ascending)
                #expect(order == fresh, "\(key) \(ascending ? "↑" : "↓") after changing case \(ci) (change \(step % 5))")
            }
            #expect(order.overdue > 0 && order.toChase > 0 && order.count > 100)
        }
    }

    /// The board's filters hold for a replaced case too.
    @Test func replacingKeepsTheFilters() {
        var summaries = Self.cases.map(CaseSummary.init)
        var order = RequestOrder(summaries, context: Self.context, overdueOnly: true)
        let ci = summaries.firstIndex { s in s.requests.contains { $0.isOverdue(today: Self.today) } }!
        let old = summaries[ci]
        summaries[ci] = CaseSummary(Self.changed(Self.cases[ci], 4))
        order.replace(caseIndex: ci, old: old, new: summaries[ci])
        #expect(order == RequestOrder(summaries, context: Self.context, overdueOnly: true))
        #expect(order.count == order.overdue)
    }
}

/// The board's other direction is derived from the order it has (issue 16.3: a board sort
/// must not sort every request again): the same as a fresh build the other way, for every key.
@Suite struct RequestOrderReversedTests {
    @Test(arguments: RequestSortKey.allCases)
    func reversedEqualsAFreshBuildTheOtherWay(key: RequestSortKey) {
        // Many ties (the same due dates and countries in several cases) and missing values.
        let summaries = demoCases(300, seed: 11).map(CaseSummary.init)
        let context = RequestOrderTests.context
        let up = RequestOrder(summaries, context: context, sortBy: key, ascending: true)
        let down = RequestOrder(summaries, context: context, sortBy: key, ascending: false)
        #expect(up.reversed() == down)
        #expect(down.reversed() == up)
        #expect(up.reversed().reversed() == up)
        #expect(up.count > 100)
        // Ties to keep in position, and (never chased) requests to keep last.
        #expect(up.items.contains { items in zip(items, items.dropFirst()).contains { $0.key == $1.key } })
        if key == .lastChased { #expect(up.items.contains { items in items.contains { $0.key == Int.max } }) }
    }
}
