import Testing
@testable import CaseCore

/// The dated obligations of a case, from its summary, and "without a next action".
@Suite struct DeadlineListTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }
    static let today = d("2024-03-01")

    /// A case with one of every kind of deadline around `today`.
    static func everyKind() -> Case {
        var c = Fixtures.sampleCase()
        c.hearings = [Hearing(date: d("2024-02-20"), court: "Old Court", type: .plea),       // past: not listed
                      Hearing(date: d("2024-03-01"), court: "Southwark Crown Court", type: .trial)]
        c.defendants[0].remand = .custody
        c.defendants[0].custodyTimeLimits = [
            CustodyTimeLimit(charge: "Conspiracy", from: d("2024-01-10"), limit: .summaryOnly56),            // 2024-03-06, at risk
            CustodyTimeLimit(from: d("2023-10-01"), limit: .crownCourt182,
                             ended: CTLEnd(date: d("2024-01-01"), reason: .bailed)),                          // ended: not listed
        ]
        c.defendants[0].outcome = nil
        c.defendants[0].confiscation = Confiscation(stage: .restraint)
        c.defendants[1].outcome = Outcome(category: .guiltyPlea, date: d("2022-02-28"))
        c.defendants[1].confiscation = Confiscation(stage: .proceedings)                                       // order due 2024-02-28
        c.defendants[1].ancillaryOrders = [AncillaryOrder(type: .travelRestrictionOrder, made: d("2020-01-01"),
                                                          expires: d("2024-06-30")),
                                           AncillaryOrder(type: .other, made: d("2019-01-01"), expires: d("2020-01-01"))]
        c.defendants.append(Defendant(id: "D3", name: "Payer", custody: .onBail,
                                      outcome: Outcome(category: .convictedAfterTrial, date: d("2023-01-01")),
                                      confiscation: Confiscation(stage: .enforcement, orderPence: 100, orderDate: d("2023-09-01"),
                                                                 paymentDue: d("2023-12-01"))))
        // The request: due 2013-04-02 (very overdue), last chased 2013-02-21 (+28: very overdue).
        c.tasks = [CaseTask(id: "T1", title: "Serve the bundle", due: d("2024-02-25"), assignee: "P1", created: d("2024-01-01")),
                   CaseTask(id: "T2", title: "Done already", due: d("2024-01-05"), created: d("2024-01-01"),
                            done: TaskDone(date: d("2024-01-04"), by: "P1")),
                   CaseTask(id: "T3", title: "No date", created: d("2024-01-01"))]
        return c
    }

    @Test func everyKindWithItsState() {
        let items = DeadlineList.items(of: CaseSummary(Self.everyKind()), today: Self.today, chaseIntervalDays: 28)
        let rows = items.map { "\($0.date.iso) \($0.kind.rawValue) \($0.state.rawValue) \($0.ctl?.word ?? "-")" }
        #expect(rows == [
            "2013-03-21 chaseDue veryOverdue -",
            "2013-04-02 requestDue veryOverdue -",
            "2023-12-01 paymentDue veryOverdue -",
            "2024-02-25 task overdue -",
            "2024-02-28 confiscationOrderDue overdue -",
            "2024-03-01 hearing today -",
            "2024-03-06 custodyTimeLimit upcoming AT RISK",
            "2024-03-06 ctlReview upcoming -",
            "2024-06-30 orderExpiry upcoming -",
        ])
        #expect(items.first { $0.kind == .custodyTimeLimit }?.title == "CTL expires: Zoë Smith (Conspiracy)")
        #expect(items.first { $0.kind == .task }?.assignee == "P1")
        #expect(items.first { $0.kind == .task }?.task == "T1")
        #expect(items.first { $0.kind == .requestDue }?.request == "C-1-R1")
    }

    @Test func anExpiredCTLIsExpiredNotOverdue() {
        var c = Self.everyKind()
        c.defendants[0].custodyTimeLimits[0].from = Self.d("2023-12-01")           // expired 2024-01-26
        let item = DeadlineList.items(of: CaseSummary(c), today: Self.today, chaseIntervalDays: 28)
            .first { $0.kind == .custodyTimeLimit }
        #expect(item?.state == .expired && item?.ctl == .expired && item?.isCTLAlarm == true)
    }

    @Test func veryOverdueStartsAfter28Days() {
        let today = Self.today
        #expect(DeadlineRules.lateness(of: today.adding(days: -28), today: today) == .overdue)
        #expect(DeadlineRules.lateness(of: today.adding(days: -29), today: today) == .veryOverdue)
        #expect(DeadlineRules.lateness(of: today, today: today) == .today)
        #expect(DeadlineRules.lateness(of: today.adding(days: 1), today: today) == .upcoming)
    }

    @Test func withoutANextAction() {
        var c = Self.everyKind()
        #expect(!DeadlineList.isWithoutNextAction(CaseSummary(c), today: Self.today))   // open task, hearing, request
        c.tasks = c.tasks.filter { !$0.isOpen }
        c.hearings = c.hearings.filter { $0.date < Self.today }
        #expect(!DeadlineList.isWithoutNextAction(CaseSummary(c), today: Self.today))   // the request is open
        c.requests[0].history.append(StatusChange(status: .executed, date: Self.d("2013-05-01")))
        c.requests[0].status = .executed
        #expect(DeadlineList.isWithoutNextAction(CaseSummary(c), today: Self.today))
        c.status = .finalised
        #expect(!DeadlineList.isWithoutNextAction(CaseSummary(c), today: Self.today))
    }

    @Test func summariesOfVersion2SurviveTheCache() throws {
        let s = CaseSummary(SchemaV2Tests.v2Case())
        #expect(!s.tasks.isEmpty && !s.defendants[0].custodyTimeLimits.isEmpty)
        let entries = [SummaryCache.Entry(name: "C-1.json", size: 1, mtime: 2, result: .summary(s))]
        let back = try #require(SummaryCache.decode(SummaryCache.encode(entries)))
        guard case .summary(let got)? = back.lookup(name: "C-1.json", size: 1, mtime: 2) else {
            Issue.record("summary missing"); return
        }
        #expect(got == s)
        #expect(got.defendants[1].confiscation?.paymentDue == s.defendants[1].confiscation?.paymentDue)
    }
}

@Suite struct DeadlineKindRankTests {
    @Test func rankIsTheOrderOfDeclaration() {
        #expect(DeadlineKind.allCases.map(\.rank) == Array(0..<DeadlineKind.allCases.count))
    }
}
