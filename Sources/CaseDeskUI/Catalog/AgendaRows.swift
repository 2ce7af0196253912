import CaseCore

/// The Agenda's rows as laid out for a filter: a heading before each group, then its items.
/// One pass over the index's entries lays them out (where each admitted entry is, the groups,
/// the counts): no item is made and no summary read, so re-filtering 400,000 items costs a
/// pass over integers. An item is made from its case's summary only when its row is drawn
/// or asked for (`row(_:in:)`), with the summaries the index describes.
struct AgendaRows: Sendable, Equatable {
    /// A row without its item: a group's heading, or the entry of an item.
    enum Slot: Equatable {
        case group(AgendaGroup, count: Int)
        case entry(AgendaIndex.Entry)
    }

    private var index: AgendaIndex?
    /// Where each admitted entry is in the index's order, in order.
    private var shown: [AgendaOrder.Location] = []
    /// Each group shown: its first row (the heading) and how many items follow.
    private(set) var groups: [(group: AgendaGroup, row: Int, count: Int)] = []
    private(set) var counts = AgendaCounts()

    init() {}

    init(_ index: AgendaIndex, filter: AgendaFilter) {
        self.index = index
        let admits = Admission(filter, codes: index.codes, people: index.people)
        var shown: [AgendaOrder.Location] = []
        // Untouched capacity costs nothing; growing by doubling would copy the locations again and again.
        shown.reserveCapacity(admits.all ? index.order.count : index.order.count / 4)
        var counts = AgendaCounts()
        var groups: [(group: AgendaGroup, row: Int, count: Int)] = []
        for (c, chunk) in index.order.chunks.enumerated() {
            for (o, e) in chunk.enumerated() where admits(e) {
                if groups.last?.group != e.group { groups.append((e.group, shown.count + groups.count, 0)) }
                groups[groups.count - 1].count += 1
                shown.append(AgendaOrder.Location(chunk: Int32(c), offset: Int32(o)))
                if e.ctl == .expired { counts.ctlExpired += 1 }
                if e.ctl == .atRisk { counts.ctlAtRisk += 1 }
                if e.state == .overdue || e.state == .veryOverdue { counts.overdue += 1 }
            }
        }
        counts.items = shown.count
        self.shown = shown
        self.groups = groups
        self.counts = counts
    }

    var count: Int { shown.count + groups.count }
    var isEmpty: Bool { count == 0 }

    /// Row `row` without its item (no summary read): what moving over the rows asks.
    func slot(_ row: Int) -> Slot {
        // At most six groups: the heading rows are found by walking them.
        var before = 0
        for g in groups {
            if row == g.row { return .group(g.group, count: g.count) }
            if row < g.row { break }
            before += 1
        }
        return .entry(index!.order.entry(shown[row - before])!)
    }

    /// Whether row `row` is an item (not a group's heading).
    func isItem(_ row: Int) -> Bool { if case .entry = slot(row) { true } else { false } }

    /// Row `row`, its item made from `summaries` (the catalog's); an item they no longer have
    /// (rows laid out before a change) is nil.
    func row(_ row: Int, in summaries: [CaseSummary]) -> AgendaRow? {
        switch slot(row) {
        case .group(let g, let count): .group(g, count: count)
        case .entry(let e): index!.item(e, in: summaries).map(AgendaRow.item)
        }
    }

    /// The item of row `row`, if it is one.
    func item(_ row: Int, in summaries: [CaseSummary]) -> DeadlineItem? { self.row(row, in: summaries)?.item }

    /// Every item shown, in order (tests, the catalog's `agendaItems`).
    func items(in summaries: [CaseSummary]) -> [DeadlineItem] { (0..<count).compactMap { item($0, in: summaries) } }

    /// The row of `item` of case `caseIndex` in `summaries`, if it is shown: found by binary
    /// search in the index's order, then among the locations shown.
    func row(of item: DeadlineItem, caseIndex: Int, in summaries: [CaseSummary]) -> Int? {
        guard let index, caseIndex < summaries.count,
              let k = AgendaIndex.items(of: summaries[caseIndex], index.context).firstIndex(of: item) else { return nil }
        let at = index.location(of: item, caseIndex: caseIndex, item: k) { summaries[$0] }
        guard let e = index.order.entry(at), e.caseIndex == Int32(caseIndex), e.item == Int32(k) else { return nil }
        var lo = 0, hi = shown.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if shown[mid] < at { lo = mid + 1 } else { hi = mid }
        }
        guard lo < shown.count, shown[lo] == at else { return nil }
        // Each group's heading is one row before its first item.
        return lo + groups.enumerated().filter { n, g in g.row - n <= lo }.count
    }

    /// The same rows: the same headings and the same entries (the items are made from them).
    static func == (a: AgendaRows, b: AgendaRows) -> Bool {
        a.count == b.count && (0..<a.count).allSatisfy { a.slot($0) == b.slot($0) }
    }
}

/// A filter as the entries hold it: kinds as bits, dates as day numbers, ids as the index's
/// numbers; an id the index never saw matches no entry.
private struct Admission {
    let all: Bool
    let kinds: UInt16
    let from: Day?
    let to: Day?
    /// By id number: nil admits every one.
    let units: [Bool]?
    let lawyers: [Bool]?
    /// The number of "mine"'s person (never 0, so a missing lawyer is never them).
    let me: UInt32?

    /// The index's people by case position.
    let people: [AgendaIndex.People]

    init(_ filter: AgendaFilter, codes: [String: UInt32], people: [AgendaIndex.People]) {
        self.people = people
        all = filter.isEmpty
        kinds = filter.kinds.reduce(0) { $0 | 1 << UInt16($1.rank) }
        from = filter.from; to = filter.to
        func table(_ ids: Set<String>, none: Bool) -> [Bool]? {
            guard !ids.isEmpty else { return nil }
            var t = [Bool](repeating: false, count: codes.count + 1)
            t[0] = none
            for id in ids { if let c = codes[id] { t[Int(c)] = true } }
            return t
        }
        units = table(filter.units, none: false)
        // A case without a lawyer is the lawyer "" (as `AgendaFilter.admits` has it).
        lawyers = table(filter.lawyers, none: filter.lawyers.contains(""))
        me = filter.mine.map { codes[$0] ?? UInt32.max }
    }

    func callAsFunction(_ e: AgendaIndex.Entry) -> Bool {
        if all { return true }
        if kinds != 0, kinds & (1 << UInt16(e.kind.rank)) == 0 { return false }
        if let from, e.date < from { return false }
        if let to, e.date > to { return false }
        guard units != nil || lawyers != nil || me != nil else { return true }
        let p = people[Int(e.caseIndex)]
        if let units, !units[Int(p.unit)] { return false }
        if let lawyers, !lawyers[Int(p.lawyer)] { return false }
        if let me, p.lawyer != me, p.caseworker != me, e.assignee != me { return false }
        return true
    }
}
