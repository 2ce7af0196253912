/// The rules of schema version 2 (custody time limits, tasks, confiscation payment and the
/// end of EAW/EIO with EU states), kept apart from the version 1 rules of `CaseValidator`.
/// Every problem carries the JSON path of the key at fault.
public enum DeadlineChecks {
    /// The last day an outgoing European Arrest Warrant or Investigation Order could be sent:
    /// from 1 January 2021 surrender runs under the Trade and Cooperation Agreement.
    public static let lastEUInstrumentDay = Day(year: 2020, month: 12, day: 31)!

    static func valueProblems(of c: Case) -> [Problem] {
        var out: [Problem] = []
        for (n, d) in c.defendants.enumerated() {
            func p() -> String { "$.defendants[\(n)]" }
            for (k, ctl) in d.custodyTimeLimits.enumerated() {
                out += custodyTimeLimit(ctl, path: "\(p()).custodyTimeLimits[\(k)]")
            }
            if let conf = d.confiscation, let due = conf.paymentDue, let order = conf.orderDate {
                out += paymentDue(due, orderDate: order, path: "\(p()).confiscation.paymentDue")
            }
        }
        out += CaseChecks.duplicates(c.tasks.map(\.id), what: "task id", path: "$.tasks")
        for (k, t) in c.tasks.enumerated() { out += task(t, path: "$.tasks[\(k)]") }
        for (n, r) in c.requests.enumerated() {
            if let w = euInstrument(r, path: "$.requests[\(n)]") { out.append(w) }
        }
        return out
    }

    /// A task's assignee must be a person of the store.
    static func referenceProblems(of c: Case, people: Set<String>) -> [Problem] {
        c.tasks.enumerated().compactMap { k, t in
            guard let a = t.assignee, !people.contains(a) else { return nil }
            return Problem(path: "$.tasks[\(k)].assignee", message: "unknown person \"\(a)\" (not in store.json)")
        }
    }

    static func custodyTimeLimit(_ ctl: CustodyTimeLimit, path p: @autoclosure () -> String) -> [Problem] {
        var out: [Problem] = []
        var from: String { ctl.from.iso }
        if let e = ctl.expires, e < ctl.from {
            out.append(Problem(path: "\(p()).expires", message: "\(e.iso) is before the custody time limit starts (from \(from))"))
        }
        if ctl.limit == .other, ctl.expires == nil {
            out.append(Problem(path: "\(p()).expires",
                               message: "missing: a limit of kind 'other' has no computed expiry, so the court's date is needed",
                               isWarning: true))
        }
        if let end = ctl.ended, end.date < ctl.from {
            out.append(Problem(path: "\(p()).ended.date", message: "\(end.date.iso) is before the custody time limit starts (from \(from))"))
        }
        for (j, x) in ctl.extensions.enumerated() {
            func q() -> String { "\(p()).extensions[\(j)]" }
            if x.granted == true, x.newExpiry == nil {
                out.append(Problem(path: "\(q()).newExpiry", message: "missing: the extension was granted, so the new expiry is needed"))
            }
            if x.granted == false, let e = x.newExpiry {
                out.append(Problem(path: "\(q()).newExpiry", message: "\(e.iso) is set although the extension was refused"))
            }
            if let e = x.newExpiry, e < ctl.from {
                out.append(Problem(path: "\(q()).newExpiry", message: "\(e.iso) is before the custody time limit starts (from \(from))"))
            }
            if let h = x.heard, h < x.applied {
                out.append(Problem(path: "\(q()).heard", message: "\(h.iso) is before the application was made (\(x.applied.iso))"))
            }
        }
        return out
    }

    static func task(_ t: CaseTask, path p: @autoclosure () -> String) -> [Problem] {
        var out: [Problem] = []
        if t.id.isEmpty { out.append(Problem(path: "\(p()).id", message: "must not be empty")) }
        if t.title.isEmpty { out.append(Problem(path: "\(p()).title", message: "must not be empty")) }
        if let done = t.done, done.date < t.created {
            out.append(Problem(path: "\(p()).done.date", message: "\(done.date.iso) is before the task was created (\(t.created.iso))"))
        }
        return out
    }

    /// Payment is due on the order date or up to 3 months later, 6 at most (a warning: the
    /// court may have had its reasons).
    static func paymentDue(_ due: Day, orderDate: Day, path: @autoclosure () -> String) -> [Problem] {
        if due < orderDate {
            return [Problem(path: path(), message: "\(due.iso) is before the order was made (\(orderDate.iso))")]
        }
        if due > DeadlineRules.addingMonths(6, to: orderDate) {
            return [Problem(path: path(), message: "\(due.iso) is more than 6 months after the order (\(orderDate.iso))",
                            isWarning: true)]
        }
        return []
    }

    static func euInstrument(_ r: InternationalRequest, path: @autoclosure () -> String) -> Problem? {
        guard r.direction == .outgoing, r.kind == .europeanArrestWarrant || r.kind == .europeanInvestigationOrder,
              let sent = r.sent, sent > lastEUInstrumentDay else { return nil }
        let instead = r.kind == .europeanArrestWarrant ? "tcaArrestWarrant" : "mla"
        return Problem(path: "\(path()).kind",
                       message: "an outgoing \(r.kind.rawValue) sent on \(sent.iso), after 31 December 2020, when the UK no longer issues them; use \(instead)",
                       isWarning: true)
    }
}
