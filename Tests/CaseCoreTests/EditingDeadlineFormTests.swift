import Testing
@testable import CaseCore

/// The forms of schema version 2: remand, custody time limits and their extensions, tasks,
/// the confiscation payment date; the rules across their fields; the expiry shown as the
/// user types.
@Suite struct EditingDeadlineFormTests {
    typealias F = EditingFormTests
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static func withCTL() -> Case {
        var c = F.sample()
        c.defendants[0].remand = .custody
        c.defendants[0].custodyTimeLimits = [CustodyTimeLimit(charge: "Conspiracy to supply", from: d("2026-10-01"),
                                                              limit: .summaryOnly56)]
        c.tasks = [CaseTask(id: "T1", title: "Serve the bundle", due: d("2026-11-30"), created: d("2026-11-01"))]
        return c
    }

    @Test func defendantFormRecordsRemand() throws {
        var f = F.form(.defendant(id: "D1"))
        F.set(&f, "remand", "custody")
        #expect(try F.saved(f).defendants[0].remand == .custody)
        var g = F.form(.defendant(id: "D1"), Self.withCTL())
        F.set(&g, "remand", "")
        #expect(try F.saved(g, Self.withCTL()).defendants[0].remand == nil)
    }

    @Test func addingACTLShowsItsExpiryAsTheUserTypes() throws {
        var f = F.form(.custodyTimeLimit(defendant: "D1", index: nil))
        #expect(f.title == "Add CTL of D1")
        #expect(f.preview(today: F.today) == ["Expiry: type the date of the first remand (From)."])
        F.set(&f, "from", "2026-06-01")
        F.set(&f, "limit", "crownCourt182")
        // 2026-06-01 + 182 days = 2026-11-30: 6 days after 2026-11-24, at risk.
        #expect(f.preview(today: F.today) == ["Computed: 2026-06-01 + 182 days = 2026-11-30.",
                                              "Expiry 2026-11-30: 6 days left · ! AT RISK."])
        F.set(&f, "expires", "2026-12-02")
        #expect(f.preview(today: F.today)[1] == "The court's date 2026-12-02 wins: 2 days later than computed.")
        F.set(&f, "charge", "Conspiracy to supply")
        let c = try F.saved(f)
        #expect(c.defendants[0].custodyTimeLimits == [CustodyTimeLimit(charge: "Conspiracy to supply", from: Self.d("2026-06-01"),
                                                                       limit: .crownCourt182, expires: Self.d("2026-12-02"))])
        #expect(CaseValidator.problems(of: c, meta: F.meta).filter { !$0.isWarning }.isEmpty)
    }

    @Test func ctlFormRules() {
        var f = F.form(.custodyTimeLimit(defendant: "D1", index: 0), Self.withCTL())
        F.set(&f, "expires", "2026-09-01")
        F.set(&f, "ended.reason", "bailed")
        var p = F.problems(f)
        #expect(p["expires"] == "2026-09-01 is before the first remand (From) (2026-10-01)")
        #expect(p["ended.date"] == "an end reason needs the date the CTL ended")
        F.set(&f, "expires", "")
        F.set(&f, "limit", "other")
        F.set(&f, "ended.date", "+2d")
        p = F.problems(f)
        #expect(p["expires"] == "limit \"other\" has no computed expiry: type the court's date")
        #expect(p["ended.date"] == "2026-11-26 is in the future: record the end once it happens")
    }

    @Test func endingACTLStopsItsClock() throws {
        var f = F.form(.custodyTimeLimit(defendant: "D1", index: 0), Self.withCTL())
        F.set(&f, "ended.date", "2026-11-20")
        F.set(&f, "ended.reason", "trialStarted")
        #expect(f.preview(today: F.today).last == "Expiry 2026-11-26: ended, the clock has stopped.")
        let edit = try f.edit(today: F.today).get()
        #expect(Set(edit.values.keys) == ["ended.date", "ended.reason"])
        let ctl = try edit.apply(to: Self.withCTL(), context: F.context).defendants[0].custodyTimeLimits[0]
        #expect(ctl.ended == CTLEnd(date: Self.d("2026-11-20"), reason: .trialStarted))
        #expect(ctl.state(on: F.today) == .ended)
    }

    @Test func extensionsAppliedHeardGrantedOrRefused() throws {
        var f = F.form(.ctlExtension(defendant: "D1", ctl: 0, index: nil), Self.withCTL())
        #expect(f["applied"] == "today")
        #expect(f.preview(today: F.today) == ["Pending: while it is undecided the CTL is not marked at risk."])
        var c = try F.saved(f, Self.withCTL())
        #expect(c.defendants[0].custodyTimeLimits[0].extensions == [CTLExtension(applied: F.today)])
        #expect(c.defendants[0].custodyTimeLimits[0].state(on: F.today) == .running)

        f = F.form(.ctlExtension(defendant: "D1", ctl: 0, index: 0), c)
        F.set(&f, "heard", "today")
        F.set(&f, "granted", "granted")
        #expect(F.problems(f)["newExpiry"] == "a granted extension needs its new expiry")
        F.set(&f, "newExpiry", "2027-01-15")
        #expect(f.preview(today: F.today) == ["New expiry 2027-01-15: 52 days left."])
        c = try F.saved(f, c)
        let ctl = c.defendants[0].custodyTimeLimits[0]
        #expect(ctl.expiry == Self.d("2027-01-15") && ctl.expirySource == .extension)

        f = F.form(.ctlExtension(defendant: "D1", ctl: 0, index: 0), c)
        F.set(&f, "granted", "refused")
        #expect(F.problems(f)["newExpiry"] == "a refused extension has no new expiry")
    }

    @Test func tasksAddEditDoneAndReopen() throws {
        var f = F.form(.task(id: nil), Self.withCTL())
        #expect(f.index(of: "done") == nil)
        F.set(&f, "title", "Chase the lab")
        F.set(&f, "due", "+7d")
        F.set(&f, "assignee", "pshah")
        var c = try F.saved(f, Self.withCTL())
        #expect(c.tasks.last == CaseTask(id: "T2", title: "Chase the lab", due: Self.d("2026-12-01"), assignee: "pshah",
                                         created: F.today))
        f = F.form(.task(id: "T2"), c)
        F.set(&f, "done", "today")
        c = try F.saved(f, c)
        #expect(c.tasks.last?.done == TaskDone(date: F.today, by: "pshah"))
        f = F.form(.task(id: "T2"), c)
        F.set(&f, "done", "")
        c = try F.saved(f, c)
        #expect(c.tasks.last?.isOpen == true)
        f = F.form(.task(id: "T2"), c)
        F.set(&f, "done", "+1d")
        #expect(F.problems(f)["done"] == "2026-11-25 is in the future")
        #expect(CaseForms.deletion(of: .task(id: "T2"), in: c) != nil)
    }

    @Test func confiscationPaymentDue() throws {
        var c = F.sample()
        c.defendants[0].confiscation = Confiscation(stage: .orderMade, orderPence: 100_000, orderDate: Self.d("2026-10-01"))
        var f = F.form(.confiscation(defendant: "D1"), c)
        F.set(&f, "paymentDue", "2027-01-01")
        #expect(try F.saved(f, c).defendants[0].confiscation?.paymentDue == Self.d("2027-01-01"))
    }

    @Test func validatorProblemsLandOnTheCTLFields() {
        let c = Self.withCTL()
        let f = F.form(.custodyTimeLimit(defendant: "D1", index: 0), c)
        let placed = f.place([Problem(path: "$.defendants[0].custodyTimeLimits[0].expires", message: "is before from")], in: c)
        #expect(placed == [FieldProblem(key: "expires", message: "Court's expiry is before from")])
    }
}
