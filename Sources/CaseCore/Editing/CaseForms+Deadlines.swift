/// The forms of schema version 2: a defendant's custody time limits and their extensions, and
/// the case's tasks; and what the CTL forms show as the user types (the computed expiry, the
/// one in force and the days left), from the same rules the Agenda counts with.
extension CaseForms {
    static func deadlineForm(for part: CasePart, in c: Case?, meta: StoreMeta?) -> EditForm? {
        guard let c else { return nil }
        switch part {
        case .custodyTimeLimit(let dID, let i):
            guard let d = c.defendants.first(where: { $0.id == dID }) else { return nil }
            let x = i.flatMap { d.custodyTimeLimits.indices.contains($0) ? d.custodyTimeLimits[$0] : nil }
            if i != nil, x == nil { return nil }
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("charge", "Charge", .text(required: false), text: x?.charge ?? ""),
                EditField("from", "From (first remand)", .date(required: true), text: x?.from.iso ?? ""),
                EditField("limit", "Limit", .choice(Choice.of(CTLLimit.self), required: true), text: x?.limit.rawValue ?? ""),
                EditField("expires", "Court's expiry", .date(required: false), text: x?.expires?.iso ?? ""),
                EditField("ended.date", "Ended on", .date(required: false), text: x?.ended?.date.iso ?? ""),
                EditField("ended.reason", "End reason", .choice(Choice.of(CTLEndReason.self), required: false),
                          text: x?.ended?.reason.rawValue ?? ""),
            ], anchor: x.map(PartAnchor.ctl))
        case .ctlExtension(let dID, let k, let i):
            guard let d = c.defendants.first(where: { $0.id == dID }), d.custodyTimeLimits.indices.contains(k) else { return nil }
            let list = d.custodyTimeLimits[k].extensions
            let x = i.flatMap { list.indices.contains($0) ? list[$0] : nil }
            if i != nil, x == nil { return nil }
            let decision = x?.granted.map { $0 ? "granted" : "refused" } ?? ""
            return EditForm(title: title(part, x == nil), part: part, operation: x == nil ? .add : .update, fields: [
                EditField("applied", "Applied", .date(required: true), text: x?.applied.iso ?? "today"),
                EditField("heard", "Heard", .date(required: false), text: x?.heard?.iso ?? ""),
                EditField("granted", "Decision", .choice(decisions, required: false), text: decision),
                EditField("newExpiry", "New expiry", .date(required: false), text: x?.newExpiry?.iso ?? ""),
                EditField("note", "Note", .text(required: false), text: x?.note ?? ""),
            ], anchor: x.map(PartAnchor.ctlExtension))
        case .task(let id):
            let x = id.flatMap { id in c.tasks.first { $0.id == id } }
            if id != nil, x == nil { return nil }
            var fields = [
                EditField("title", "Title", .text(required: true), text: x?.title ?? ""),
                EditField("due", "Due", .date(required: false), text: x?.due?.iso ?? ""),
                EditField("assignee", "Assignee", .choice(Choice.people(meta, keeping: x?.assignee), required: false), text: x?.assignee ?? ""),
            ]
            // Done on a date, or emptied to reopen it.
            if x != nil { fields.append(EditField("done", "Done on", .date(required: false), text: x?.done?.date.iso ?? "")) }
            return EditForm(title: x.map { "Edit task \($0.id)" } ?? "Add task", part: part,
                            operation: x == nil ? .add : .update, fields: fields)
        default:
            return nil
        }
    }

    /// An extension's decision: blank while it is pending.
    static let decisions = [Choice(value: "granted", label: "granted"), Choice(value: "refused", label: "refused")]
}

extension EditForm {
    /// Lines shown under a custody time limit or extension form, recomputed on every key:
    /// the computed expiry, the one in force and the days left, with the CTL's mark. Empty for
    /// other forms, and while the dates cannot be read yet.
    public func preview(today: Day) -> [String] {
        func value(_ key: String) -> FieldValue? {
            guard let i = index(of: key) else { return nil }
            return try? fields[i].read(today: today).get()
        }
        switch part {
        case .custodyTimeLimit:
            guard case .date(let from)? = value("from") else { return ["Expiry: type the date of the first remand (From)."] }
            guard case .choice(let raw)? = value("limit"), let limit = CTLLimit(rawValue: raw) else {
                return ["Expiry: choose the limit."]
            }
            var ctl = CustodyTimeLimit(from: from, limit: limit)
            if case .ctl(let before)? = anchor { ctl.extensions = before.extensions }
            if case .date(let court)? = value("expires") { ctl.expires = court }
            if case .date(let ended)? = value("ended.date") { ctl.ended = CTLEnd(date: ended, reason: .other) }
            return Self.describe(ctl, today: today)
        case .ctlExtension:
            guard case .choice("granted")? = value("granted") else {
                return value("granted") == FieldValue.none
                    ? ["Pending: while it is undecided the CTL is not marked at risk."] : ["Refused: the expiry stays as it was."]
            }
            guard case .date(let e)? = value("newExpiry") else { return ["Granted: type the new expiry."] }
            let left = today.days(to: e)
            return ["New expiry \(e.iso): \(Self.daysLeft(left))."]
        default:
            return []
        }
    }

    static func describe(_ ctl: CustodyTimeLimit, today: Day) -> [String] {
        var out: [String] = []
        if let computed = ctl.computedExpiry, let days = ctl.limit.days {
            out.append("Computed: \(ctl.from.iso) + \(days) days = \(computed.iso).")
        } else {
            out.append("No computed expiry for limit \"other\": type the court's expiry.")
        }
        if let diff = ctl.courtDifference {
            let by = diff.computed.days(to: diff.court)
            out.append("The court's date \(diff.court.iso) wins: \(abs(by)) day\(abs(by) == 1 ? "" : "s") \(by < 0 ? "earlier" : "later") than computed.")
        }
        guard let expiry = ctl.expiry else { return out }
        let source = ctl.expirySource == .extension ? " (as extended)" : ""
        let state = ctl.state(on: today)
        let mark = state == .expired ? "‼ EXPIRED" : state == .atRisk ? "! AT RISK" : state.word
        if state == .ended {
            out.append("Expiry \(expiry.iso)\(source): ended, the clock has stopped.")
        } else {
            out.append("Expiry \(expiry.iso)\(source): \(daysLeft(today.days(to: expiry))) · \(mark).")
        }
        return out
    }

    static func daysLeft(_ n: Int) -> String {
        n < 0 ? "\(-n) day\(n == -1 ? "" : "s") ago" : n == 0 ? "today" : "\(n) day\(n == 1 ? "" : "s") left"
    }
}
