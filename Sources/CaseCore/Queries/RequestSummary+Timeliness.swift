// The MLA timeliness rules of domain.md, written once: the list's flags, the MLA board,
// `casedesk requests` and the dashboard's MLA figures all call these.

extension RequestSummary {
    /// Not executed, refused or withdrawn.
    public var isOpen: Bool { status.isOpen }

    /// Sent or later and still open: the state in which a reply is awaited.
    public var isAwaitingReply: Bool { status != .draft && status.isOpen }

    /// Open and `today` is after `due`. A request with no due date is never overdue.
    public func isOverdue(today: Day) -> Bool {
        guard status.isOpen, let due else { return false }
        return today > due
    }

    /// The day chasing is counted from: the latest chase, else the day it was sent, else (for
    /// a record with no `sent` date) the day it reached its current status.
    public var chaseBase: Day? { lastChased ?? sent ?? statusDate }

    /// Open, sent or later, and at least `interval` days have passed since the latest chase
    /// (or since it was sent): the strategy asks prosecutors not simply to wait for a response.
    public func isToChase(today: Day, interval: Int) -> Bool {
        guard isAwaitingReply, let base = chaseBase else { return false }
        return base.days(to: today) >= interval
    }

    /// When the request stopped being open: the day it was executed, else the day of its last
    /// status change; nil while open.
    public var closedOn: Day? {
        guard !status.isOpen else { return nil }
        return status == .executed ? (executed ?? statusDate) : statusDate
    }

    /// Days from `sent` to `today` while open, or to the day it closed; nil if never sent.
    public func daysOpen(today: Day) -> Int? {
        guard let sent else { return nil }
        let end = status.isOpen ? today : (closedOn ?? today)
        return sent.days(to: end)
    }

    /// Days from `sent` to `executed`, for the timeliness median; nil unless both are known.
    public var daysToExecute: Int? {
        guard status == .executed, let sent, let executed else { return nil }
        return sent.days(to: executed)
    }
}

extension CaseSummary {
    /// Whether any request of the case is overdue on `today` (the list's "!" mark).
    public func hasOverdueRequest(today: Day) -> Bool {
        // By index: iterating the array would copy each request, strings and all.
        for i in requests.indices where requests[i].isOverdue(today: today) { return true }
        return false
    }

    /// Whether any request of the case is due a chase on `today`.
    public func hasRequestToChase(today: Day, interval: Int) -> Bool {
        for i in requests.indices where requests[i].isToChase(today: today, interval: interval) { return true }
        return false
    }

    /// The day after which a request of the case is overdue (the earliest due date of an
    /// open request): `hasOverdueRequest(today:)` is true exactly when `today` is after it.
    /// Nil when no request can be overdue. Kept in the summary cache's rows, which have no
    /// requests to ask.
    public var overdueAfter: Day? {
        var first: Day? = nil
        for i in requests.indices where requests[i].isOpen {
            if let due = requests[i].due, first.map({ due < $0 }) ?? true { first = due }
        }
        return first
    }

    /// The earliest day chasing is counted from among the requests awaiting a reply:
    /// `hasRequestToChase(today:interval:)` is true exactly when at least `interval` days
    /// have passed since it. Nil when no request can be due a chase.
    public var chaseCountedFrom: Day? {
        var first: Day? = nil
        for i in requests.indices where requests[i].isAwaitingReply {
            if let base = requests[i].chaseBase, first.map({ base < $0 }) ?? true { first = base }
        }
        return first
    }

    public func hasOverdueRequest(_ context: QueryContext) -> Bool { hasOverdueRequest(today: context.today) }
    public func hasRequestToChase(_ context: QueryContext) -> Bool {
        hasRequestToChase(today: context.today, interval: context.chaseIntervalDays)
    }

    /// The earliest hearing on or after `today`, nil when none is listed.
    public func nextHearing(today: Day) -> HearingSummary? {
        // Hearings are kept sorted by date, so the first one not before today is the next.
        var lo = 0, hi = hearings.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if hearings[mid].date < today { lo = mid + 1 } else { hi = mid }
        }
        return lo < hearings.count ? hearings[lo] : nil
    }

    /// Whether a person works on the case, as lawyer or caseworker ("mine").
    public func involves(person id: String) -> Bool { lawyer == id || caseworker == id }
}

/// `nextHearing(of:today:)` as a free-standing query, for callers holding a summary.
public func nextHearing(of summary: CaseSummary, today: Day) -> HearingSummary? {
    summary.nextHearing(today: today)
}
