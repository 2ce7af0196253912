import Testing
@testable import CaseCore

/// The forms of schema version 2: remand, custody time limits and their extensions, tasks,
/// the confiscation payment date; the rules across their fields; the expiry shown as the
/// user types.
@Suite struct EditingDeadlineFormTests {
    static func d(_ s: String) -> Day { Day(iso: s)! }

    static func withCTL() -> Case {
        var c = FormFixture.sample()
        c.defendants[0].remand = .custody
        c.defendants[0].custodyTimeLimits = [CustodyTimeLimit(charge: "Conspiracy to supply", from: d("2026-10-01"),
                                                              limit: .summaryOnly56)]
        c.tasks = [CaseTask(id: "T1", title: "Serve the bundle", due: d("2026-11-30"), created: d("2026-11-01"))]
        return c
    }

    @Test func defendantFormRecordsRemand() throws {
        var f = FormFixture.form(.defendant(id: "D1"))
        FormFixture.set(&f, "remand", "custody")
        #expect(try FormFixture.saved(f).defendants[0].remand == .custody)
        var g = FormFixture.form(.defendant(id: "D1"), Self.withCTL())
        FormFixture.set(&g, "remand", "")
        #expect(try FormFixture.saved(g, Self.withCTL()).defendants[0].remand == nil)
    }

