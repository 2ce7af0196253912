/// One dated obligation of a case (domain.md, "Dates that become deadlines"): computed from
/// the case's summary, never stored.
public struct DeadlineItem: Sendable, Equatable {
    public var date: Day
    public var kind: DeadlineKind
    public var caseID: String
    public var defendant: String?
    public var request: String?
    public var task: String?
    public var title: String
    public var state: DeadlineState
    /// For custody time limit items: expired, at risk or running.
    public var ctl: CTLState?
    /// The person a task is assigned to ("mine" matches it as well as the case's lawyer).
    public var assignee: String?
    /// What the item is about, unique within its case and the same from one day to the next
    /// (`ctl/D1/0`, `task/T3`, `hearing/2026-12-01/0`): a calendar's stable UID is built on it.
    public var ref: String

    public init(date: Day, kind: DeadlineKind, caseID: String, defendant: String? = nil, request: String? = nil,
                task: String? = nil, title: String, state: DeadlineState, ctl: CTLState? = nil, assignee: String? = nil,
                ref: String = "") {
        self.date = date; self.kind = kind; self.caseID = caseID; self.defendant = defendant; self.request = request
        self.task = task; self.title = title; self.state = state; self.ctl = ctl; self.assignee = assignee
        self.ref = ref
    }

    /// The most serious marks the program shows: a CTL expired or at risk.
    public var isCTLAlarm: Bool { ctl == .expired || ctl == .atRisk }

    /// Earlier first; on one day, the more serious kind first, then by case.
    public static func precedes(_ a: DeadlineItem, _ b: DeadlineItem) -> Bool {
        if a.date != b.date { return a.date < b.date }
        // `rank`, not `<`: a Vocabulary's `<` searches `allCases`, too slow for sorting 100,000 items.
        if a.kind != b.kind { return a.kind.rank < b.kind.rank }
        if a.caseID != b.caseID { return a.caseID < b.caseID }
        if a.title != b.title { return a.title < b.title }
        // Unique within a case: two items alike in all else still have one order.
        return a.ref < b.ref
    }
}

/// The kinds of deadline, most serious first (the order of a day's items).
public enum DeadlineKind: String, Vocabulary {
    case custodyTimeLimit, ctlReview, hearing, requestDue, chaseDue, confiscationOrderDue, paymentDue, orderExpiry, task
    /// The order of declaration, without searching `allCases`.
    public var rank: Int {
        switch self {
        case .custodyTimeLimit: 0
        case .ctlReview: 1
        case .hearing: 2
        case .requestDue: 3
        case .chaseDue: 4
        case .confiscationOrderDue: 5
        case .paymentDue: 6
        case .orderExpiry: 7
        case .task: 8
        }
    }
    public var label: String {
        switch self {
        case .custodyTimeLimit: "CTL expiry"
        case .ctlReview: "CTL review"
        case .hearing: "Hearing"
        case .requestDue: "Reply due"
        case .chaseDue: "Chase"
        case .confiscationOrderDue: "Confiscation order"
        case .paymentDue: "Payment due"
        case .orderExpiry: "Order expiry"
        case .task: "Task"
        }
    }
    /// A short form for narrow columns.
    public var short: String {
        switch self {
        case .custodyTimeLimit: "CTL"
        case .ctlReview: "Review"
        case .hearing: "Hearing"
        case .requestDue: "Due"
        case .chaseDue: "Chase"
        case .confiscationOrderDue: "POCA"
        case .paymentDue: "Payment"
        case .orderExpiry: "Order"
        case .task: "Task"
        }
    }
}

public enum DeadlineState: String, Vocabulary {
    case expired, veryOverdue, overdue, today, upcoming
    init(_ lateness: DeadlineRules.Lateness) {
        switch lateness {
        case .veryOverdue: self = .veryOverdue
        case .overdue: self = .overdue
        case .today: self = .today
        case .upcoming: self = .upcoming
        }
    }
    public var label: String {
        switch self {
        case .expired: "EXPIRED"
        case .veryOverdue: "VERY OVERDUE"
        case .overdue: "OVERDUE"
        case .today: "today"
        case .upcoming: "upcoming"
        }
    }
}
