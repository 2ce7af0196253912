import CaseCore

/// The Agenda's items of every case, kept in the Agenda's order (`Agenda.precedes`) so that
/// opening it, changing its filter and saving a case each cost less than one frame at 100,000
/// cases (issue 15.8). The items are made once per case (`perCase`, position `i` = summary
/// `i`). The order is a list of small entries that carry everything a filter asks (kind, date,
/// and the case's unit, lawyer and caseworker and the item's assignee as numbers), so a filter
/// is one pass over plain integers that reads neither a summary nor an item. A save takes
/// the case's old entries out and puts its new ones in by binary search, in one chunk each.
struct AgendaIndex: Sendable {
    /// One item in the order: what the order and every filter need, and where the item is.
    struct Entry: Sendable, Equatable {
        var date: Day
        var caseIndex: Int32
        var item: Int32
        /// Interned ids (`AgendaIndex.code`); 0 is none.
        var unit: UInt32
        var lawyer: UInt32
        var caseworker: UInt32
        var assignee: UInt32
        var group: AgendaGroup
        var kind: DeadlineKind
        var alarm: Bool
        var state: DeadlineState
        var ctl: CTLState?
    }

    private(set) var perCase: Paged<[DeadlineItem]>
    private(set) var order: AgendaOrder
    /// Every unit and person id seen, numbered from 1: the entries hold these numbers.
    private(set) var codes: [String: UInt32] = [:]
    let today: Day

    /// `chunk` and `page`: the sizes of the order's chunks and of `perCase`'s pages (small in
    /// tests, so that a few hundred cases split and merge them).
    init(_ summaries: [CaseSummary], context: QueryContext, chunk: Int = 2_048, page: Int = 1_024) {
        today = context.today
        let items = summaries.map { DeadlineList.items(of: $0, today: context.today, chaseIntervalDays: context.chaseIntervalDays) }
        perCase = Paged(items, pageSize: page)
        order = AgendaOrder(sorted: [], maxChunk: chunk)
        var entries: [Entry] = []
        entries.reserveCapacity(items.reduce(0) { $0 + $1.count })
        // Read in place, a case's people numbered once: no summary is copied (a retain of each
        // of its fields), which made this the largest part of installing 100,000 summaries.
        summaries.withUnsafeBufferPointer { b in
            for c in b.indices where !items[c].isEmpty {
                let people = (unit: code(b[c].unit), lawyer: code(b[c].lawyer), caseworker: code(b[c].caseworker))
                for k in items[c].indices { entries.append(entry(items[c][k], people, caseIndex: c, item: k)) }
            }
        }
        entries.sort { Self.precedes($0, $1, items) }
        order = AgendaOrder(sorted: entries, maxChunk: chunk)
    }

    func item(_ e: Entry) -> DeadlineItem { perCase[Int(e.caseIndex)][Int(e.item)] }

    /// The number of `id` in the entries (0 for none; ids are numbered as they are first seen).
    private mutating func code(_ id: String?) -> UInt32 {
        guard let id else { return 0 }
        if let c = codes[id] { return c }
        let c = UInt32(codes.count + 1)
        codes[id] = c
        return c
    }

    /// Case `i`'s summary changed: its entries out, its new items in, nothing else moves.
    mutating func replace(_ i: Int, with s: CaseSummary, context: QueryContext) {
        for k in perCase[i].indices {
            let at = location(of: perCase[i][k])
            if let e = order.entry(at), e.caseIndex == Int32(i), e.item == Int32(k) {
                order.remove(at)
            } else if let at = order.locations.first(where: { order.entry($0).map { $0.caseIndex == Int32(i) && $0.item == Int32(k) } ?? false }) {
                order.remove(at)    // only with two cases alike in every key of the order (a duplicated id)
            }
        }
        perCase[i] = DeadlineList.items(of: s, today: context.today, chaseIntervalDays: context.chaseIntervalDays)
        for k in perCase[i].indices {
            let e = entry(perCase[i][k], (code(s.unit), code(s.lawyer), code(s.caseworker)), caseIndex: i, item: k)
            order.insert(e, at: location(of: perCase[i][k]))
        }
    }

    /// Where `item` is, or would go, in the order: the first entry that does not precede it.
    func location(of item: DeadlineItem) -> AgendaOrder.Location {
        let g = AgendaGroup.of(item, today: today)
        return order.firstNotPreceding { Self.precedes($0, item, g, self) }
    }

    /// `people`: the case's unit, lawyer and caseworker as numbers (`code`).
    private mutating func entry(_ item: DeadlineItem, _ people: (unit: UInt32, lawyer: UInt32, caseworker: UInt32),
                                caseIndex: Int, item k: Int) -> Entry {
        Entry(date: item.date, caseIndex: Int32(caseIndex), item: Int32(k), unit: people.unit, lawyer: people.lawyer,
              caseworker: people.caseworker, assignee: code(item.assignee), group: AgendaGroup.of(item, today: today),
              kind: item.kind, alarm: item.isCTLAlarm, state: item.state, ctl: item.ctl)
    }

    /// `Agenda.precedes` on entries: the items are read only when group, alarm, date and kind tie.
    private static func precedes(_ a: Entry, _ b: Entry, _ items: [[DeadlineItem]]) -> Bool {
        if a.group != b.group { return a.group < b.group }
        if a.alarm != b.alarm { return a.alarm }
        if a.date != b.date { return a.date < b.date }
        if a.kind != b.kind { return a.kind.rank < b.kind.rank }
        if a.caseIndex == b.caseIndex, a.item == b.item { return false }
        return Agenda.precedes(items[Int(a.caseIndex)][Int(a.item)], a.group, items[Int(b.caseIndex)][Int(b.item)], b.group)
    }

    /// Whether entry `a` precedes `item` (of group `g`), as `Agenda.precedes` orders them.
    private static func precedes(_ a: Entry, _ item: DeadlineItem, _ g: AgendaGroup, _ index: AgendaIndex) -> Bool {
        if a.group != g { return a.group < g }
        if a.alarm != item.isCTLAlarm { return a.alarm }
        if a.date != item.date { return a.date < item.date }
        if a.kind != item.kind { return a.kind.rank < item.kind.rank }
        return Agenda.precedes(index.item(a), a.group, item, g)
    }
}
