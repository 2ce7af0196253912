/// How the fields of each part's form are written into the model. Keys are the JSON keys of
/// the part (`outcome.date` for a nested one); a key absent from `values` is left alone.
extension CaseEdit {
    func newCase(_ context: EditContext) -> Case {
        var c = Case(id: string("id") ?? "", title: "", unit: "", crimeTypes: [], status: .preCharge,
                     opened: context.today, updated: context.now)
        setCase(&c)
        return c
    }

    func setCase(_ c: inout Case) {
        assign("urn", &c.urn, string)
        assign("title", &c.title) { string($0) ?? "" }
        assign("summary", &c.summary) { string($0) ?? "" }
        assign("unit", &c.unit) { string($0) ?? "" }
        assign("lawyer", &c.lawyer, string)
        assign("caseworker", &c.caseworker, string)
        if has("crimeTypes") { c.crimeTypes = list("crimeTypes").compactMap(CrimeType.init(rawValue:)) }
        assign("status", &c.status, vocab)
        assign("sensitivity", &c.sensitivity, vocab)
        assign("opened", &c.opened, day)
        assign("finalised", &c.finalised, day)
    }

    func editDefendant(_ c: inout Case, id: String?) throws(FieldProblem) {
        switch operation {
        case .add:
            let newID = string("id") ?? Self.nextID(prefix: "D", taken: Set(c.defendants.map(\.id)))
            var d = Defendant(id: newID, name: "", custody: .atLarge)
            setDefendant(&d)
            c.defendants.append(d)
        case .update, .delete:
            guard let id, let n = c.defendants.firstIndex(where: { $0.id == id }) else { throw gone("defendant \(id ?? "")") }
            if operation == .delete {
                c.defendants.remove(at: n)
                // A request naming a removed defendant would point at nothing.
                for r in c.requests.indices where c.requests[r].defendant == id { c.requests[r].defendant = nil }
            } else {
                setDefendant(&c.defendants[n])
            }
        }
    }

    func setDefendant(_ d: inout Defendant) {
        assign("name", &d.name) { string($0) ?? "" }
        assign("dateOfBirth", &d.dateOfBirth, day)
        assign("nationality", &d.nationality, string)
        assign("custody", &d.custody, vocab)
        assign("remand", &d.remand, vocab)
        if has("outcome.category") || has("outcome.date") {
            let category: OutcomeCategory? = has("outcome.category") ? vocab("outcome.category") : d.outcome?.category
            let date = has("outcome.date") ? day("outcome.date") : d.outcome?.date
            if let category, let date {
                d.outcome = Outcome(category: category, date: date, extra: d.outcome?.extra ?? [:])
            } else {
                d.outcome = nil
            }
        }
        if has("sentence.custodialMonths") || has("sentence.suspended") || has("sentence.description") {
            var s = d.sentence ?? Sentence()
            assign("sentence.custodialMonths", &s.custodialMonths, int)
            assign("sentence.suspended", &s.suspended, bool)
            assign("sentence.description", &s.description, string)
            let empty = s.custodialMonths == nil && s.suspended == nil && s.description == nil && s.extra.isEmpty
            d.sentence = empty ? nil : s
        }
    }

    func setCharge(_ x: inout Charge) {
        assign("offence", &x.offence) { string($0) ?? "" }
        assign("legislation", &x.legislation, string)
        assign("count", &x.count, int)
    }

    func setOrder(_ x: inout AncillaryOrder) {
        assign("type", &x.type, vocab)
        assign("made", &x.made, day)
        assign("expires", &x.expires, day)
    }

    func setConfiscation(_ x: inout Confiscation) {
        assign("stage", &x.stage, vocab)
        assign("restraintDate", &x.restraintDate, day)
        assign("benefitPence", &x.benefitPence, int)
        assign("availablePence", &x.availablePence, int)
        assign("orderPence", &x.orderPence, int)
        assign("orderDate", &x.orderDate, day)
        assign("recoveredPence", &x.recoveredPence, int)
        assign("paymentDue", &x.paymentDue, day)
    }

    func setHearing(_ x: inout Hearing) {
        assign("date", &x.date, day)
        assign("court", &x.court) { string($0) ?? "" }
        assign("type", &x.type, vocab)
        assign("note", &x.note, string)
    }

    func editRequest(_ c: inout Case, id: String?, _ context: EditContext) throws(FieldProblem) {
        switch operation {
        case .add:
            let prefix = "\(c.id)-R"
            let newID = string("id") ?? Self.nextID(prefix: prefix, taken: Set(c.requests.map(\.id)))
            let status: RequestStatus = vocab("status") ?? .draft
            var r = InternationalRequest(id: newID, kind: .mla, direction: .outgoing, country: "", legalBasis: "", status: status)
            setRequest(&r)
            let date = day("statusDate") ?? (status == .draft ? context.today : r.sent ?? context.today)
            r.history = [StatusChange(status: status, date: date, note: string("statusNote"))]
            if status != .draft, r.sent == nil, status != .withdrawn { r.sent = date }
            c.requests.append(r)
        case .update, .delete:
            guard let id, let n = c.requests.firstIndex(where: { $0.id == id }) else { throw gone("request \(id ?? "")") }
            if operation == .delete { c.requests.remove(at: n); return }
            setRequest(&c.requests[n])
            if let to: RequestStatus = vocab("status") {
                try RequestLifecycle.change(&c.requests[n], to: to, on: day("statusDate") ?? context.today, note: string("statusNote"))
            }
        }
    }

    /// Every field but the status, whose change goes through the lifecycle.
    func setRequest(_ r: inout InternationalRequest) {
        assign("kind", &r.kind, vocab)
        assign("direction", &r.direction, vocab)
        assign("country", &r.country) { string($0) ?? "" }
        assign("authority", &r.authority, string)
        assign("legalBasis", &r.legalBasis) { string($0) ?? "" }
        if has("assistance") { r.assistance = list("assistance") }
        assign("urgent", &r.urgent, bool)
        assign("sent", &r.sent, day)
        assign("due", &r.due, day)
        assign("lastChased", &r.lastChased, day)
        assign("liaison", &r.liaison, string)
        assign("defendant", &r.defendant, string)
        assign("note", &r.note, string)
    }

    func setChase(_ x: inout Chase) {
        assign("date", &x.date, day)
        assign("by", &x.by, string)
        assign("note", &x.note, string)
    }

    func setNote(_ x: inout Note) {
        assign("text", &x.text) { string($0) ?? "" }
    }

    /// `D1`, `D2`, … the first number not taken.
    static func nextID(prefix: String, taken: Set<String>, from start: Int? = nil) -> String {
        var n = start ?? taken.count + 1
        // Counting from the size finds a free number at once unless ids have gaps.
        while taken.contains("\(prefix)\(n)") { n += 1 }
        return "\(prefix)\(n)"
    }
}
