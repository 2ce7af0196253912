import Testing
@testable import CaseCore

/// Request forms: every field, and the status history kept by the lifecycle rules.
@Suite struct EditingRequestTests {
    typealias F = EditingFormTests

    @Test func newRequestStartsItsHistory() throws {
        var f = F.form(.request(id: nil))
        #expect(f["id"] == "OCD-1-R2")
        Self.fill(&f)
        let c = try F.saved(f)
        let r = c.requests[1]
        #expect(r.id == "OCD-1-R2" && r.kind == .europeanInvestigationOrder && r.direction == .outgoing)
        #expect(r.country == "FR" && r.authority == "Parquet de Paris" && r.legalBasis == "eu2000")
        #expect(r.assistance == ["bankRecords", "witnessStatement", "forensicImages"])
        #expect(r.urgent && r.status == .sent && r.due?.iso == "2027-02-16")
        #expect(r.history == [StatusChange(status: .sent, date: F.today)])
        #expect(r.sent == F.today && r.liaison == "tokafor" && r.defendant == "D1" && r.note == "Via Eurojust")
    }

    static func fill(_ f: inout EditForm) {
        F.set(&f, "kind", "eio")
        F.set(&f, "country", "france")
        F.set(&f, "authority", "Parquet de Paris")
        F.set(&f, "legalBasis", "eu2000")
        F.set(&f, "assistance", "bankRecords, witness, forensicImages")
        F.set(&f, "urgent", "y")
        F.set(&f, "status", "sent")
        F.set(&f, "due", "+12w")
        F.set(&f, "liaison", "tokafor")
        F.set(&f, "defendant", "D1")
        F.set(&f, "note", "Via Eurojust")
    }

    @Test func requestFormMessages() {
        var f = F.form(.request(id: nil))
        Self.fill(&f)
        F.set(&f, "id", "OCD-1-R1")
        F.set(&f, "country", "Narnia")
        F.set(&f, "sent", "2026-11-01")
        F.set(&f, "due", "2026-10-01")
        F.set(&f, "defendant", "D9")
        F.set(&f, "assistance", "bank records")
        let p = F.problems(f)
        #expect(p["id"] == "OCD-1-R1 is already taken")
        #expect(p["country"]?.hasPrefix("\"Narnia\" is not one of") == true)
        #expect(p["due"] == "2026-10-01 is before the date it was sent (2026-11-01)")
        #expect(p["defendant"] == "\"D9\" is not one of D1")
        #expect(p["assistance"]?.hasPrefix("\"bank records\" is not one of") == true)
        F.set(&f, "country", "GB")
        #expect(F.problems(f)["country"] == "the other state cannot be the United Kingdom")
    }

    @Test func statusChangesAppendToTheHistory() throws {
        var f = F.form(.request(id: "OCD-1-R1"))
        F.set(&f, "status", "inExecution")
        F.set(&f, "statusNote", "Spanish court authorised search")
        var c = try F.saved(f)
        #expect(c.requests[0].status == .inExecution)
        #expect(c.requests[0].history.map(\.status) == [.draft, .sent, .inExecution])
        #expect(c.requests[0].history.last == StatusChange(status: .inExecution, date: F.today, note: "Spanish court authorised search"))
        // Editing another field adds nothing to the history.
        var g = F.form(.request(id: "OCD-1-R1"), c)
        F.set(&g, "authority", "Audiencia Nacional")
        c = try F.saved(g, c)
        #expect(c.requests[0].history.count == 3 && c.requests[0].authority == "Audiencia Nacional")
    }

    @Test func lifecycleRefusesAStepBackOrADateBeforeTheLastChange() throws {
        var f = F.form(.request(id: "OCD-1-R1"))
        F.set(&f, "status", "draft")
        let edit = try f.edit(today: F.today).get()
        #expect(throws: FieldProblem.self) { try edit.apply(to: F.sample(), context: F.context) }
        do throws(FieldProblem) {
            _ = try edit.apply(to: F.sample(), context: F.context)
        } catch {
            #expect(error.key == "status")
            #expect(error.message.hasPrefix("Cannot go from sent to draft"))
        }
        F.set(&f, "status", "withdrawn")
        F.set(&f, "statusDate", "2026-01-05")
        let back = try f.edit(today: F.today).get()
        do throws(FieldProblem) {
            _ = try back.apply(to: F.sample(), context: F.context)
            Issue.record("a status date before the last change was accepted")
        } catch {
            #expect(error == FieldProblem(key: "statusDate", message: "2026-01-05 is before the last change of status (2026-01-10)"))
        }
        var closed = F.sample()
        closed.requests[0].status = .refused
        closed.requests[0].history.append(StatusChange(status: .refused, date: F.today))
        var g = F.form(.request(id: "OCD-1-R1"), closed)
        F.set(&g, "status", "executed")
        #expect(throws: FieldProblem.self) { try g.edit(today: F.today).get().apply(to: closed, context: F.context) }
    }

    @Test func deletingARequestOrDefendantKeepsReferencesTrue() throws {
        var c = F.sample()
        c.requests[0].defendant = "D1"
        let del = CaseForms.deletion(of: .defendant(id: "D1"), in: c)!
        let after = try del.apply(to: c, context: F.context)
        #expect(after.defendants.isEmpty && after.requests[0].defendant == nil)
        let delR = CaseForms.deletion(of: .request(id: "OCD-1-R1"), in: c)!
        #expect(try delR.apply(to: c, context: F.context).requests.isEmpty)
        #expect(CaseForms.deletion(of: .request(id: "nope"), in: c) == nil)
    }
}
