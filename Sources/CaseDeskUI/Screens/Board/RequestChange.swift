import CaseCore

/// The changes the MLA board makes to a request, as pure functions of the full case.
enum RequestChange {
    /// Adds a note on a request: a case note (dated, signed, in the Notes tab and the audit
    /// trail) that starts with the request's id, rather than the request's one `note` field,
    /// which a second note would overwrite. Nil when the case has no such request.
    static func note(_ c: Case, requestID: String, text: String, at: Timestamp, by user: String) -> Case? {
        guard c.requests.contains(where: { $0.id == requestID }) else { return nil }
        var c = c
        c.notes.append(Note(at: at, author: user, text: "\(requestID): \(text)"))
        return c
    }

    /// Appends a chase dated today and moves `lastChased` to today. Nil when the case has no
    /// such request, or it is closed or still a draft (nobody has it to chase).
    static func chase(_ c: Case, requestID: String, today: Day, by user: String, note: String?) -> Case? {
        var c = c
        guard let i = c.requests.firstIndex(where: { $0.id == requestID }), c.requests[i].status.isOpen,
              c.requests[i].status != .draft else { return nil }
        c.requests[i].chases = (c.requests[i].chases ?? []) + [Chase(date: today, by: user, note: note)]
        c.requests[i].lastChased = today
        return c
    }

    /// Moves the request to its next lifecycle status, recorded in its history with today's
    /// date; sending a draft also sets `sent`. Nil when there is no next status.
    static func advance(_ c: Case, requestID: String, today: Day) -> (Case, RequestStatus)? {
        var c = c
        guard let i = c.requests.firstIndex(where: { $0.id == requestID }),
              let next = c.requests[i].status.next else { return nil }
        c.requests[i].status = next
        c.requests[i].history.append(StatusChange(status: next, date: today))
        if next == .sent, c.requests[i].sent == nil { c.requests[i].sent = today }
        return (c, next)
    }
}
