/// Every dated obligation across the cases of a store (ux.md, screen 5), filtered and grouped:
/// shared by the Agenda screen and `casedesk agenda`.
public struct AgendaFilter: Sendable, Equatable {
    /// A person id: items of cases where they are lawyer or caseworker, and tasks assigned to them.
    public var mine: String?
    public var units: Set<String>
    public var lawyers: Set<String>
    public var kinds: Set<DeadlineKind>
    public var from: Day?
    public var to: Day?

    public init(mine: String? = nil, units: Set<String> = [], lawyers: Set<String> = [], kinds: Set<DeadlineKind> = [],
                from: Day? = nil, to: Day? = nil) {
        self.mine = mine; self.units = units; self.lawyers = lawyers; self.kinds = kinds; self.from = from; self.to = to
    }

    public var isEmpty: Bool { self == AgendaFilter() }

    public func admits(_ s: CaseSummary) -> Bool {
        if !units.isEmpty, !units.contains(s.unit) { return false }
        if !lawyers.isEmpty, !lawyers.contains(s.lawyer ?? "") { return false }
        return true
    }

    public func admits(_ item: DeadlineItem, of s: CaseSummary) -> Bool {
        admits(kind: item.kind, date: item.date) && admitsPerson(item, of: s)
    }

    /// The kind and date range alone: the Agenda's index checks these without reading the item.
    public func admits(kind: DeadlineKind, date: Day) -> Bool {
        if !kinds.isEmpty, !kinds.contains(kind) { return false }
        if let from, date < from { return false }
        if let to, date > to { return false }
        return true
    }

    /// "Mine": the case's lawyer or caseworker, or the task's assignee.
    public func admitsPerson(_ item: DeadlineItem, of s: CaseSummary) -> Bool {
        if let me = mine, s.lawyer != me, s.caseworker != me, item.assignee != me { return false }
        return true
    }
}

/// The Agenda's groups, most urgent first.
public enum AgendaGroup: Int, CaseIterable, Sendable, Comparable {
    case expired, overdue, today, thisWeek, next4Weeks, later

    public var title: String {
        switch self {
        case .expired: "Expired / very overdue"
        case .overdue: "Overdue"
        case .today: "Today"
        case .thisWeek: "This week"
        case .next4Weeks: "Next 4 weeks"
        case .later: "Later"
        }
    }

    /// "This week" is the 6 days after today, "Next 4 weeks" up to 28 days ahead.
    public static func of(_ item: DeadlineItem, today: Day) -> AgendaGroup {
        switch item.state {
        case .expired, .veryOverdue: return .expired
        case .overdue: return .overdue
        case .today: return .today
        case .upcoming:
            let ahead = today.days(to: item.date)
            return ahead <= 6 ? .thisWeek : ahead <= 28 ? .next4Weeks : .later
        }
    }

    public static func < (a: AgendaGroup, b: AgendaGroup) -> Bool { a.rawValue < b.rawValue }
}

public enum Agenda {
    /// The items of every admitted case, in group order, CTL alarms first, then by date (the
    /// most overdue first).
    public static func items(_ summaries: [CaseSummary], today: Day, chaseIntervalDays: Int,
                             filter: AgendaFilter = AgendaFilter()) -> [DeadlineItem] {
        var out: [DeadlineItem] = []
        for s in summaries where filter.admits(s) {
            for item in DeadlineList.items(of: s, today: today, chaseIntervalDays: chaseIntervalDays)
            where filter.admits(item, of: s) {
                out.append(item)
            }
        }
        let groups = out.map { AgendaGroup.of($0, today: today) }
        return zip(groups, out).sorted { a, b in precedes(a.1, a.0, b.1, b.0) }.map(\.1)
    }

    /// The Agenda's order: by group; within a group an expired or at-risk CTL first (the most
    /// serious marks there are), then `DeadlineItem.precedes`.
    public static func precedes(_ a: DeadlineItem, _ ga: AgendaGroup, _ b: DeadlineItem, _ gb: AgendaGroup) -> Bool {
        if ga != gb { return ga < gb }
        if a.isCTLAlarm != b.isCTLAlarm { return a.isCTLAlarm }
        return DeadlineItem.precedes(a, b)
    }
}
