import CaseCore

/// What the sort ranks are built from: the summaries as they were when asked, numbered so
/// that an answer overtaken by a change of the summaries is dropped.
public struct SortIndexRequest: Sendable, Equatable {
    public let summaries: [CaseSummary]
    public let context: QueryContext
    public let generation: Int

    /// Two requests are the same when they are for the same generation of the summaries.
    public static func == (a: SortIndexRequest, b: SortIndexRequest) -> Bool {
        a.generation == b.generation && a.context == b.context
    }

    /// Everything a sort needs, made at once off the loop right after the store is read, so
    /// that no column's first sort and no board sort reads the summaries on the loop (issue
    /// 16.3: a first sort cost 61–77 ms and a board sort 43–57 ms at 100,000 cases).
    public func build() -> SortIndexes {
        var cases = CaseSortIndex(summaries, context: context)
        for key in CaseSortKey.allCases { cases.prepare(key, summaries: summaries) }
        let board = RequestSortKey.allCases.map { RequestOrder(summaries, context: context, sortBy: $0) }
        return SortIndexes(cases: cases, board: board)
    }
}

/// A build's answer: the case list's ranks with every column's keys made, and the MLA board's
/// order by every key, ascending (descending is derived from it: `RequestOrder.reversed`).
public struct SortIndexes: Sendable, Equatable {
    public let cases: CaseSortIndex
    /// One per `RequestSortKey.allCases`, in that order.
    let board: [RequestOrder]
}

/// The sort ranks in the catalog: built off the loop, kept in step with a save in place,
/// dropped (and asked for again) when positions move.
struct SortRanks: Sendable {
    /// Nil until a build lands, and again whenever summaries are added, removed or reordered.
    /// Until then a sort reads the strings.
    private(set) var index: CaseSortIndex?
    /// The board's orders by each key, ascending; there exactly when `index` is.
    private(set) var boardOrders: [RequestOrder]?
    /// Counts changes of the summaries the ranks could not follow; a build answers with the
    /// generation it was built from.
    private(set) var generation = 0
    /// The generation a `.buildSortIndex` is under way for, if any.
    private(set) var building: Int?

    mutating func dropped() {
        index = nil
        boardOrders = nil
        generation += 1
    }

    mutating func replace(_ i: Int, from old: CaseSummary, to new: CaseSummary) {
        if index != nil {
            index?.update(i, from: old, to: new)
            if var orders = boardOrders {
                boardOrders = nil   // one owner while they change, so they change in place
                for k in orders.indices { orders[k].replace(caseIndex: i, old: old, new: new) }
                boardOrders = orders
            }
        } else {
            generation += 1   // a build under way has the old summary: drop it
        }
    }

    mutating func prepared(_ key: CaseSortKey, summaries: [CaseSummary]) -> CaseSortIndex? {
        guard var ranks = index else { return nil }
        index = nil       // one owner while it changes, so it changes in place
        ranks.prepare(key, summaries: summaries)
        index = ranks
        return ranks
    }

    /// The board's order by `key` from the built orders (the ascending one shared, the other
    /// way derived from it without reading a summary); nil until built, or for another day.
    func boardOrder(_ key: RequestSortKey, ascending: Bool, context: QueryContext) -> RequestOrder? {
        guard let orders = boardOrders, let k = RequestSortKey.allCases.firstIndex(of: key),
              k < orders.count, orders[k].context == context else { return nil }
        return ascending ? orders[k] : orders[k].reversed()
    }

    /// A build to ask for: none while one is under way or the ranks are there.
    mutating func request(_ summaries: [CaseSummary], context: QueryContext) -> SortIndexRequest? {
        guard index == nil, building == nil, !summaries.isEmpty else { return nil }
        building = generation
        return SortIndexRequest(summaries: summaries, context: context, generation: generation)
    }

    /// The answer: kept if built from the summaries as they are now.
    mutating func built(_ ranks: SortIndexes, generation g: Int, count: Int) {
        building = nil
        guard g == generation, ranks.cases.count == count else { return }
        index = ranks.cases
        boardOrders = ranks.board
    }
}