    @Test func addingACTLShowsItsExpiryAsTheUserTypes() throws {
        var f = FormFixture.form(.custodyTimeLimit(defendant: "D1", index: nil))
        #expect(f.title == "Add CTL of D1")
        #expect(f.preview(today: FormFixture.today) == ["Expiry: type the date of the first remand (From)."])
        FormFixture.set(&f, "from", "2026-06-01")
        FormFixture.set(&f, "limit", "crownCourt182")
        // 2026-06-01 + 182 days = 2026-11-30: 6 days after 2026-11-24, at risk.
        #expect(f.preview(today: FormFixture.today) == ["Computed: 2026-06-01 + 182 days = 2026-11-30.",
                                              "Expiry 2026-11-30: 6 days left · ! AT RISK."])
        FormFixture.set(&f, "expires", "2026-12-02")
        #expect(f.preview(today: FormFixture.today)[1] == "The court's date 2026-12-02 wins: 2 days later than computed.")
        FormFixture.set(&f, "charge", "Conspiracy to supply")
        let c = try FormFixture.saved(f)
        #expect(c.defendants[0].custodyTimeLimits == [CustodyTimeLimit(charge: "Conspiracy to supply", from: Self.d("2026-06-01"),
                                                                       limit: .crownCourt182, expires: Self.d("2026-12-02"))])
        #expect(CaseValidator.problems(of: c, meta: FormFixture.meta).filter { !$0.isWarning }.isEmpty)
    }

    @Test func ctlFormRules() {
        var f = FormFixture.form(.custodyTimeLimit(defendant: "D1", index: 0), Self.withCTL())
        FormFixture.set(&f, "expires", "2026-09-01")
        FormFixture.set(&f, "ended.reason", "bailed")
        var p = FormFixture.problems(f)
        #expect(p["expires"] == "2026-09-01 is before the first remand (From) (2026-10-01)")
        #expect(p["ended.date"] == "an end reason needs the date the CTL ended")
        FormFixture.set(&f, "expires", "")
        FormFixture.set(&f, "limit", "other")
        FormFixture.set(&f, "ended.date", "+2d")
        p = FormFixture.problems(f)
        #expect(p["expires"] == "limit \"other\" has no computed expiry: type the court's date")
        #expect(p["ended.date"] == "2026-11-26 is in the future: record the end once it happens")
    }

    @Test func endingACTLStopsItsClock() throws {
        var f = FormFixture.form(.custodyTimeLimit(defendant: "D1", index: 0), Self.withCTL())
        FormFixture.set(&f, "ended.date", "2026-11-20")
        FormFixture.set(&f, "ended.reason", "trialStarted")
        #expect(f.preview(today: FormFixture.today).last == "Expiry 2026-11-26: ended, the clock has stopped.")
        let edit = try f.edit(today: FormFixture.today).get()
        #expect(Set(edit.values.keys) == ["ended.date", "ended.reason"])
        let ctl = try edit.apply(to: Self.withCTL(), context: FormFixture.context).defendants[0].custodyTimeLimits[0]
        #expect(ctl.ended == CTLEnd(date: Self.d("2026-11-20"), reason: .trialStarted))
        #expect(ctl.state(on: FormFixture.today) == .ended)
    }

    @Test func extensionsAppliedHeardGrantedOrRefused() throws {
        var f = FormFixture.form(.ctlExtension(defendant: "D1", ctl: 0, index: nil), Self.withCTL())
        #expect(f["applied"] == "today")
        #expect(f.preview(today: FormFixture.today) == ["Pending: while it is undecided the CTL is not marked at risk."])
        var c = try FormFixture.saved(f, Self.withCTL())
        #expect(c.defendants[0].custodyTimeLimits[0].extensions == [CTLExtension(applied: FormFixture.today)])
        #expect(c.defendants[0].custodyTimeLimits[0].state(on: FormFixture.today) == .running)

        f = FormFixture.form(.ctlExtension(defendant: "D1", ctl: 0, index: 0), c)
        FormFixture.set(&f, "heard", "today")
        FormFixture.set(&f, "granted", "granted")
        #expect(FormFixture.problems(f)["newExpiry"] == "a granted extension needs its new expiry")
        FormFixture.set(&f, "newExpiry", "2027-01-15")
        #expect(f.preview(today: FormFixture.today) == ["New expiry 2027-01-15: 52 days left."])
        c = try FormFixture.saved(f, c)
        let ctl = c.defendants[0].custodyTimeLimits[0]
        #expect(ctl.expiry == Self.d("2027-01-15") && ctl.expirySource == .extension)

        f = FormFixture.form(.ctlExtension(defendant: "D1", ctl: 0, index: 0), c)
        FormFixture.set(&f, "granted", "refused")
        #expect(FormFixture.problems(f)["newExpiry"] == "a refused extension has no new expiry")
    }

    @Test func tasksAddEditDoneAndReopen() throws {
        var f = FormFixture.form(.task(id: nil), Self.withCTL())
        #expect(f.index(of: "done") == nil)
        FormFixture.set(&f, "title", "Chase the lab")
        FormFixture.set(&f, "due", "+7d")
        FormFixture.set(&f, "assignee", "pshah")
        var c = try FormFixture.saved(f, Self.withCTL())
        #expect(c.tasks.last == CaseTask(id: "T2", title: "Chase the lab", due: Self.d("2026-12-01"), assignee: "pshah",
                                         created: FormFixture.today))
        f = FormFixture.form(.task(id: "T2"), c)
        FormFixture.set(&f, "done", "today")
        c = try FormFixture.saved(f, c)
        #expect(c.tasks.last?.done == TaskDone(date: FormFixture.today, by: "pshah"))
        f = FormFixture.form(.task(id: "T2"), c)
        FormFixture.set(&f, "done", "")
        c = try FormFixture.saved(f, c)
        #expect(c.tasks.last?.isOpen == true)
        f = FormFixture.form(.task(id: "T2"), c)
        FormFixture.set(&f, "done", "+1d")
        #expect(FormFixture.problems(f)["done"] == "2026-11-25 is in the future")
        #expect(CaseForms.deletion(of: .task(id: "T2"), in: c) != nil)
    }

    @Test func confiscationPaymentDue() throws {
        var c = FormFixture.sample()
        c.defendants[0].confiscation = Confiscation(stage: .orderMade, orderPence: 100_000, orderDate: Self.d("2026-10-01"))
        var f = FormFixture.form(.confiscation(defendant: "D1"), c)
        FormFixture.set(&f, "paymentDue", "2027-01-01")
        #expect(try FormFixture.saved(f, c).defendants[0].confiscation?.paymentDue == Self.d("2027-01-01"))
    }

    @Test func validatorProblemsLandOnTheCTLFields() {
        let c = Self.withCTL()
        let f = FormFixture.form(.custodyTimeLimit(defendant: "D1", index: 0), c)
        let placed = f.place([Problem(path: "$.defendants[0].custodyTimeLimits[0].expires", message: "is before from")], in: c)
        #expect(placed == [FieldProblem(key: "expires", message: "Court's expiry is before from")])
    }
}
