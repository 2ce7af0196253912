/// Checks a `Case` value before it is saved (a form or an editor can call it too): every
/// rule the decoder applies to a file that can still be broken in a value, plus references
/// to the store's units and people and to the case's own defendants. `save` refuses a case
/// with any problem that is not a warning.
public enum CaseValidator {
    public static func problems(of c: Case, meta: StoreMeta?) -> [Problem] {
        var out = valueProblems(of: c)
        if let meta { out += referenceProblems(of: c, meta: meta) }
        return out
    }

    /// The rules that need nothing but the case.
    public static func valueProblems(of c: Case) -> [Problem] {
        var out: [Problem] = []
        // Paths are made only for a problem: every case file read is checked.
        func add(_ path: @autoclosure () -> String, _ message: String) { out.append(Problem(path: path(), message: message)) }
        if let m = CaseChecks.caseIDProblem(c.id, fileName: nil) { add("$.id", m) }
        if c.unit.isEmpty { add("$.unit", "must not be empty") }
        if c.crimeTypes.isEmpty { add("$.crimeTypes", "must name at least one crime type") }
        if c.revision < 0 { add("$.revision", "must not be negative, found \(c.revision)") }
        out += ValueRanges.problems(of: c)
        out += CaseChecks.duplicates(c.defendants.map(\.id), what: "defendant id", path: "$.defendants")
        out += CaseChecks.duplicates(c.requests.map(\.id), what: "request id", path: "$.requests")
        if let f = c.finalised { out += CaseChecks.finalised(f, defendants: c.defendants, path: "$.finalised") }
        for (n, d) in c.defendants.enumerated() {
            func p() -> String { "$.defendants[\(n)]" }
            if d.id.isEmpty { add("\(p()).id", "must not be empty") }
            if let nat = d.nationality, let m = CaseChecks.countryProblem(nat) { add("\(p()).nationality", m) }
            for (k, ch) in d.charges.enumerated() {
                if ch.offence.isEmpty { add("\(p()).charges[\(k)].offence", "must not be empty") }
                if let count = ch.count, count < 0 { add("\(p()).charges[\(k)].count", "must not be negative, found \(count)") }
            }
            if let m = d.sentence?.custodialMonths, m < 0 { add("\(p()).sentence.custodialMonths", "must not be negative, found \(m)") }
            if let conf = d.confiscation {
                let money: [(String, Int?)] = [("benefitPence", conf.benefitPence), ("availablePence", conf.availablePence),
                                               ("orderPence", conf.orderPence), ("recoveredPence", conf.recoveredPence)]
                for case let (key, v?) in money where v < 0 {
                    add("\(p()).confiscation.\(key)", "must not be negative, found \(v)")
                }
            }
        }
        for (n, r) in c.requests.enumerated() {
            func p() -> String { "$.requests[\(n)]" }
            if r.id.isEmpty { add("\(p()).id", "must not be empty") }
            if let m = CaseChecks.countryProblem(r.country) { add("\(p()).country", m) }
            out += CaseChecks.history(r.history, status: r.status, path: "\(p()).history")
            out += CaseChecks.lastChased(r.lastChased, chases: r.chases, path: "\(p()).lastChased")
            if let d = r.defendant, !c.defendants.contains(where: { $0.id == d }) {
                add("\(p()).defendant", "\"\(d)\" is not a defendant of this case")
            }
        }
        out += DeadlineChecks.valueProblems(of: c)
        return out
    }

    /// Units and people named by the case must exist in `store.json`.
    public static func referenceProblems(of c: Case, meta: StoreMeta) -> [Problem] {
        var out: [Problem] = []
        let units = Set(meta.units.map(\.id)), people = Set(meta.people.map(\.id))
        if !units.contains(c.unit) { out.append(Problem(path: "$.unit", message: "unknown unit \"\(c.unit)\" (not in store.json)")) }
        for (key, v) in [("lawyer", c.lawyer), ("caseworker", c.caseworker)] {
            if let v, !people.contains(v) {
                out.append(Problem(path: "$.\(key)", message: "unknown person \"\(v)\" (not in store.json)"))
            }
        }
        for (n, r) in c.requests.enumerated() {
            if let l = r.liaison, !people.contains(l) {
                out.append(Problem(path: "$.requests[\(n)].liaison", message: "unknown person \"\(l)\" (not in store.json)"))
            }
        }
        out += DeadlineChecks.referenceProblems(of: c, people: people)
        return out
    }
}
