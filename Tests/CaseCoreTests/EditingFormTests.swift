import Testing
@testable import CaseCore

/// Forms over every part of a case: what valid input saves, what each rule says, and how an
/// edit is re-applied to a newer version of the case.
@Suite struct EditingFormTests {
    // MARK: Case

    @Test func editingACaseChangesOnlyTheChangedFields() throws {
        var f = FormFixture.form(.case)
        #expect(f.title == "Edit case OCD-1")
        FormFixture.set(&f, "title", "Operation Kestrel II")
        FormFixture.set(&f, "crimeTypes", "drugTrafficking, money")
        FormFixture.set(&f, "status", "awaiting trial")
        let edit = try f.edit(today: FormFixture.today).get()
        #expect(Set(edit.values.keys) == ["title", "crimeTypes", "status"])
        let c = try edit.apply(to: FormFixture.sample(), context: FormFixture.context)
        #expect(c.title == "Operation Kestrel II")
        #expect(c.crimeTypes == [.drugTrafficking, .moneyLaundering])
        #expect(c.status == .awaitingTrial)
        var expected = FormFixture.sample()
        expected.title = c.title; expected.crimeTypes = c.crimeTypes; expected.status = c.status
        #expect(c == expected)
    }

    @Test func caseFormMessages() {
        var f = FormFixture.form(.case)
        FormFixture.set(&f, "title", "  ")
        FormFixture.set(&f, "unit", "nowhere")
        FormFixture.set(&f, "crimeTypes", "")
        FormFixture.set(&f, "opened", "soon")
        FormFixture.set(&f, "status", "finalised")
        let p = FormFixture.problems(f)
        #expect(p["title"] == "Title is required")
        #expect(p["unit"] == "\"nowhere\" is not one of OCD-LON")
        #expect(p["crimeTypes"]?.hasPrefix("Crime types: choose at least 1: drugTrafficking") == true)
        #expect(p["opened"] == "\"soon\" is not a date: use YYYY-MM-DD, today, +28d, -1w, +3m")
        #expect(p["finalised"] == "a finalised case needs the date it was finalised")
    }

    @Test func newCaseNeedsAFreeValidID() throws {
        var f = CaseForms.form(for: .case, in: nil, meta: FormFixture.meta, takenIDs: ["OCD-1"])!
        #expect(f.operation == .add)
        FormFixture.set(&f, "id", "OCD-1")
        FormFixture.set(&f, "title", "Operation Heron")
        FormFixture.set(&f, "unit", "OCD-LON")
        FormFixture.set(&f, "crimeTypes", "fraud")
        #expect(FormFixture.problems(f)["id"] == "OCD-1 is already taken")
        FormFixture.set(&f, "id", "bad id")
        #expect(FormFixture.problems(f)["id"]?.hasPrefix("\"bad id\" is not a valid id") == true)
        FormFixture.set(&f, "id", "OCD-2")
        let c = try f.edit(today: FormFixture.today).get().apply(to: nil, context: FormFixture.context)
        #expect(c.id == "OCD-2" && c.title == "Operation Heron" && c.opened == FormFixture.today && c.status == .preCharge)
        #expect(try f.edit(today: FormFixture.today).get().auditAction == "create")
    }

    // MARK: Defendants and their parts

    @Test func defendantOutcomeAndSentence() throws {
        var f = FormFixture.form(.defendant(id: "D1"))
        FormFixture.set(&f, "custody", "in custody")
        FormFixture.set(&f, "outcome.category", "guiltyPlea")
        FormFixture.set(&f, "outcome.date", "-1w")
        FormFixture.set(&f, "sentence.custodialMonths", "96")
        FormFixture.set(&f, "nationality", "Netherlands")
        let d = try FormFixture.saved(f).defendants[0]
        #expect(d.custody == .inCustody)
        #expect(d.outcome == Outcome(category: .guiltyPlea, date: Day(iso: "2026-11-17")!))
        #expect(d.sentence == Sentence(custodialMonths: 96))
        #expect(d.nationality == "NL")
        #expect(d.charges.count == 1)
    }

