import CaseCore

/// The Agenda's items of every case, kept in the Agenda's order (`Agenda.precedes`) so that
/// opening it, changing its filter and saving a case each cost less than one frame at 100,000
/// cases (issue 15.8). The order is a list of small entries that carry what a filter asks of
/// an item (kind, date, the assignee as a number), and the case's unit, lawyer and caseworker
/// are numbers in `people`, so a filter is one pass over plain integers that reads neither a
/// summary nor an item. A save takes the case's old entries out and puts its new ones in by binary search,
/// in one chunk each.
///
/// The items themselves are not kept: an entry says which item of which case it is (`item`:
/// its place in `DeadlineList.items` of the case's summary), and the item is made again from
/// the summary when a row is drawn (`item(_:in:)`). Kept, the 256,000 items of the demo store
/// at 100,000 cases were 72 MB, a fifth of the UI's memory (issue 16.4); a screen draws 30.
///
/// Within one case, items that tie on group, alarm, date and kind are in the order of their
/// place in the case's list (which is sorted by `DeadlineItem.precedes`: title, then ref), so
/// the order needs no item's text except between two cases with the same id.
struct AgendaIndex: Sendable {
    /// One item in the order: what the order and every filter need, and where the item is.
    /// 24 bytes: the case's people are not repeated in each of its items' entries.
    struct Entry: Sendable, Equatable {
        var date: Day
        var caseIndex: Int32
        var item: Int32
        /// An interned id (`AgendaIndex.code`); 0 is none.
        var assignee: UInt32
        var group: AgendaGroup
        var kind: DeadlineKind
        var alarm: Bool
        var state: DeadlineState
        var ctl: CTLState?
    }

    /// A case's unit, lawyer and caseworker as interned ids (`code`; 0 is none), by position.
    struct People: Sendable, Equatable {
        var unit: UInt32
        var lawyer: UInt32
        var caseworker: UInt32
    }

    private(set) var order: AgendaOrder
    private(set) var people: [People]
    /// Every unit and person id seen, numbered from 1: the entries hold these numbers.
    private(set) var codes: [String: UInt32] = [:]
    let context: QueryContext
    var today: Day { context.today }

    /// `chunk`: the size of the order's chunks (small in tests, so that a few hundred cases
    /// split and merge them).
    init(_ summaries: [CaseSummary], context: QueryContext, chunk: Int = 2_048) {
        self.context = context
        order = AgendaOrder(sorted: [], maxChunk: chunk)
        people = []
        people.reserveCapacity(summaries.count)
        var entries: [Entry] = []
        entries.reserveCapacity(summaries.count * 3)   // untouched capacity costs no memory
        // Read in place, a case's people numbered once: no summary is copied (a retain of each
        // of its fields), and a case's items live only while its entries are made.
        summaries.withUnsafeBufferPointer { b in
            for c in b.indices {
                people.append(people(of: b[c]))
                let items = Self.items(of: b[c], context)
                for k in items.indices { entries.append(entry(items[k], caseIndex: c, item: k)) }
            }
            entries.sort { Self.precedes($0, $1, context, id: { b[$0].id }, summary: { b[$0] }) }
        }
        order = AgendaOrder(sorted: entries, maxChunk: chunk)
    }

    /// The items of a case, in the order its entries number them.
    static func items(of s: CaseSummary, _ context: QueryContext) -> [DeadlineItem] {
        DeadlineList.items(of: s, today: context.today, chaseIntervalDays: context.chaseIntervalDays)
    }

    /// The item `e` stands for, made from its case's summary in `summaries` (the summaries the
    /// index describes); nil when they no longer have it (rows laid out before a change,
    /// asked before they are laid out again).
    func item(_ e: Entry, in summaries: [CaseSummary]) -> DeadlineItem? {
        let c = Int(e.caseIndex), k = Int(e.item)
        guard c < summaries.count else { return nil }
        let items = Self.items(of: summaries[c], context)
        guard k < items.count, items[k].date == e.date, items[k].kind == e.kind else { return nil }
        return items[k]
    }

