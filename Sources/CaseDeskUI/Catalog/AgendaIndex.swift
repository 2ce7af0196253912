import CaseCore

/// The Agenda's items of every case, kept in the Agenda's order (`Agenda.precedes`) so that
/// opening it, changing its filter and saving a case each cost one frame at 100,000 cases
/// (issue 15.8): the items are made once per case (`perCase`, position `i` = summary `i`); the
/// order is a list of small entries pointing at them, so a save takes out the case's old
/// entries and puts in its new ones by binary search instead of sorting everything again.
struct AgendaIndex: Sendable, Equatable {
    /// One item in the order: what the order and the kind/date filter need, and where it is.
    struct Entry: Sendable, Equatable {
        var date: Day
        var group: AgendaGroup
        var kind: DeadlineKind
        var alarm: Bool
        var state: DeadlineState
        var ctl: CTLState?
        var caseIndex: Int32
        var item: Int32
    }

    private(set) var perCase: [[DeadlineItem]]
    private(set) var order: [Entry]
    let today: Day

    init(_ summaries: [CaseSummary], context: QueryContext) {
        today = context.today
        perCase = summaries.map { DeadlineList.items(of: $0, today: context.today, chaseIntervalDays: context.chaseIntervalDays) }
        var entries: [Entry] = []
        for (c, items) in perCase.enumerated() {
            for k in items.indices { entries.append(Self.entry(items[k], caseIndex: c, item: k, today: today)) }
        }
        order = []
        let perCase = self.perCase
        order = entries.sorted { Self.precedes($0, $1, perCase) }
    }

    func item(_ e: Entry) -> DeadlineItem { perCase[Int(e.caseIndex)][Int(e.item)] }

    /// Case `i`'s summary changed: its entries out, its new items in, nothing else moves.
    mutating func replace(_ i: Int, with s: CaseSummary, context: QueryContext) {
        let old = perCase[i]
        for k in old.indices {
            let e = Self.entry(old[k], caseIndex: i, item: k, today: today)
            let at = position(of: e)
            if at < order.count, order[at] == e { order.remove(at: at) }
        }
        perCase[i] = DeadlineList.items(of: s, today: context.today, chaseIntervalDays: context.chaseIntervalDays)
        for k in perCase[i].indices {
            let e = Self.entry(perCase[i][k], caseIndex: i, item: k, today: today)
            order.insert(e, at: position(of: e))
        }
    }

    /// The first position whose entry does not precede `e`.
    private func position(of e: Entry) -> Int {
        var lo = 0, hi = order.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if Self.precedes(order[mid], e, perCase) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The entries `filter` admits, in order (the whole order, shared, when it admits all).
    func entries(_ filter: AgendaFilter, summaries: [CaseSummary]) -> [Entry] {
        if filter.isEmpty { return order }
        // Unit and lawyer are the case's: asked once per case, not once per item.
        let cases = summaries.map { filter.admits($0) }
        return order.filter { e in
            let c = Int(e.caseIndex)
            guard cases[c], filter.admits(kind: e.kind, date: e.date) else { return false }
            return filter.mine == nil || filter.admitsPerson(perCase[c][Int(e.item)], of: summaries[c])
        }
    }

    private static func entry(_ item: DeadlineItem, caseIndex: Int, item k: Int, today: Day) -> Entry {
        Entry(date: item.date, group: AgendaGroup.of(item, today: today), kind: item.kind, alarm: item.isCTLAlarm,
              state: item.state, ctl: item.ctl, caseIndex: Int32(caseIndex), item: Int32(k))
    }

    /// `Agenda.precedes` on entries: the items are read only when group, alarm, date and kind tie.
    private static func precedes(_ a: Entry, _ b: Entry, _ perCase: [[DeadlineItem]]) -> Bool {
        if a.group != b.group { return a.group < b.group }
        if a.alarm != b.alarm { return a.alarm }
        if a.date != b.date { return a.date < b.date }
        if a.kind != b.kind { return a.kind.rank < b.kind.rank }
        if a.caseIndex == b.caseIndex, a.item == b.item { return false }
        return Agenda.precedes(perCase[Int(a.caseIndex)][Int(a.item)], a.group, perCase[Int(b.caseIndex)][Int(b.item)], b.group)
    }
}

/// The Agenda's rows as laid out for a filter: a heading before each group, then its items.
/// Built from the index's entries without copying an item, so laying out 400,000 rows costs
/// what filtering their entries costs.
struct AgendaRows: RandomAccessCollection, Sendable, Equatable {
    private var index: AgendaIndex?
    private var entries: [AgendaIndex.Entry] = []
    /// Each group shown: its first row (the heading) and how many items follow.
    private(set) var groups: [(group: AgendaGroup, row: Int, count: Int)] = []

    init() {}

    init(_ index: AgendaIndex, entries: [AgendaIndex.Entry]) {
        self.index = index
        self.entries = entries
        var i = 0
        while i < entries.count {
            var j = i + 1
            while j < entries.count, entries[j].group == entries[i].group { j += 1 }
            groups.append((entries[i].group, i + groups.count, j - i))
            i = j
        }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { entries.count + groups.count }

    subscript(row: Int) -> AgendaRow {
        // At most six groups: the heading rows are found by walking them.
        var before = 0
        for g in groups {
            if row == g.row { return .group(g.group, count: g.count) }
            if row < g.row { break }
            before += 1
        }
        return .item(index!.item(entries[row - before]))
    }

    /// The rows' counts, from the entries alone.
    var counts: AgendaCounts {
        var n = AgendaCounts()
        n.items = entries.count
        for e in entries {
            if e.ctl == .expired { n.ctlExpired += 1 }
            if e.ctl == .atRisk { n.ctlAtRisk += 1 }
            if e.state == .overdue || e.state == .veryOverdue { n.overdue += 1 }
        }
        return n
    }

    /// The row of `item`, if it is shown; the item itself is read only where date and kind match.
    func row(of item: DeadlineItem) -> Int? {
        guard let index else { return nil }
        for (k, e) in entries.enumerated() where e.date == item.date && e.kind == item.kind && index.item(e) == item {
            // Each group's heading is one row before its first item; the groups before k's are counted.
            var headings = 0
            for (n, g) in groups.enumerated() where g.row - n <= k { headings += 1 }
            return k + headings
        }
        return nil
    }

    static func == (a: AgendaRows, b: AgendaRows) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 == $1 }
    }
}
