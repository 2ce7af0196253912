/// What a change of status, a chase or a note does to a request: the one home of these rules,
/// called by the request form (`CaseEdit`), the MLA board's `c`/`>`/`a` and the Agenda. A change
/// of status adds an entry to the history (never rewrites one), only moves the lifecycle allows
/// are made, and `lastChased` follows the newest chase.
public enum RequestLifecycle {
    /// Moves `r` to `status` on `date`, adding a history entry. No change when the status is
    /// the same.
    ///
    /// `sent` is set when the request leaves draft for a status that means it went out (not
    /// refused or withdrawn) and no date was recorded: it went out that day. A request already
    /// past draft with no `sent` keeps none: the day it went out is not known, and the day of a
    /// later move is not it (domain.md: `sent` is when it was sent; "to chase" counts from it).
    public static func change(_ r: inout InternationalRequest, to status: RequestStatus, on date: Day,
                              note: String?) throws(FieldProblem) {
        guard status != r.status else { return }
        guard r.status.mayPrecede(status) else {
            let why = r.status.isOpen
                ? "a request moves forward (draft → sent → acknowledged → in execution → partially executed → executed) or ends refused or withdrawn"
                : "a \(r.status.label.lowercased()) request is closed"
            throw FieldProblem(key: "status", message: "Cannot go from \(r.status.label.lowercased()) to \(status.label.lowercased()): \(why). Use E to correct the history itself.")
        }
        if let last = r.history.last?.date, date < last {
            throw FieldProblem(key: "statusDate", message: "\(date.iso) is before the last change of status (\(last.iso))")
        }
        let leavesDraft = r.status == .draft
        r.history.append(StatusChange(status: status, date: date, note: note))
        r.status = status
        if leavesDraft, r.sent == nil, status != .withdrawn, status != .refused { r.sent = date }
    }

    /// Replaces the chases, keeping them oldest first and `lastChased` on the newest.
    public static func setChases(_ r: inout InternationalRequest, _ chases: [Chase]) {
        let sorted = chases.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        r.chases = sorted.isEmpty ? nil : sorted
        r.lastChased = sorted.last?.date
    }

    /// Why a request in `status` cannot be chased, nil when it can: it must be open and have
    /// gone out (a draft has nobody to chase). Said after "Request R-1 is ".
    public static func cannotChase(_ status: RequestStatus) -> String? {
        if !status.isOpen { return "\(status.label.lowercased()): a closed request is not chased" }
        if status == .draft { return "a draft: it has not been sent, so there is no one to chase yet" }
        return nil
    }

    /// Why a request in `status` cannot move to a next status, nil when it can (a closed
    /// request has none). Said after "Request R-1 is ".
    public static func cannotAdvance(_ status: RequestStatus) -> String? {
        status.next == nil ? "\(status.label.lowercased()): it has no next status" : nil
    }

    // MARK: On a whole case, by request id

    /// Records a chase of request `requestID` on `date` by `user` (with `note`). Nil when the
    /// case has no such request or it cannot be chased (`cannotChase`).
    public static func chase(_ c: Case, requestID: String, on date: Day, by user: String, note: String?) -> Case? {
        var c = c
        guard let i = c.requests.firstIndex(where: { $0.id == requestID }), cannotChase(c.requests[i].status) == nil else { return nil }
        setChases(&c.requests[i], (c.requests[i].chases ?? []) + [Chase(date: date, by: user, note: note)])
        return c
    }

    /// Moves request `requestID` to its next lifecycle status on `date` (`change`). Nil when the
    /// case has no such request or it has no next status; throws what `change` refuses.
    public static func advance(_ c: Case, requestID: String, on date: Day) throws(FieldProblem) -> (Case, RequestStatus)? {
        var c = c
        guard let i = c.requests.firstIndex(where: { $0.id == requestID }), let next = c.requests[i].status.next else { return nil }
        try change(&c.requests[i], to: next, on: date, note: nil)
        return (c, next)
    }

    /// A note on request `requestID`: a case note (dated, signed, in the Notes tab and the audit
    /// trail) that starts with the request's id, rather than the request's one `note` field,
    /// which a second note would overwrite. Nil when the case has no such request.
    public static func note(_ c: Case, requestID: String, text: String, at: Timestamp, by user: String) -> Case? {
        guard c.requests.contains(where: { $0.id == requestID }) else { return nil }
        var c = c
        c.notes.append(Note(at: at, author: user, text: "\(requestID): \(text)"))
        return c
    }
}
