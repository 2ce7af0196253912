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
    public private(set) var sortBy: RequestSortKey
    public private(set) var ascending: Bool
    let overdueOnly: Bool, toChaseOnly: Bool, openOnly: Bool

    /// - Parameters: as `RequestBoard`'s.
    public init(_ summaries: [CaseSummary], context: QueryContext, sortBy key: RequestSortKey = .due,
                ascending: Bool = true, overdueOnly: Bool = false, toChaseOnly: Bool = false, openOnly: Bool = false) {
        self.context = context; sortBy = key; self.ascending = ascending
        self.overdueOnly = overdueOnly; self.toChaseOnly = toChaseOnly; self.openOnly = openOnly
        items = Array(repeating: [], count: RequestStatus.count)
        for ci in summaries.indices where !summaries[ci].requests.isEmpty { add(summaries[ci], at: ci) }
        for s in items.indices { items[s].sort(); items[s] = items[s].exactCapacity() }
    }

    /// Puts case `caseIndex` back in place after its summary changed from `old` to `new` (the
    /// indices of every other case unchanged): its old requests out, its new ones in by binary
    /// search. Costs a pass over integer records, not over the requests of other cases.
    public mutating func replace(caseIndex ci: Int, old: CaseSummary, new: CaseSummary) {
        let c = Int32(ci)
        for slot in Set(old.requests.map(\.status.slot)) { items[slot].removeAll { $0.caseIndex == c } }
        for r in old.requests where passes(r) { tally(r, -1) }
        for (ri, r) in new.requests.enumerated() where passes(r) {
            let item = self.item(r, caseIndex: ci, requestIndex: ri)
            items[r.status.slot].insert(item, at: Self.insertionPoint(of: item, in: items[r.status.slot]))
            tally(r, 1)
        }
    }

    /// The same requests sorted the other way, from this order alone (no summary read): in
    /// each status the runs of equal keys come in reverse, each run keeping its (case,
    /// request) order, because ties fall to position in both directions; requests with no
    /// value stay last. Equal to a fresh build with `ascending` flipped.
    public func reversed() -> RequestOrder {
        var r = self
        r.ascending.toggle()
        for s in items.indices {
            let a = items[s]
            var out: [Item] = []
            out.reserveCapacity(a.count)
            var end = a.count
            while end > 0 && a[end - 1].key == Int.max { end -= 1 }
            var hi = end
            while hi > 0 {
                var lo = hi - 1
                while lo > 0 && a[lo - 1].key == a[hi - 1].key { lo -= 1 }
                for k in lo..<hi { out.append(Item(key: -a[k].key, caseIndex: a[k].caseIndex, requestIndex: a[k].requestIndex)) }
                hi = lo
            }
            out.append(contentsOf: a[end...])
            r.items[s] = out
        }
        return r
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

    /// Adds the requests of one case that pass the filters, unsorted, and counts them.
    private mutating func add(_ s: CaseSummary, at ci: Int) {
        for (ri, r) in s.requests.enumerated() where passes(r) {
            items[r.status.slot].append(item(r, caseIndex: ci, requestIndex: ri))
            tally(r, 1)
        }
    }

    private func item(_ r: RequestSummary, caseIndex ci: Int, requestIndex ri: Int) -> Item {
        let k = RequestBoard.sortKey(r, daysOpen: r.daysOpen(today: context.today), by: sortBy, ascending: ascending, context: context)
        return Item(key: k, caseIndex: Int32(ci), requestIndex: Int32(ri))
    }

    /// Counts a request in (`sign` 1) or out (-1) of the overdue and to-chase totals.
    private mutating func tally(_ r: RequestSummary, _ sign: Int) {
        if r.isOverdue(today: context.today) { overdue += sign }
        if r.isToChase(today: context.today, interval: context.chaseIntervalDays) { toChase += sign }
    }

    private func passes(_ r: RequestSummary) -> Bool {
        let today = context.today
        if overdueOnly && !r.isOverdue(today: today) { return false }
        if toChaseOnly && !r.isToChase(today: today, interval: context.chaseIntervalDays) { return false }
        if openOnly && !r.isOpen { return false }
        return true
    }
}
