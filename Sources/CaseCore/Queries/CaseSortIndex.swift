/// What sorting the case list needs, computed once per set of summaries so that every later
/// sort is a sort of small integer records: each summary's place in id order, its title's
/// place among the distinct titles (folded as the list sorts them), its unit and lawyer as
/// slots, and the integer keys of each other column the list has been sorted by. Sorting
/// 100,000 cases by any column then costs a few milliseconds instead of reading strings again.
///
/// Invariants: `idRank` is a permutation of `0..<count` in `CaseSort(.id)` order;
/// `titleGroup[i] < titleGroup[j]` exactly when summary i's title sorts before j's, equal
/// when the titles are equal (ASCII case folded), so ties fall to `idRank`.
public struct CaseSortIndex: Sendable, Equatable {
    public let count: Int
    let context: QueryContext
    let idRank: [Int32]
    /// Nil once a title changed (`update`): the next sort by title works from the strings.
    private(set) var titleGroup: [Int32]?
    /// Each summary's unit and lawyer as a slot in `unitIDs` / `lawyerIDs` (-1: no lawyer), so
    /// a sort ranks the few distinct names and looks each case up in an array.
    private(set) var unitSlot: [Int32], lawyerSlot: [Int32]
    private(set) var unitIDs: [String], lawyerIDs: [String]
    /// The integer keys of the other columns, made the first time the list is sorted by each
    /// (`prepare`) and kept up to date by `update`.
    private(set) var keys: [CaseSortKey: SortKeyColumn] = [:]

    public init(_ summaries: [CaseSummary], context: QueryContext) {
        count = summaries.count
        self.context = context
        let all = Array(summaries.indices)
        var rank = [Int32](repeating: 0, count: summaries.count)
        for (n, i) in CaseSort(.id).apply(all, of: summaries, context: context).enumerated() { rank[i] = Int32(n) }
        idRank = rank
        var group = [Int32](repeating: 0, count: summaries.count)
        var g: Int32 = -1, previous: Int?
        for i in CaseSort(.title).apply(all, of: summaries, context: context) {
            if previous.map({ CaseSort.compareBytes(summaries[$0].title, summaries[i].title, fold: true) != 0 }) ?? true { g += 1 }
            group[i] = g
            previous = i
        }
        titleGroup = group
        (unitSlot, unitIDs) = Self.slots(summaries.map(\.unit))
        (lawyerSlot, lawyerIDs) = Self.slots(summaries.map(\.lawyer))
    }

    static func slots(_ values: [String?]) -> ([Int32], [String]) {
        var ids: [String] = [], slot: [String: Int32] = [:]
        let slots = values.map { v -> Int32 in
            guard let v else { return -1 }
            if let s = slot[v] { return s }
            slot[v] = Int32(ids.count)
            ids.append(v)
            return Int32(ids.count - 1)
        }
        return (slots, ids)
    }

    /// Makes the integer keys of `key` once, so this sort and every later one by it only sorts.
    public mutating func prepare(_ key: CaseSortKey, summaries: [CaseSummary]) {
        guard keys[key] == nil, key != .id, key != .title, key != .unit, key != .lawyer else { return }
        let sort = CaseSort(key)
        keys[key] = SortKeyColumn(summaries.map { sort.integerKey($0, context) })
    }

    /// Summary `i` changed in place from `old` to `new` (the same id; no summary added, removed
    /// or moved): its keys are made again; a new title leaves titles to be sorted from the strings.
    public mutating func update(_ i: Int, from old: CaseSummary, to new: CaseSummary) {
        precondition(old.id == new.id, "a summary keeps its id in place")
        if old.title != new.title { titleGroup = nil }
        unitSlot[i] = Self.slot(of: new.unit, in: &unitIDs)
        lawyerSlot[i] = new.lawyer.map { Self.slot(of: $0, in: &lawyerIDs) } ?? -1
        for k in Array(keys.keys) { keys[k]![i] = CaseSort(k).integerKey(new, context) }
    }

    /// The slot of `id`, a new one at the end when the table does not have it yet (a table may
    /// keep ids no case uses any more: they are ranked with the others and match nothing).
    static func slot(of id: String, in ids: inout [String]) -> Int32 {
        if let s = ids.firstIndex(of: id) { return Int32(s) }
        ids.append(id)
        return Int32(ids.count - 1)
    }
}

extension CaseSort {
    /// The same order as `apply(_:of:context:meta:)`, from the index's ranks: `index` must have
    /// been built from `summaries` (or from summaries that differ only where `update`
    /// was called). Sorting by title without title ranks falls back to the strings.
    public func apply(_ indices: [Int], of summaries: [CaseSummary], context: QueryContext, meta: StoreMeta? = nil,
                      index: CaseSortIndex) -> [Int] {
        precondition(index.count == summaries.count, "the sort index belongs to other summaries")
        if key == .title && index.titleGroup == nil { return apply(indices, of: summaries, context: context, meta: meta) }
        let keys: [Int]?
        switch key {
        case .id, .title: keys = nil
        case .unit, .lawyer: keys = nameKeys(index, meta: meta)
        default: keys = index.keys[key]?.all ?? integerKeys(for: indices, of: summaries, context: context, meta: meta)
        }
        var items = [RankItem]()
        items.reserveCapacity(indices.count)
        let titles = index.titleGroup, ranks = index.idRank
        for i in indices {
            let rank = ranks[i]
            let k: Int
            switch key {
            case .id: k = ascending ? Int(rank) : -Int(rank)
            case .title: k = ascending ? Int(titles![i]) : -Int(titles![i])
            default:
                let v = keys![i]
                k = v == Int.max ? Int.max : (ascending ? v : -v)
            }
            items.append(RankItem(key: k, rank: rank, index: Int32(i)))
        }
        items.sort { $0.key != $1.key ? $0.key < $1.key : $0.rank < $1.rank }
        return items.map { Int($0.index) }
    }

    /// Unit or lawyer keys from the index's slots: the distinct ids ranked by the name shown
    /// (as `integerKeys` ranks them), then one array lookup per case.
    func nameKeys(_ index: CaseSortIndex, meta: StoreMeta?) -> [Int] {
        let ids = key == .unit ? index.unitIDs : index.lawyerIDs
        let names = ids.map { id in (key == .unit ? meta?.unit(id)?.name : meta?.personName(id)) ?? id }
        let ranked = ids.indices.sorted {
            let o = Self.compareBytes(names[$0], names[$1], fold: true)
            return o != 0 ? o < 0 : (names[$0] == names[$1] ? ids[$0] < ids[$1] : names[$0] < names[$1])
        }
        var rank = [Int](repeating: 0, count: ids.count)
        for (n, slot) in ranked.enumerated() { rank[slot] = n }
        return (key == .unit ? index.unitSlot : index.lawyerSlot).map { $0 < 0 ? Int.max : rank[Int($0)] }
    }

    struct RankItem {
        var key: Int
        var rank: Int32
        var index: Int32
    }
}
