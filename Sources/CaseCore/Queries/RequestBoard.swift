/// One request on the MLA board, with the case it belongs to.
public struct RequestRow: Sendable, Equatable, Identifiable {
    /// Index of the case in the summaries the board was built from.
    public var caseIndex: Int
    /// Index of the request within that case's `requests`.
    public var requestIndex: Int
    public var caseID: String
    public var caseTitle: String
    public var request: RequestSummary
    public var isOverdue: Bool
    public var isToChase: Bool
    /// Days from sent to today (or to when it closed); nil if never sent.
    public var daysOpen: Int?

    public var id: String { request.id }
}

/// How the rows inside each status group of the board are ordered. Ties: case id, then
/// request id. Missing values (no due date, never chased) sort last in either direction.
public enum RequestSortKey: String, Sendable, CaseIterable, Hashable {
    case due, country, daysOpen, lastChased

    public var label: String {
        switch self {
        case .due: "Due"
        case .country: "Country"
        case .daysOpen: "Age"
        case .lastChased: "Chased"
        }
    }
}

/// Every international request of every case, grouped by status in lifecycle order (draft,
/// sent, acknowledged, in execution, partially executed, executed, refused, withdrawn).
/// Groups with no rows are kept, so counts per status are always complete.
public struct RequestBoard: Sendable, Equatable {
    public struct Group: Sendable, Equatable {
        public var status: RequestStatus
        public var rows: [RequestRow]
    }

    /// One group per `RequestStatus`, in lifecycle order.
    public var groups: [Group]
    public var context: QueryContext

    /// - Parameters:
    ///   - overdueOnly / toChaseOnly: keep only rows that are overdue / due a chase.
    ///   - openOnly: leave out executed, refused and withdrawn requests.
    public init(_ summaries: [CaseSummary], context: QueryContext, sortBy key: RequestSortKey = .due,
                ascending: Bool = true, overdueOnly: Bool = false, toChaseOnly: Bool = false,
                openOnly: Bool = false) {
        self.context = context
        var buckets = [[RequestRow]](repeating: [], count: RequestStatus.count)
        for (ci, s) in summaries.enumerated() {
            for (ri, r) in s.requests.enumerated() {
                let overdue = r.isOverdue(today: context.today)
                let chase = r.isToChase(today: context.today, interval: context.chaseIntervalDays)
                if overdueOnly && !overdue { continue }
                if toChaseOnly && !chase { continue }
                if openOnly && !r.isOpen { continue }
                buckets[r.status.slot].append(RequestRow(
                    caseIndex: ci, requestIndex: ri, caseID: s.id, caseTitle: s.title, request: r,
                    isOverdue: overdue, isToChase: chase, daysOpen: r.daysOpen(today: context.today)))
            }
        }
        groups = RequestStatus.allCases.map { status in
            Group(status: status, rows: RequestBoard.sorted(buckets[status.slot], by: key, ascending: ascending))
        }
    }

    /// Rows in display order: group after group.
    public var rows: [RequestRow] { groups.flatMap(\.rows) }
    public var count: Int { groups.reduce(0) { $0 + $1.rows.count } }
    public func count(of status: RequestStatus) -> Int { groups[status.slot].rows.count }
    public var overdueCount: Int { groups.reduce(0) { $0 + $1.rows.lazy.filter(\.isOverdue).count } }
    public var toChaseCount: Int { groups.reduce(0) { $0 + $1.rows.lazy.filter(\.isToChase).count } }

    /// The same rows re-ordered within each group.
    public func sorted(by key: RequestSortKey, ascending: Bool = true) -> RequestBoard {
        var b = self
        for i in b.groups.indices { b.groups[i].rows = RequestBoard.sorted(b.groups[i].rows, by: key, ascending: ascending) }
        return b
    }

    static func sorted(_ rows: [RequestRow], by key: RequestSortKey, ascending: Bool) -> [RequestRow] {
        func tie(_ a: RequestRow, _ b: RequestRow) -> Bool {
            a.caseID != b.caseID ? a.caseID < b.caseID : a.request.id < b.request.id
        }
        func int(_ r: RequestRow) -> Int? {
            switch key {
            case .due: r.request.due.map { Int($0.ordinal) }
            case .lastChased: r.request.lastChased.map { Int($0.ordinal) }
            case .daysOpen: r.daysOpen
            case .country: nil
            }
        }
        if key == .country {
            return rows.sorted { a, b in
                if a.request.country != b.request.country {
                    return ascending ? a.request.country < b.request.country : a.request.country > b.request.country
                }
                return tie(a, b)
            }
        }
        return rows.sorted { a, b in
            switch (int(a), int(b)) {
            case (nil, nil): return tie(a, b)
            case (nil, _): return false
            case (_, nil): return true
            case (let x?, let y?): return x != y ? (ascending ? x < y : x > y) : tie(a, b)
            }
        }
    }
}
