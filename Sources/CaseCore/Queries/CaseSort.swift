/// The columns of the case list, each of which the list can be sorted by (`s` cycles them).
public enum CaseSortKey: String, Sendable, CaseIterable, Hashable {
    case id, title, crimeTypes, unit, lawyer, status, defendants, nextHearing, flags, opened, updated

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
/// is total and the same on every run. Cases without a next hearing sort after those with
/// one in either direction (an empty cell is never "the most urgent").
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
        var idx = indices
        switch key {
        case .id:
            idx.sort { a, b in
                let o = Self.compareBytes(summaries[a].id, summaries[b].id, fold: false)
                return ascending ? o < 0 : o > 0
            }
            return idx
        case .title:
            idx.sort { a, b in
                let o = Self.compareBytes(summaries[a].title, summaries[b].title, fold: true)
                if o != 0 { return ascending ? o < 0 : o > 0 }
                return summaries[a].id < summaries[b].id
            }
            return idx
        default:
            break
        }
        // Every other column reduces to one integer per case, computed once.
        let keys = integerKeys(for: idx, of: summaries, context: context, meta: meta)
        let missing = Int.max
        idx.sort { a, b in
            let ka = keys[a], kb = keys[b]
            if ka != kb {
                if ka == missing { return false }
                if kb == missing { return true }
                return ascending ? ka < kb : ka > kb
            }
            return summaries[a].id < summaries[b].id
        }
        return idx
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
                names[id] = (key == .unit ? meta?.unit(id)?.name : meta?.person(id)?.name) ?? id
            }
            let ranked = names.sorted { Self.compareBytes($0.value, $1.value, fold: true) < 0 || ($0.value == $1.value && $0.key < $1.key) }
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
