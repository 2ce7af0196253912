/// Every dated obligation of a case, from its summary (so that a list of 100,000 cases never
/// reads a case file): hearings on or after today, CTL expiries and their next 28-day
/// review, request due and next chase dates, the confiscation order deadline (POCA 2002
/// s.14) and payment date, ancillary order expiries ahead, and task due dates.
public enum DeadlineList {
    public static func items(of s: CaseSummary, today: Day, chaseIntervalDays: Int) -> [DeadlineItem] {
        var out: [DeadlineItem] = []
        walk(s, today: today, chaseIntervalDays: chaseIntervalDays, building: true) { _, item in out.append(item!) }
        out.sort(by: DeadlineItem.precedes)
        return out
    }

    /// The date of the case's earliest item (the case list's "next deadline"), without building
    /// any item: a sort of 100,000 cases asks it of each.
    public static func nextDate(of s: CaseSummary, today: Day, chaseIntervalDays: Int) -> Day? {
        var first: Day?
        walk(s, today: today, chaseIntervalDays: chaseIntervalDays, building: false) { date, _ in
            if first == nil || date < first! { first = date }
        }
        return first
    }

    /// Every item of a case, in no order: its date, and the item (title and all) only when
    /// `building`. The one home of what becomes a deadline.
    static func walk(_ s: CaseSummary, today: Day, chaseIntervalDays: Int, building: Bool,
                     _ visit: (Day, DeadlineItem?) -> Void) {
        func add(_ date: Day, _ kind: DeadlineKind, _ title: @autoclosure () -> String, ref: @autoclosure () -> String,
                 defendant: String? = nil, request: String? = nil, task: String? = nil, ctl: CTLState? = nil,
                 assignee: String? = nil) {
            guard building else { return visit(date, nil) }
            let state = ctl == .expired ? .expired : DeadlineState(DeadlineRules.lateness(of: date, today: today))
            visit(date, DeadlineItem(date: date, kind: kind, caseID: s.id, defendant: defendant, request: request, task: task,
                                     title: title(), state: state, ctl: ctl, assignee: assignee, ref: ref()))
        }
        for (i, h) in s.hearings.enumerated() where h.date >= today {
            // A hearing has no id: it is the n-th hearing of its day (a moved hearing is another event).
            add(h.date, .hearing, "\(h.type.label) at \(h.court)",
                ref: "hearing/\(h.date.iso)/\(s.hearings[..<i].lazy.filter { $0.date == h.date }.count)")
        }
        for d in s.defendants {
            for (n, ctl) in d.custodyTimeLimits.enumerated() where ctl.isRunning(on: today) {
                let charge = ctl.charge.map { " (\($0))" } ?? ""
                if let e = ctl.expiry {
                    add(e, .custodyTimeLimit, "CTL expires: \(d.name)\(charge)", ref: "ctl/\(d.id)/\(n)", defendant: d.id,
                        ctl: ctl.state(on: today))
                }
                if let r = ctl.nextReview(onOrAfter: today) {
                    add(r, .ctlReview, "CTL review: \(d.name)\(charge)", ref: "ctlReview/\(d.id)/\(n)", defendant: d.id)
                }
            }
            if let conf = d.confiscation {
                if let convicted = d.outcomeDate, d.outcome?.isConviction == true,
                   [.restraint, .investigation, .proceedings].contains(conf.stage) {
                    add(DeadlineRules.addingYears(DeadlineRules.confiscationOrderYears, to: convicted), .confiscationOrderDue,
                        "Confiscation order due (POCA s.14): \(d.name)", ref: "confiscationOrder/\(d.id)", defendant: d.id)
                }
                if let due = conf.paymentDue, conf.stage >= .orderMade, conf.stage != .satisfied {
                    add(due, .paymentDue, "Confiscation payment due: \(d.name)", ref: "payment/\(d.id)", defendant: d.id)
                }
            }
            for (n, o) in d.ancillaryOrders.enumerated() {
                if let e = o.expires, e >= today {
                    add(e, .orderExpiry, "\(o.type.label) expires: \(d.name)", ref: "order/\(d.id)/\(n)", defendant: d.id)
                }
            }
        }
        for r in s.requests where r.status.isOpen {
            let what = { "\(r.id) \(r.kind.label) \(r.direction == .outgoing ? "to" : "from") \(r.country)" }
            if let due = r.due { add(due, .requestDue, "Reply due: \(what())", ref: "due/\(r.id)", request: r.id) }
            if let next = nextChase(r, chaseIntervalDays: chaseIntervalDays) {
                add(next, .chaseDue, "Chase: \(what())", ref: "chase/\(r.id)", request: r.id)
            }
        }
        for t in s.tasks where t.isOpen {
            if let due = t.due { add(due, .task, t.title, ref: "task/\(t.id)", task: t.id, assignee: t.assignee) }
        }
    }

    /// `lastChased` (or `sent`) plus the chase interval, for a request sent and still open.
    public static func nextChase(_ r: RequestSummary, chaseIntervalDays: Int) -> Day? {
        guard r.status.isOpen, r.status != .draft, let last = r.lastChased ?? r.sent else { return nil }
        return last.adding(days: chaseIntervalDays)
    }

    /// Open, with no open task, no hearing on or after today and no open request.
    public static func isWithoutNextAction(_ s: CaseSummary, today: Day) -> Bool {
        guard s.status != .finalised else { return false }
        if s.tasks.contains(where: \.isOpen) { return false }
        if s.hearings.contains(where: { $0.date >= today }) { return false }
        return !s.requests.contains { $0.status.isOpen }
    }

    /// The case's most pressing item: the earliest. (Deadlines of this case only; the Agenda
    /// lists those of every case.)
    public static func next(of s: CaseSummary, today: Day, chaseIntervalDays: Int) -> DeadlineItem? {
        items(of: s, today: today, chaseIntervalDays: chaseIntervalDays).first
    }
}

extension CaseSummary {
    /// A running CTL of a defendant is at risk or expired.
    public func hasCTLAlarm(today: Day) -> Bool {
        defendants.contains { d in
            d.custodyTimeLimits.contains { let s = $0.state(on: today); return s == .atRisk || s == .expired }
        }
    }
}
