import Testing
@testable import CaseCore

/// Forms over every part of a case: what valid input saves, what each rule says, and how an
/// edit is re-applied to a newer version of the case.
@Suite struct EditingFormTests {
    static let today = Day(year: 2026, month: 11, day: 24)!
    static let context = EditContext(today: today, now: Timestamp(seconds: 1_795_000_000), user: "pshah")
    static let meta = StoreMeta(name: "Test", units: [Unit(id: "OCD-LON", name: "OCD London", kind: .organisedCrimeDivision)],
                                people: [Person(id: "pshah", name: "Priya Shah", role: .prosecutor),
                                         Person(id: "tokafor", name: "Tunde Okafor", role: .liaisonProsecutor)])

    static func sample() -> Case {
        Case(id: "OCD-1", title: "Operation Kestrel", unit: "OCD-LON", lawyer: "pshah", crimeTypes: [.drugTrafficking],
             status: .charged, opened: Day(iso: "2025-03-01")!,
             defendants: [Defendant(id: "D1", name: "Alan Marsh", custody: .onBail,
                                    charges: [Charge(offence: "Conspiracy to supply", legislation: "MDA 1971 s.4(3)")])],
             hearings: [Hearing(date: Day(iso: "2026-12-01")!, court: "Southwark Crown Court", type: .plea)],
             requests: [InternationalRequest(id: "OCD-1-R1", kind: .mla, direction: .outgoing, country: "ES",
                                             legalBasis: "coe1959", status: .sent,
                                             history: [StatusChange(status: .draft, date: Day(iso: "2026-01-02")!),
                                                       StatusChange(status: .sent, date: Day(iso: "2026-01-10")!)],
                                             sent: Day(iso: "2026-01-10")!)],
             revision: 3, updated: Timestamp(seconds: 1_790_000_000))
    }

    static func form(_ part: CasePart, _ c: Case = sample()) -> EditForm {
        CaseForms.form(for: part, in: c, meta: meta)!
    }

    static func set(_ form: inout EditForm, _ key: String, _ text: String) {
        form.fields[form.index(of: key)!].text = text
    }

    static func problems(_ form: EditForm) -> [String: String] {
        guard case .failure(let p) = form.edit(today: today) else { return [:] }
        var out: [String: String] = [:]
        for x in p.problems { out[x.key ?? "form"] = x.message }
        return out
    }

    static func saved(_ form: EditForm, _ c: Case = sample()) throws -> Case {
        try form.edit(today: today).get().apply(to: c, context: context)
    }

    // MARK: Case

    @Test func editingACaseChangesOnlyTheChangedFields() throws {
        var f = Self.form(.case)
        #expect(f.title == "Edit case OCD-1")
        Self.set(&f, "title", "Operation Kestrel II")
        Self.set(&f, "crimeTypes", "drugTrafficking, money")
        Self.set(&f, "status", "awaiting trial")
        let edit = try f.edit(today: Self.today).get()
        #expect(Set(edit.values.keys) == ["title", "crimeTypes", "status"])
        let c = try edit.apply(to: Self.sample(), context: Self.context)
        #expect(c.title == "Operation Kestrel II")
        #expect(c.crimeTypes == [.drugTrafficking, .moneyLaundering])
        #expect(c.status == .awaitingTrial)
        var expected = Self.sample()
        expected.title = c.title; expected.crimeTypes = c.crimeTypes; expected.status = c.status
        #expect(c == expected)
    }

    @Test func caseFormMessages() {
        var f = Self.form(.case)
        Self.set(&f, "title", "  ")
        Self.set(&f, "unit", "nowhere")
        Self.set(&f, "crimeTypes", "")
        Self.set(&f, "opened", "soon")
        Self.set(&f, "status", "finalised")
        let p = Self.problems(f)
        #expect(p["title"] == "Title is required")
        #expect(p["unit"] == "\"nowhere\" is not one of OCD-LON")
        #expect(p["crimeTypes"]?.hasPrefix("Crime types: choose at least 1: drugTrafficking") == true)
        #expect(p["opened"] == "\"soon\" is not a date: use YYYY-MM-DD, today, +28d, -1w, +3m")
        #expect(p["finalised"] == "a finalised case needs the date it was finalised")
    }

    @Test func newCaseNeedsAFreeValidID() throws {
        var f = CaseForms.form(for: .case, in: nil, meta: Self.meta, takenIDs: ["OCD-1"])!
        #expect(f.operation == .add)
        Self.set(&f, "id", "OCD-1")
        Self.set(&f, "title", "Operation Heron")
        Self.set(&f, "unit", "OCD-LON")
        Self.set(&f, "crimeTypes", "fraud")
        #expect(Self.problems(f)["id"] == "OCD-1 is already taken")
        Self.set(&f, "id", "bad id")
        #expect(Self.problems(f)["id"]?.hasPrefix("\"bad id\" is not a valid id") == true)
        Self.set(&f, "id", "OCD-2")
        let c = try f.edit(today: Self.today).get().apply(to: nil, context: Self.context)
        #expect(c.id == "OCD-2" && c.title == "Operation Heron" && c.opened == Self.today && c.status == .preCharge)
        #expect(try f.edit(today: Self.today).get().auditAction == "create")
    }

