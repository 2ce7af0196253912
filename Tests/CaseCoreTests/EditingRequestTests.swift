import Testing
@testable import CaseCore

/// Request forms: every field, and the status history kept by the lifecycle rules.
@Suite struct EditingRequestTests {

    @Test func newRequestStartsItsHistory() throws {
        var f = FormFixture.form(.request(id: nil))
        #expect(f["id"] == "OCD-1-R2")
        Self.fill(&f)
        let c = try FormFixture.saved(f)
        let r = c.requests[1]
        #expect(r.id == "OCD-1-R2" && r.kind == .europeanInvestigationOrder && r.direction == .outgoing)
        #expect(r.country == "FR" && r.authority == "Parquet de Paris" && r.legalBasis == "eu2000")
        #expect(r.assistance == ["bankRecords", "witnessStatement", "forensicImages"])
        #expect(r.urgent && r.status == .sent && r.due?.iso == "2027-02-16")
        #expect(r.history == [StatusChange(status: .sent, date: FormFixture.today)])
        #expect(r.sent == FormFixture.today && r.liaison == "tokafor" && r.defendant == "D1" && r.note == "Via Eurojust")
    }

    static func fill(_ f: inout EditForm) {
        FormFixture.set(&f, "kind", "eio")
        FormFixture.set(&f, "country", "france")
        FormFixture.set(&f, "authority", "Parquet de Paris")
        FormFixture.set(&f, "legalBasis", "eu2000")
        FormFixture.set(&f, "assistance", "bankRecords, witness, forensicImages")
        FormFixture.set(&f, "urgent", "y")
        FormFixture.set(&f, "status", "sent")
        FormFixture.set(&f, "due", "+12w")
        FormFixture.set(&f, "liaison", "tokafor")
        FormFixture.set(&f, "defendant", "D1")
        FormFixture.set(&f, "note", "Via Eurojust")
    }

    @Test func requestFormMessages() {
        var f = FormFixture.form(.request(id: nil))
        Self.fill(&f)
        FormFixture.set(&f, "id", "OCD-1-R1")
        FormFixture.set(&f, "country", "Narnia")
        FormFixture.set(&f, "sent", "2026-11-01")
        FormFixture.set(&f, "due", "2026-10-01")
        FormFixture.set(&f, "defendant", "D9")
        FormFixture.set(&f, "assistance", "bank records")
        let p = FormFixture.problems(f)
        #expect(p["id"] == "OCD-1-R1 is already taken")
        #expect(p["country"]?.hasPrefix("\"Narnia\" is not one of") == true)
        #expect(p["due"] == "2026-10-01 is before the date it was sent (2026-11-01)")
        #expect(p["defendant"] == "\"D9\" is not one of D1")
        #expect(p["assistance"]?.hasPrefix("\"bank records\" is not one of") == true)
        FormFixture.set(&f, "country", "GB")
        #expect(FormFixture.problems(f)["country"] == "the other state cannot be the United Kingdom")
    }

    @Test func statusChangesAppendToTheHistory() throws {
        var f = FormFixture.form(.request(id: "OCD-1-R1"))
        FormFixture.set(&f, "status", "inExecution")
        FormFixture.set(&f, "statusNote", "Spanish court authorised search")
        var c = try FormFixture.saved(f)
        #expect(c.requests[0].status == .inExecution)
        #expect(c.requests[0].history.map(\.status) == [.draft, .sent, .inExecution])
        #expect(c.requests[0].history.last == StatusChange(status: .inExecution, date: FormFixture.today, note: "Spanish court authorised search"))
        // Editing another field adds nothing to the history.
        var g = FormFixture.form(.request(id: "OCD-1-R1"), c)
        FormFixture.set(&g, "authority", "Audiencia Nacional")
        c = try FormFixture.saved(g, c)
        #expect(c.requests[0].history.count == 3 && c.requests[0].authority == "Audiencia Nacional")
    }

    @Test func lifecycleRefusesAStepBackOrADateBeforeTheLastChange() throws {
        var f = FormFixture.form(.request(id: "OCD-1-R1"))
        FormFixture.set(&f, "status", "draft")
        let edit = try f.edit(today: FormFixture.today).get()
        #expect(throws: FieldProblem.self) { try edit.apply(to: FormFixture.sample(), context: FormFixture.context) }
        do throws(FieldProblem) {
            _ = try edit.apply(to: FormFixture.sample(), context: FormFixture.context)
        } catch {
            #expect(error.key == "status")
            #expect(error.message.hasPrefix("Cannot go from sent to draft"))
        }
        FormFixture.set(&f, "status", "withdrawn")
        FormFixture.set(&f, "statusDate", "2026-01-05")
        let back = try f.edit(today: FormFixture.today).get()
        do throws(FieldProblem) {
            _ = try back.apply(to: FormFixture.sample(), context: FormFixture.context)
            Issue.record("a status date before the last change was accepted")
        } catch {
            #expect(error == FieldProblem(key: "statusDate", message: "2026-01-05 is before the last change of status (2026-01-10)"))
        }
        var closed = FormFixture.sample()
        closed.requests[0].status = .refused
        closed.requests[0].history.append(StatusChange(status: .refused, date: FormFixture.today))
        var g = FormFixture.form(.request(id: "OCD-1-R1"), closed)
        FormFixture.set(&g, "status", "executed")
        #expect(throws: FieldProblem.self) { try g.edit(today: FormFixture.today).get().apply(to: closed, context: FormFixture.context) }
    }

    @Test func deletingARequestOrDefendantKeepsReferencesTrue() throws {
        var c = FormFixture.sample()
        c.requests[0].defendant = "D1"
        let del = CaseForms.deletion(of: .defendant(id: "D1"), in: c)!
        let after = try del.apply(to: c, context: FormFixture.context)
        #expect(after.defendants.isEmpty && after.requests[0].defendant == nil)
        let delR = CaseForms.deletion(of: .request(id: "OCD-1-R1"), in: c)!
        #expect(try delR.apply(to: c, context: FormFixture.context).requests.isEmpty)
        #expect(CaseForms.deletion(of: .request(id: "nope"), in: c) == nil)
    }
}
