import Testing
@testable import CaseCore

/// What a chase or a change of status does to a request: one rule (`RequestLifecycle`), the
/// same whether the form, the board's `c`/`>` or the CLI makes the change.
@Suite struct RequestLifecycleTests {
    static let day = FormFixture.today

    static func request(_ status: RequestStatus, sent: Day? = nil, history: [StatusChange] = []) -> Case {
        var c = FormFixture.sample()
        c.requests[0].status = status
        c.requests[0].sent = sent
        c.requests[0].history = history
        c.requests[0].chases = nil
        c.requests[0].lastChased = nil
        return c
    }

    @Test func leavingDraftSetsSentWhicheverStatusItGoesTo() throws {
        for to in [RequestStatus.sent, .acknowledged, .inExecution] {
            var r = Self.request(.draft).requests[0]
            try RequestLifecycle.change(&r, to: to, on: Self.day, note: nil)
            #expect(r.sent == Self.day, "\(to)")
            #expect(r.history.last == StatusChange(status: to, date: Self.day))
        }
        for end in [RequestStatus.withdrawn, .refused] {
            var r = Self.request(.draft).requests[0]
            try RequestLifecycle.change(&r, to: end, on: Self.day, note: nil)
            #expect(r.sent == nil, "a request \(end) from draft never went out")
        }
    }

    /// A request past draft with no `sent` went out on a day nobody recorded: a later move does
    /// not invent it (the form used to set it to the day of any move).
    @Test func aLaterMoveDoesNotInventTheDayItWasSent() throws {
        var r = Self.request(.acknowledged).requests[0]
        try RequestLifecycle.change(&r, to: .inExecution, on: Self.day, note: nil)
        #expect(r.sent == nil && r.status == .inExecution)
        var dated = Self.request(.sent, sent: Day(iso: "2026-01-10")!).requests[0]
        try RequestLifecycle.change(&dated, to: .acknowledged, on: Self.day, note: nil)
        #expect(dated.sent == Day(iso: "2026-01-10")!)
    }

    /// The board's `>` is the same rule: draft → sent on the day, with its history entry.
    @Test func advanceIsAChangeToTheNextStatus() throws {
        let c = Self.request(.draft)
        let (moved, next) = try #require(try RequestLifecycle.advance(c, requestID: "OCD-1-R1", on: Self.day))
        var byForm = c.requests[0]
        try RequestLifecycle.change(&byForm, to: .sent, on: Self.day, note: nil)
        #expect(next == .sent && moved.requests[0] == byForm)
        #expect(try RequestLifecycle.advance(Self.request(.executed), requestID: "OCD-1-R1", on: Self.day) == nil)
        #expect(try RequestLifecycle.advance(c, requestID: "nope", on: Self.day) == nil)
        // A move dated before the last change of status is refused, as in the form.
        let later = Self.request(.sent, history: [StatusChange(status: .sent, date: Day(iso: "2026-12-01")!)])
        #expect(throws: FieldProblem.self) { try RequestLifecycle.advance(later, requestID: "OCD-1-R1", on: Self.day) }
    }

    @Test func aChaseNeedsAnOpenRequestThatWentOut() throws {
        #expect(RequestLifecycle.chase(Self.request(.draft), requestID: "OCD-1-R1", on: Self.day, by: "pshah", note: nil) == nil)
        #expect(RequestLifecycle.chase(Self.request(.executed), requestID: "OCD-1-R1", on: Self.day, by: "pshah", note: nil) == nil)
        #expect(RequestLifecycle.cannotChase(.withdrawn) == "withdrawn: a closed request is not chased")
        #expect(RequestLifecycle.cannotChase(.draft)?.hasPrefix("a draft") == true)
        #expect(RequestLifecycle.cannotChase(.sent) == nil && RequestLifecycle.cannotAdvance(.sent) == nil)
        #expect(RequestLifecycle.cannotAdvance(.refused) == "refused: it has no next status")
        let c = try #require(RequestLifecycle.chase(Self.request(.sent), requestID: "OCD-1-R1", on: Self.day, by: "pshah", note: "Rang"))
        #expect(c.requests[0].chases == [Chase(date: Self.day, by: "pshah", note: "Rang")])
        #expect(c.requests[0].lastChased == Self.day)
    }

    /// `lastChased` stays on the newest chase, as the form keeps it, even when an older one is added.
    @Test func lastChasedFollowsTheNewestChase() throws {
        var c = Self.request(.sent)
        c.requests[0].chases = [Chase(date: Day(iso: "2026-12-01")!, by: "pshah", note: nil)]
        c.requests[0].lastChased = Day(iso: "2026-12-01")!
        let chased = try #require(RequestLifecycle.chase(c, requestID: "OCD-1-R1", on: Self.day, by: "pshah", note: nil))
        #expect(chased.requests[0].lastChased == Day(iso: "2026-12-01")!)
        #expect(chased.requests[0].chases?.map(\.date) == [Self.day, Day(iso: "2026-12-01")!])
    }
}