    // MARK: Defendants and their parts

    @Test func defendantOutcomeAndSentence() throws {
        var f = Self.form(.defendant(id: "D1"))
        Self.set(&f, "custody", "in custody")
        Self.set(&f, "outcome.category", "guiltyPlea")
        Self.set(&f, "outcome.date", "-1w")
        Self.set(&f, "sentence.custodialMonths", "96")
        Self.set(&f, "nationality", "Netherlands")
        let d = try Self.saved(f).defendants[0]
        #expect(d.custody == .inCustody)
        #expect(d.outcome == Outcome(category: .guiltyPlea, date: Day(iso: "2026-11-17")!))
        #expect(d.sentence == Sentence(custodialMonths: 96))
        #expect(d.nationality == "NL")
        #expect(d.charges.count == 1)
    }

    @Test func defendantFormMessages() {
        var f = Self.form(.defendant(id: "D1"))
        Self.set(&f, "outcome.category", "guiltyPlea")
        Self.set(&f, "sentence.custodialMonths", "-3")
        Self.set(&f, "sentence.suspended", "maybe")
        Self.set(&f, "dateOfBirth", "+1d")
        let p = Self.problems(f)
        #expect(p["outcome.date"] == "an outcome needs its date")
        #expect(p["sentence.custodialMonths"] == "Custody (months) must be 0–1200, not -3")
        #expect(p["sentence.suspended"] == "\"maybe\" is not yes or no")
        #expect(p["dateOfBirth"] == "2026-11-25 is in the future")
        var g = Self.form(.defendant(id: nil))
        #expect(Self.problems(g)["name"] == "Name is required")
        Self.set(&g, "name", "Jo Bloggs")
        Self.set(&g, "custody", "a")
        #expect(Self.problems(g)["custody"] == "\"a\" could be atLarge, abroad: type more")
    }

    @Test func addingADefendantTakesTheNextFreeID() throws {
        var f = Self.form(.defendant(id: nil))
        Self.set(&f, "name", "Jo Bloggs")
        Self.set(&f, "custody", "at large")
        let c = try Self.saved(f)
        #expect(c.defendants.map(\.id) == ["D1", "D2"])
        #expect(c.defendants[1].custody == .atLarge && c.defendants[1].outcome == nil)
    }