    @Test func defendantFormMessages() {
        var f = FormFixture.form(.defendant(id: "D1"))
        FormFixture.set(&f, "outcome.category", "guiltyPlea")
        FormFixture.set(&f, "sentence.custodialMonths", "-3")
        FormFixture.set(&f, "sentence.suspended", "maybe")
        FormFixture.set(&f, "dateOfBirth", "+1d")
        let p = FormFixture.problems(f)
        #expect(p["outcome.date"] == "an outcome needs its date")
        #expect(p["sentence.custodialMonths"] == "Custody (months) must be 0–1200, not -3")
        #expect(p["sentence.suspended"] == "\"maybe\" is not yes or no")
        #expect(p["dateOfBirth"] == "2026-11-25 is in the future")
        var g = FormFixture.form(.defendant(id: nil))
        #expect(FormFixture.problems(g)["name"] == "Name is required")
        FormFixture.set(&g, "name", "Jo Bloggs")
        FormFixture.set(&g, "custody", "a")
        #expect(FormFixture.problems(g)["custody"] == "\"a\" could be atLarge, abroad: type more")
    }

    @Test func addingADefendantTakesTheNextFreeID() throws {
        var f = FormFixture.form(.defendant(id: nil))
        FormFixture.set(&f, "name", "Jo Bloggs")
        FormFixture.set(&f, "custody", "at large")
        let c = try FormFixture.saved(f)
        #expect(c.defendants.map(\.id) == ["D1", "D2"])
        #expect(c.defendants[1].custody == .atLarge && c.defendants[1].outcome == nil)
    }

