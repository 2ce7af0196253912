/// The MLA board's order without its rows: per status, the (case, request) positions sorted by
/// one key, and how many are overdue and due a chase. Small integer records only, so a saved
/// case can be put back in place (`replace`) without re-reading the other 100,000 requests:
/// what the UI keeps, where `RequestBoard` makes full rows for printing.
///
/// Invariants: `items[s]` holds every request of status `s` of the summaries it was built or
/// last updated from, sorted by (key, case index, request index); `overdue` and `toChase`
/// count the requests that were overdue / due a chase on `context.today`.
public struct RequestOrder: Sendable, Equatable {
    public struct Item: Sendable, Hashable, Comparable {
        var key: Int
        public var caseIndex: Int32
        public var requestIndex: Int32

        public static func < (a: Item, b: Item) -> Bool {
            a.key != b.key ? a.key < b.key : a.caseIndex != b.caseIndex ? a.caseIndex < b.caseIndex : a.requestIndex < b.requestIndex
        }
    }

    /// One sorted array per `RequestStatus` slot, in lifecycle order.
    public private(set) var items: [[Item]]
    public private(set) var overdue = 0
    public private(set) var toChase = 0
    public let context: QueryContext
    public let sortBy: RequestSortKey
    public let ascending: Bool
    let overdueOnly: Bool, toChaseOnly: Bool, openOnly: Bool

    /// - Parameters: as `RequestBoard`'s.
    public init(_ summaries: [CaseSummary], context: QueryContext, sortBy key: RequestSortKey = .due,
                ascending: Bool = true, overdueOnly: Bool = false, toChaseOnly: Bool = false, openOnly: Bool = false) {
        self.context = context; sortBy = key; self.ascending = ascending
        self.overdueOnly = overdueOnly; self.toChaseOnly = toChaseOnly; self.openOnly = openOnly
        items = Array(repeating: [], count: RequestStatus.count)
        for ci in summaries.indices where !summaries[ci].requests.isEmpty { add(summaries[ci], at: ci) }
        for s in items.indices { items[s].sort() }
    }

    /// Puts case `caseIndex` back in place after its summary changed from `old` to `new` (the
    /// indices of every other case unchanged): its old requests out, its new ones in by binary
    /// search. Costs a pass over integer records, not over the requests of other cases.
    public mutating func replace(caseIndex ci: Int, old: CaseSummary, new: CaseSummary) {
        let c = Int32(ci)
        var touched = Set<Int>()
        for r in old.requests { touched.insert(r.status.slot) }
        for s in touched { items[s].removeAll { $0.caseIndex == c } }
        count(old, sign: -1)
        var fresh = RequestOrder.empty(like: self)
        fresh.add(new, at: ci)
        for s in fresh.items.indices {
            for item in fresh.items[s] { items[s].insert(item, at: Self.insertionPoint(of: item, in: items[s])) }
        }
        overdue += fresh.overdue; toChase += fresh.toChase
    }

    /// The requests of one status, in order.
    public func items(_ status: RequestStatus) -> [Item] { items[status.slot] }

    /// How many requests the order holds.
    public var count: Int { items.reduce(0) { $0 + $1.count } }

    static func insertionPoint(of item: Item, in sorted: [Item]) -> Int {
        var lo = 0, hi = sorted.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if sorted[mid] < item { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    private static func empty(like o: RequestOrder) -> RequestOrder {
        RequestOrder([], context: o.context, sortBy: o.sortBy, ascending: o.ascending,
                     overdueOnly: o.overdueOnly, toChaseOnly: o.toChaseOnly, openOnly: o.openOnly)
    }

    /// Adds the requests of one case that pass the filters, unsorted, and counts them.
    private mutating func add(_ s: CaseSummary, at ci: Int) {
        let today = context.today, interval = context.chaseIntervalDays
        for (ri, r) in s.requests.enumerated() where passes(r) {
            let k = RequestBoard.sortKey(r, daysOpen: r.daysOpen(today: today), by: sortBy, ascending: ascending)
            items[r.status.slot].append(Item(key: k, caseIndex: Int32(ci), requestIndex: Int32(ri)))
            if r.isOverdue(today: today) { overdue += 1 }
            if r.isToChase(today: today, interval: interval) { toChase += 1 }
        }
    }

    private mutating func count(_ s: CaseSummary, sign: Int) {
        let today = context.today, interval = context.chaseIntervalDays
        for r in s.requests where passes(r) {
            if r.isOverdue(today: today) { overdue += sign }
            if r.isToChase(today: today, interval: interval) { toChase += sign }
        }
    }

    private func passes(_ r: RequestSummary) -> Bool {
        let today = context.today
        if overdueOnly && !r.isOverdue(today: today) { return false }
        if toChaseOnly && !r.isToChase(today: today, interval: context.chaseIntervalDays) { return false }
        if openOnly && !r.isOpen { return false }
        return true
    }
}