    @Test func chargesOrdersAndConfiscation() throws {
        var charge = Self.form(.charge(defendant: "D1", index: nil))
        Self.set(&charge, "offence", "Money laundering")
        Self.set(&charge, "legislation", "POCA 2002 s.328")
        Self.set(&charge, "count", "2")
        var c = try Self.saved(charge)
        #expect(c.defendants[0].charges.last == Charge(offence: "Money laundering", legislation: "POCA 2002 s.328", count: 2))

        var order = Self.form(.ancillaryOrder(defendant: "D1", index: nil), c)
        Self.set(&order, "type", "serious crime")
        Self.set(&order, "made", "today")
        Self.set(&order, "expires", "-1d")
        #expect(Self.problems(order)["expires"] == "2026-11-23 is before the date the order was made (2026-11-24)")
        Self.set(&order, "expires", "+5y")
        c = try Self.saved(order, c)
        #expect(c.defendants[0].ancillaryOrders == [AncillaryOrder(type: .seriousCrimePreventionOrder, made: Self.today,
                                                                   expires: Day(iso: "2031-11-24")!)])

        var conf = Self.form(.confiscation(defendant: "D1"), c)
        #expect(conf.operation == .add)
        Self.set(&conf, "stage", "orderMade")
        Self.set(&conf, "benefitPence", "£1,250,000")
        Self.set(&conf, "recoveredPence", "2m")
        let p = Self.problems(conf)
        #expect(p["orderPence"] == "an order needs its amount from stage \"Order made\" on")
        #expect(p["orderDate"] == "an order needs its date from stage \"Order made\" on")
        Self.set(&conf, "orderPence", "1.5m")
        Self.set(&conf, "orderDate", "2026-11-01")
        #expect(Self.problems(conf)["recoveredPence"] == "£2,000,000 is more than the order (£1,500,000)")
        Self.set(&conf, "recoveredPence", "250k")
        Self.set(&conf, "availablePence", "1.2.3")
        #expect(Self.problems(conf)["availablePence"] == "Available (£): \"1.2.3\" is not an amount: use \(MoneyInput.hint)")
        Self.set(&conf, "availablePence", "")
        c = try Self.saved(conf, c)
        #expect(c.defendants[0].confiscation == Confiscation(stage: .orderMade, benefitPence: 125_000_000, orderPence: 150_000_000,
                                                              orderDate: Day(iso: "2026-11-01")!, recoveredPence: 25_000_000))
        // The form shows pounds again.
        #expect(Self.form(.confiscation(defendant: "D1"), c)["orderPence"] == "1,500,000")
    }

    // MARK: Hearings, notes, chases

    @Test func hearingsAndNotes() throws {
        var h = Self.form(.hearing(index: nil))
        #expect(Self.problems(h)["court"] == "Court is required")
        Self.set(&h, "date", "+28d")
        Self.set(&h, "court", "Leeds Crown Court")
        Self.set(&h, "type", "trial")
        var c = try Self.saved(h)
        #expect(c.hearings.last == Hearing(date: Day(iso: "2026-12-22")!, court: "Leeds Crown Court", type: .trial))

        var n = Self.form(.note(index: nil), c)
        #expect(Self.problems(n)["text"] == "Text is required")
        Self.set(&n, "text", "Defence served expert report.")
        c = try Self.saved(n, c)
        #expect(c.notes == [Note(at: Self.context.now, author: "pshah", text: "Defence served expert report.")])
    }

    @Test func chasesKeepLastChasedOnTheNewest() throws {
        var ch = Self.form(.chase(request: "OCD-1-R1", index: nil))
        Self.set(&ch, "date", "+1d")
        #expect(Self.problems(ch)["date"] == "2026-11-25 is in the future: record a chase once it is made")
        Self.set(&ch, "date", "-1w")
        Self.set(&ch, "by", "tokafor")
        var c = try Self.saved(ch)
        Self.set(&ch, "date", "2026-10-01")
        c = try Self.saved(ch, c)
        let r = c.requests[0]
        #expect(r.chases?.map(\.date.iso) == ["2026-10-01", "2026-11-17"])
        #expect(r.lastChased?.iso == "2026-11-17")
        // Deleting the newest chase moves lastChased back.
        let del = CaseForms.deletion(of: .chase(request: "OCD-1-R1", index: 1), in: c)!
        #expect(try del.apply(to: c, context: Self.context).requests[0].lastChased?.iso == "2026-10-01")
    }

    // MARK: Re-applying to a newer version

    @Test func anEditIsReappliedToTheNewerVersionWithoutUndoingTheirs() throws {
        var mine = Self.form(.defendant(id: "D1"))
        Self.set(&mine, "custody", "inCustody")
        let edit = try mine.edit(today: Self.today).get()
        var theirs = Self.sample()
        theirs.title = "Operation Kestrel (renamed)"
        theirs.defendants[0].name = "Alan J. Marsh"
        theirs.hearings.insert(Hearing(date: Day(iso: "2026-11-30")!, court: "Leeds", type: .pretrial), at: 0)
        theirs.revision = 4
        let merged = try edit.apply(to: theirs, context: Self.context)
        #expect(merged.defendants[0].custody == .inCustody)
        #expect(merged.defendants[0].name == "Alan J. Marsh")
        #expect(merged.title == "Operation Kestrel (renamed)")
    }

    @Test func aPositionalPartIsFoundByValueOrRefused() throws {
        var h = Self.form(.hearing(index: 0))
        Self.set(&h, "court", "Old Bailey")
        let edit = try h.edit(today: Self.today).get()
        var moved = Self.sample()
        moved.hearings.insert(Hearing(date: Day(iso: "2026-11-30")!, court: "Leeds", type: .pretrial), at: 0)
        let c = try edit.apply(to: moved, context: Self.context)
        #expect(c.hearings.map(\.court) == ["Leeds", "Old Bailey"])
        var changed = Self.sample()
        changed.hearings[0].court = "Woolwich"
        #expect(throws: FieldProblem(key: nil, message: "The hearing 1 is no longer in the case: someone else changed or removed it.")) {
            try edit.apply(to: changed, context: Self.context)
        }
        var gone = Self.sample()
        gone.defendants = []
        var d = Self.form(.defendant(id: "D1"))
        Self.set(&d, "name", "X")
        #expect(throws: FieldProblem.self) { try d.edit(today: Self.today).get().apply(to: gone, context: Self.context) }
    }

    @Test func validatorProblemsArePlacedAtTheirFields() {
        let f = Self.form(.defendant(id: "D1"))
        let placed = f.place([Problem(path: "$.defendants[0].nationality", message: "is not an ISO code"),
                              Problem(path: "$.unit", message: "unknown unit")], in: Self.sample())
        #expect(placed == [FieldProblem(key: "nationality", message: "Nationality is not an ISO code"),
                           FieldProblem(key: nil, message: "$.unit: unknown unit")])
    }
}
