import Foundation

/// The columns of the case list, each of which the list can be sorted by (`s` cycles them).
public enum CaseSortKey: String, Sendable, CaseIterable, Hashable {
    case id, title, crimeTypes, unit, lawyer, status, defendants, nextHearing, nextDeadline, flags, opened, updated

    public var label: String {
        switch self {
        case .id: "Id"
        case .title: "Title"
        case .crimeTypes: "Crime"
        case .unit: "Unit"
        case .lawyer: "Lawyer"
        case .status: "Status"
        case .defendants: "Defs"
        case .nextHearing: "Next hearing"
        case .nextDeadline: "Next deadline"
        case .flags: "Flags"
        case .opened: "Opened"
        case .updated: "Updated"
        }
    }

    /// The column after this one, wrapping (the `s` key).
    public var next: CaseSortKey {
        let all = CaseSortKey.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}

/// A sort order of the case list. Ties are always broken by case id ascending, so the order
/// is total and the same on every run. Cases without a next hearing (or deadline) sort after
/// those with one in either direction (an empty cell is never "the most urgent").
public struct CaseSort: Sendable, Equatable {
    public var key: CaseSortKey
    public var ascending: Bool

    public init(_ key: CaseSortKey = .id, ascending: Bool = true) { self.key = key; self.ascending = ascending }

    public var reversed: CaseSort { CaseSort(key, ascending: !ascending) }

    /// Sorts `indices` (into `summaries`) without copying any summary. `meta`, when given,
    /// makes unit and lawyer sort by the names shown rather than by ids. Flags sort overdue
    /// (2) above to-chase (1) above none (0) when descending.
    public func apply(_ indices: [Int], of summaries: [CaseSummary], context: QueryContext,
                      meta: StoreMeta? = nil) -> [Int] {
        // A store's summaries come in id order (the cache keeps it, a full read sorts by it),
        // and the list opens sorted by id: seen in one pass, not sorted again (issue 16.2,
        // the open's first screen).
        if key == .id, let same = Self.byIDAlready(indices, of: summaries, ascending: ascending) { return same }
        // Each case becomes a small record of integers: the column's key, then the first 32
        // bytes of the text that decides the order (the id, or the folded title) packed
        // big-endian, so nearly every comparison is between integers. Strings are compared in
        // full only when those are equal.
        let keys: [Int]? = (key == .id || key == .title) ? nil
            : integerKeys(for: indices, of: summaries, context: context, meta: meta)
        var items = [SortItem]()
        items.reserveCapacity(indices.count)
        let byTitle = key == .title
        for i in indices {
            var k = 0
            if let keys {
                let v = keys[i]
                k = v == Int.max ? Int.max : (ascending ? v : -v)
            }
            var p = Self.prefix(byTitle ? summaries[i].title : summaries[i].id, fold: byTitle)
            if keys == nil && !ascending { p = (~p.0, ~p.1, ~p.2, ~p.3) }
            // Titles repeat ("Operation Kestrel II" in many cases): the id, ascending, decides
            // between equal titles without touching the strings again.
            let id = byTitle ? Self.prefix(summaries[i].id, fold: false) : (0, 0, 0, 0)
            let long = byTitle && summaries[i].title.utf8.count > 32
            items.append(SortItem(key: k, p0: p.0, p1: p.1, p2: p.2, p3: p.3, id0: id.0, id1: id.1, long: long, index: Int32(i)))
        }
        let asc = ascending
        items.sort { a, b in
            if a.key != b.key { return a.key < b.key }
            if a.p0 != b.p0 { return a.p0 < b.p0 }
            if a.p1 != b.p1 { return a.p1 < b.p1 }
            if a.p2 != b.p2 { return a.p2 < b.p2 }
            if a.p3 != b.p3 { return a.p3 < b.p3 }
            let ia = Int(a.index), ib = Int(b.index)
            if byTitle && (a.id0 != b.id0 || a.id1 != b.id1) {
                // Equal 32-byte title prefixes: titles no longer than that are equal, and so are
                // longer ones that agree to the end; then the id decides.
                if a.long || b.long {
                    let o = Self.compareBytes(summaries[ia].title, summaries[ib].title, fold: true)
                    if o != 0 { return asc ? o < 0 : o > 0 }
                }
                return a.id0 != b.id0 ? a.id0 < b.id0 : a.id1 < b.id1
            }
            if byTitle {
                let o = Self.compareBytes(summaries[ia].title, summaries[ib].title, fold: true)
                if o != 0 { return asc ? o < 0 : o > 0 }
                return Self.compareBytes(summaries[ia].id, summaries[ib].id, fold: false) < 0
            }
            let o = Self.compareBytes(summaries[ia].id, summaries[ib].id, fold: false)
            return keys == nil && !asc ? o > 0 : o < 0
        }
        return items.map { Int($0.index) }
    }

