import CaseCore

/// The two changes the MLA board makes to a request, as pure functions of the full case.
enum RequestChange {
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