    /// The number of `id` in the entries (0 for none; ids are numbered as they are first seen).
    private mutating func code(_ id: String?) -> UInt32 {
        guard let id else { return 0 }
        if let c = codes[id] { return c }
        let c = UInt32(codes.count + 1)
        codes[id] = c
        return c
    }

    /// Case `i`'s summary changed from `old` to `new`: its entries out, its new items in,
    /// nothing else moves. `summary` gives every other case's summary as the index has it.
    mutating func replace(_ i: Int, old: CaseSummary, new: CaseSummary, summary: (Int) -> CaseSummary) {
        let before = { (c: Int) in c == i ? old : summary(c) }
        for (k, item) in Self.items(of: old, context).enumerated() {
            let at = location(of: item, caseIndex: i, item: k, summary: before)
            if let e = order.entry(at), e.caseIndex == Int32(i), e.item == Int32(k) {
                order.remove(at)
            } else if let at = order.locations.first(where: { order.entry($0).map { $0.caseIndex == Int32(i) && $0.item == Int32(k) } ?? false }) {
                order.remove(at)    // not where the order puts it: a safety net, never expected
            }
        }
        let after = { (c: Int) in c == i ? new : summary(c) }
        people[i] = people(of: new)
        for (k, item) in Self.items(of: new, context).enumerated() {
            let e = entry(item, caseIndex: i, item: k)
            order.insert(e, at: location(of: item, caseIndex: i, item: k, summary: after))
        }
    }

    /// Where item `k` of case `caseIndex`, `item`, is or would go in the order: the first
    /// entry that does not precede it. `summary` gives the summary of a case in the order.
    func location(of item: DeadlineItem, caseIndex: Int, item k: Int, summary: (Int) -> CaseSummary) -> AgendaOrder.Location {
        let probe = Entry(date: item.date, caseIndex: Int32(caseIndex), item: Int32(k), assignee: 0, group: AgendaGroup.of(item, today: today), kind: item.kind, alarm: item.isCTLAlarm,
                          state: item.state, ctl: item.ctl)
        return order.firstNotPreceding { Self.precedes($0, probe, context, id: { summary($0).id }, summary: summary) }
    }

    private mutating func entry(_ item: DeadlineItem, caseIndex: Int, item k: Int) -> Entry {
        Entry(date: item.date, caseIndex: Int32(caseIndex), item: Int32(k), assignee: code(item.assignee),
              group: AgendaGroup.of(item, today: today), kind: item.kind, alarm: item.isCTLAlarm, state: item.state, ctl: item.ctl)
    }

    private mutating func people(of s: CaseSummary) -> People {
        People(unit: code(s.unit), lawyer: code(s.lawyer), caseworker: code(s.caseworker))
    }

    /// `Agenda.precedes` on entries, `summary` giving a case's summary: past group, alarm, date
    /// and kind, `DeadlineItem.precedes` compares case ids, then within one case title and ref,
    /// which is the order of the items' places (see the type's comment). Two cases with one id
    /// (a store with a duplicated id) are told apart by their items' text, as the CLI does.
    /// `id` is `summary(c).id` without copying the whole summary (the build sorts with it).
    private static func precedes(_ a: Entry, _ b: Entry, _ context: QueryContext, id: (Int) -> String,
                                 summary: (Int) -> CaseSummary) -> Bool {
        if a.group != b.group { return a.group < b.group }
        if a.alarm != b.alarm { return a.alarm }
        if a.date != b.date { return a.date < b.date }
        if a.kind != b.kind { return a.kind.rank < b.kind.rank }
        if a.caseIndex == b.caseIndex { return a.item < b.item }
        let ia = id(Int(a.caseIndex)), ib = id(Int(b.caseIndex))
        if ia != ib { return ia < ib }
        let x = items(of: summary(Int(a.caseIndex)), context)[Int(a.item)]
        let y = items(of: summary(Int(b.caseIndex)), context)[Int(b.item)]
        if x != y { return Agenda.precedes(x, a.group, y, b.group) }
        return a.caseIndex < b.caseIndex    // alike in every key: one order still
    }
}
