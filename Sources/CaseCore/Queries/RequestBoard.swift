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

/// How the rows inside each status group of the board are ordered. Missing values (no due
/// date, never chased) sort last in either direction. Ties keep the order of the summaries
/// (the store lists cases by id) and of the requests within a case.
public enum RequestSortKey: String, Sendable, CaseIterable, Hashable {
    /// `attention`: overdue and to chase first, then overdue, then to chase (`RequestFlags`),
    /// each by due date: what needs acting on at the top of every group.
    case attention, due, country, daysOpen, lastChased

    public var label: String {
        switch self {
        case .attention: "Attention"
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
    ///   - filter, text: the MLA board's quick filters and text filter (`RequestFilter`,
    ///     `RequestSummary.searchText` with `names`, the store's people), as the board applies them.
    public init(_ summaries: [CaseSummary], context: QueryContext, sortBy key: RequestSortKey = .due,
                ascending: Bool = true, overdueOnly: Bool = false, toChaseOnly: Bool = false,
                openOnly: Bool = false, filter: RequestFilter = RequestFilter(), text: TextQuery = TextQuery(""),
                names: [String: String] = [:]) {
        self.context = context
        // The order first, on small integer records; the rows (strings and a whole request
        // each) are made once, in their final order.
        let order = RequestOrder(summaries, context: context, sortBy: key, ascending: ascending,
                                 overdueOnly: overdueOnly, toChaseOnly: toChaseOnly, openOnly: openOnly)
        let today = context.today
        groups = RequestStatus.allCases.map { status in
            Group(status: status, rows: order.items[status.slot].compactMap { item in
                let ci = Int(item.caseIndex)
                let r = summaries[ci].requests[Int(item.requestIndex)]
                if !filter.isEmpty, !filter.matches(r, of: summaries[ci], context) { return nil }
                if !text.isEmpty, !text.matches(bytes: r.searchText(of: summaries[ci], names: names)) { return nil }
                // The marks as the board shows them: one rule (RequestFlags).
                let flags = RequestFlags(r, context)
                return RequestRow(caseIndex: ci, requestIndex: Int(item.requestIndex), caseID: summaries[ci].id,
                                  caseTitle: summaries[ci].title, request: r, isOverdue: flags.contains(.overdue),
                                  isToChase: flags.contains(.toChase), daysOpen: r.daysOpen(today: today))
            })
        }
    }

    /// Rows in display order: group after group.
    public var rows: [RequestRow] { groups.flatMap(\.rows) }
    public var count: Int { groups.reduce(0) { $0 + $1.rows.count } }
    public func count(of status: RequestStatus) -> Int { groups[status.slot].rows.count }
    public var overdueCount: Int { groups.reduce(0) { $0 + $1.rows.lazy.filter(\.isOverdue).count } }
    public var toChaseCount: Int { groups.reduce(0) { $0 + $1.rows.lazy.filter(\.isToChase).count } }

    /// One integer per row; `Int.max` (last either way) when the value is missing.
    static func sortKey(_ r: RequestSummary, daysOpen: Int?, by key: RequestSortKey, ascending: Bool,
                        context: QueryContext) -> Int {
        let v: Int?
        switch key {
        case .attention:
            // The rank above the due date: a day's ordinal (an Int32) shifted to 0..<2^33, and
            // 2^33 for no due date, which sorts last within its rank.
            let rank = RequestFlags(r, context).attentionRank
            let due = r.due.map { Int($0.ordinal) + (1 << 32) } ?? (1 << 33)
            v = (rank << 34) + due
        case .due: v = r.due.map { Int($0.ordinal) }
        case .lastChased: v = r.lastChased.map { Int($0.ordinal) }
        case .daysOpen: v = daysOpen
        case .country:
            // Codes are two ASCII letters; any longer text orders by its first eight bytes.
            var k = 0, n = 0
            for c in r.country.utf8 where n < 7 { k = k << 8 | Int(c); n += 1 }
            v = k << (8 * (7 - n))
        }
        guard let v else { return Int.max }
        return ascending ? v : -v
    }
}