    /// `indices` in the id order asked for when they are already in ascending id order, each
    /// id after the one before (equal ids keep their order ascending, as the sort would; nil
    /// descending, where the sort is left to decide them); nil when not.
    private static func byIDAlready(_ indices: [Int], of summaries: [CaseSummary], ascending: Bool) -> [Int]? {
        guard indices.count > 1 else { return indices }
        for k in 1..<indices.count {
            let o = compareBytes(summaries[indices[k - 1]].id, summaries[indices[k]].id, fold: false)
            if o > 0 || (o == 0 && !ascending) { return nil }
        }
        return ascending ? indices : indices.reversed()
    }

    struct SortItem {
        var key: Int
        var p0: UInt64
        var p1: UInt64
        var p2: UInt64
        var p3: UInt64
        var id0: UInt64
        var id1: UInt64
        var long: Bool
        var index: Int32
    }

    /// The first 32 bytes of the UTF-8 (ASCII letters lower-cased when `fold`), big-endian,
    /// zero-padded: comparing the four words in turn compares those bytes in order.
    static func prefix(_ s: String, fold: Bool) -> (UInt64, UInt64, UInt64, UInt64) {
        var w: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0), n = 0
        for var c in s.utf8 {
            if fold && c >= 65 && c <= 90 { c += 32 }
            let v = UInt64(c) << (56 - 8 * (n & 7))
            switch n >> 3 {
            case 0: w.0 |= v
            case 1: w.1 |= v
            case 2: w.2 |= v
            default: w.3 |= v
            }
            n += 1
            if n == 32 { break }
        }
        return w
    }

    /// A dense array indexed by summary index (only `indices` filled); `Int.max` = no value.
    func integerKeys(for indices: [Int], of summaries: [CaseSummary], context: QueryContext,
                     meta: StoreMeta?) -> [Int] {
        var keys = [Int](repeating: 0, count: summaries.count)
        switch key {
        case .unit, .lawyer:
            // Few distinct values: rank them once by the text shown, then sort integers.
            var names: [String: String] = [:]
            for i in indices {
                guard let id = key == .unit ? summaries[i].unit : summaries[i].lawyer, names[id] == nil else { continue }
                names[id] = (key == .unit ? meta?.unit(id)?.name : meta?.personName(id)) ?? id
            }
            // Names equal but for case order by their bytes, then equal names by id: a total order.
            let ranked = names.sorted {
                let o = Self.compareBytes($0.value, $1.value, fold: true)
                return o != 0 ? o < 0 : ($0.value == $1.value ? $0.key < $1.key : $0.value < $1.value)
            }
            var rank: [String: Int] = [:]
            for (n, e) in ranked.enumerated() { rank[e.key] = n }
            for i in indices {
                let id = key == .unit ? summaries[i].unit : summaries[i].lawyer
                keys[i] = id.flatMap { rank[$0] } ?? Int.max
            }
        default:
            for i in indices { keys[i] = integerKey(summaries[i], context) }
        }
        return keys
    }

    func integerKey(_ s: CaseSummary, _ context: QueryContext) -> Int {
        switch key {
        case .crimeTypes:
            // Lexicographic over the first three crime types (positions < 10, so base 11).
            var k = 0
            for n in 0..<3 { k = k * 11 + (n < s.crimeTypes.count ? s.crimeTypes[n].slot + 1 : 0) }
            return k
        case .status: return s.status.slot
        case .defendants: return s.defendants.count
        case .nextHearing: return s.nextHearing(today: context.today).map { Int($0.date.ordinal) } ?? Int.max
        case .nextDeadline:
            return DeadlineList.nextDate(of: s, today: context.today, chaseIntervalDays: context.chaseIntervalDays)
                .map { Int($0.ordinal) } ?? Int.max
        case .flags:
            return (s.hasOverdueRequest(today: context.today) ? 2 : 0)
                + (s.hasRequestToChase(today: context.today, interval: context.chaseIntervalDays) ? 1 : 0)
        case .opened: return Int(s.opened.ordinal)
        case .updated: return Int(s.updated.seconds)
        case .id, .title, .unit, .lawyer: return 0
        }
    }

    /// Byte-wise comparison of UTF-8 (optionally ASCII case-folded): a stable, locale-free
    /// order that costs no allocation. -1, 0 or 1.
    static func compareBytes(_ a: String, _ b: String, fold: Bool) -> Int {
        // Unfolded (ids): one memcmp over the two strings' own bytes, not a byte at a time
        // through two iterators (the open's check of the id order, the sort index's ties).
        if !fold {
            var a = a, b = b
            return a.withUTF8 { x in
                b.withUTF8 { y in
                    let n = min(x.count, y.count)
                    let o = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                    if o != 0 { return o < 0 ? -1 : 1 }
                    return x.count == y.count ? 0 : (x.count < y.count ? -1 : 1)
                }
            }
        }
        var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (var x?, var y?):
                if fold {
                    if x >= 65 && x <= 90 { x += 32 }
                    if y >= 65 && y <= 90 { y += 32 }
                }
                if x != y { return x < y ? -1 : 1 }
            }
        }
    }
}