    @Test func chargesOrdersAndConfiscation() throws {
        var charge = FormFixture.form(.charge(defendant: "D1", index: nil))
        FormFixture.set(&charge, "offence", "Money laundering")
        FormFixture.set(&charge, "legislation", "POCA 2002 s.328")
        FormFixture.set(&charge, "count", "2")
        var c = try FormFixture.saved(charge)
        #expect(c.defendants[0].charges.last == Charge(offence: "Money laundering", legislation: "POCA 2002 s.328", count: 2))

        var order = FormFixture.form(.ancillaryOrder(defendant: "D1", index: nil), c)
        FormFixture.set(&order, "type", "serious crime")
        FormFixture.set(&order, "made", "today")
        FormFixture.set(&order, "expires", "-1d")
        #expect(FormFixture.problems(order)["expires"] == "2026-11-23 is before the date the order was made (2026-11-24)")
        FormFixture.set(&order, "expires", "+5y")
        c = try FormFixture.saved(order, c)
        #expect(c.defendants[0].ancillaryOrders == [AncillaryOrder(type: .seriousCrimePreventionOrder, made: FormFixture.today,
                                                                   expires: Day(iso: "2031-11-24")!)])

        var conf = FormFixture.form(.confiscation(defendant: "D1"), c)
        #expect(conf.operation == .add)
        FormFixture.set(&conf, "stage", "orderMade")
        FormFixture.set(&conf, "benefitPence", "£1,250,000")
        FormFixture.set(&conf, "recoveredPence", "2m")
        let p = FormFixture.problems(conf)
        #expect(p["orderPence"] == "an order needs its amount from stage \"Order made\" on")
        #expect(p["orderDate"] == "an order needs its date from stage \"Order made\" on")
        FormFixture.set(&conf, "orderPence", "1.5m")
        FormFixture.set(&conf, "orderDate", "2026-11-01")
        #expect(FormFixture.problems(conf)["recoveredPence"] == "£2,000,000 is more than the order (£1,500,000)")
        FormFixture.set(&conf, "recoveredPence", "250k")
        FormFixture.set(&conf, "availablePence", "1.2.3")
        #expect(FormFixture.problems(conf)["availablePence"] == "Available (£): \"1.2.3\" is not an amount: use \(MoneyInput.hint)")
        FormFixture.set(&conf, "availablePence", "")
        c = try FormFixture.saved(conf, c)
        #expect(c.defendants[0].confiscation == Confiscation(stage: .orderMade, benefitPence: 125_000_000, orderPence: 150_000_000,
                                                              orderDate: Day(iso: "2026-11-01")!, recoveredPence: 25_000_000))
        // The form shows pounds again.
        #expect(FormFixture.form(.confiscation(defendant: "D1"), c)["orderPence"] == "1,500,000")
    }

    // MARK: Hearings, notes, chases

    @Test func hearingsAndNotes() throws {
        var h = FormFixture.form(.hearing(index: nil))
        #expect(FormFixture.problems(h)["court"] == "Court is required")
        FormFixture.set(&h, "date", "+28d")
        FormFixture.set(&h, "court", "Leeds Crown Court")
        FormFixture.set(&h, "type", "trial")
        var c = try FormFixture.saved(h)
        #expect(c.hearings.last == Hearing(date: Day(iso: "2026-12-22")!, court: "Leeds Crown Court", type: .trial))

        var n = FormFixture.form(.note(index: nil), c)
        #expect(FormFixture.problems(n)["text"] == "Text is required")
        FormFixture.set(&n, "text", "Defence served expert report.")
        c = try FormFixture.saved(n, c)
        #expect(c.notes == [Note(at: FormFixture.context.now, author: "pshah", text: "Defence served expert report.")])
    }

    @Test func chasesKeepLastChasedOnTheNewest() throws {
        var ch = FormFixture.form(.chase(request: "OCD-1-R1", index: nil))
        FormFixture.set(&ch, "date", "+1d")
        #expect(FormFixture.problems(ch)["date"] == "2026-11-25 is in the future: record a chase once it is made")
        FormFixture.set(&ch, "date", "-1w")
        FormFixture.set(&ch, "by", "tokafor")
        var c = try FormFixture.saved(ch)
        FormFixture.set(&ch, "date", "2026-10-01")
        c = try FormFixture.saved(ch, c)
        let r = c.requests[0]
        #expect(r.chases?.map(\.date.iso) == ["2026-10-01", "2026-11-17"])
        #expect(r.lastChased?.iso == "2026-11-17")
        // Deleting the newest chase moves lastChased back.
        let del = CaseForms.deletion(of: .chase(request: "OCD-1-R1", index: 1), in: c)!
        #expect(try del.apply(to: c, context: FormFixture.context).requests[0].lastChased?.iso == "2026-10-01")
    }

    // MARK: Re-applying to a newer version

    @Test func anEditIsReappliedToTheNewerVersionWithoutUndoingTheirs() throws {
        var mine = FormFixture.form(.defendant(id: "D1"))
        FormFixture.set(&mine, "custody", "inCustody")
        let edit = try mine.edit(today: FormFixture.today).get()
        var theirs = FormFixture.sample()
        theirs.title = "Operation Kestrel (renamed)"
        theirs.defendants[0].name = "Alan J. Marsh"
        theirs.hearings.insert(Hearing(date: Day(iso: "2026-11-30")!, court: "Leeds", type: .pretrial), at: 0)
        theirs.revision = 4
        let merged = try edit.apply(to: theirs, context: FormFixture.context)
        #expect(merged.defendants[0].custody == .inCustody)
        #expect(merged.defendants[0].name == "Alan J. Marsh")
        #expect(merged.title == "Operation Kestrel (renamed)")
    }

    @Test func aPositionalPartIsFoundByValueOrRefused() throws {
        var h = FormFixture.form(.hearing(index: 0))
        FormFixture.set(&h, "court", "Old Bailey")
        let edit = try h.edit(today: FormFixture.today).get()
        var moved = FormFixture.sample()
        moved.hearings.insert(Hearing(date: Day(iso: "2026-11-30")!, court: "Leeds", type: .pretrial), at: 0)
        let c = try edit.apply(to: moved, context: FormFixture.context)
        #expect(c.hearings.map(\.court) == ["Leeds", "Old Bailey"])
        var changed = FormFixture.sample()
        changed.hearings[0].court = "Woolwich"
        #expect(throws: FieldProblem(key: nil, message: "The hearing 1 is no longer in the case: someone else changed or removed it.")) {
            try edit.apply(to: changed, context: FormFixture.context)
        }
        var gone = FormFixture.sample()
        gone.defendants = []
        var d = FormFixture.form(.defendant(id: "D1"))
        FormFixture.set(&d, "name", "X")
        #expect(throws: FieldProblem.self) { try d.edit(today: FormFixture.today).get().apply(to: gone, context: FormFixture.context) }
    }

    @Test func validatorProblemsArePlacedAtTheirFields() {
        let f = FormFixture.form(.defendant(id: "D1"))
        let placed = f.place([Problem(path: "$.defendants[0].nationality", message: "is not an ISO code"),
                              Problem(path: "$.unit", message: "unknown unit")], in: FormFixture.sample())
        #expect(placed == [FieldProblem(key: "nationality", message: "Nationality is not an ISO code"),
                           FieldProblem(key: nil, message: "$.unit: unknown unit")])
    }
}
