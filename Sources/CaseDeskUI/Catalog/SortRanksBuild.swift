import CaseCore

/// What the case list's sort ranks are built from: the summaries as they were when asked,
/// numbered so that an answer overtaken by a change of the summaries is dropped.
public struct SortIndexRequest: Sendable, Equatable {
    public let summaries: [CaseSummary]
    public let context: QueryContext
    public let generation: Int

    /// Two requests are the same when they are for the same generation of the summaries.
    public static func == (a: SortIndexRequest, b: SortIndexRequest) -> Bool {
        a.generation == b.generation && a.context == b.context
    }

    public func build() -> CaseSortIndex { CaseSortIndex(summaries, context: context) }
}

/// The case list's sort ranks in the catalog: built off the loop, kept in step with a save in
/// place, dropped (and asked for again) when positions move.
struct SortRanks: Sendable {
    /// Nil until a build lands, and again whenever summaries are added, removed or reordered.
    /// Until then a sort reads the strings.
    private(set) var index: CaseSortIndex?
    /// Counts changes of the summaries the ranks could not follow; a build answers with the
    /// generation it was built from.
    private(set) var generation = 0
    /// The generation a `.buildSortIndex` is under way for, if any.
    private(set) var building: Int?

    mutating func dropped() {
        index = nil
        generation += 1
    }

    mutating func replace(_ i: Int, from old: CaseSummary, to new: CaseSummary) {
        if index != nil {
            index?.update(i, from: old, to: new)
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

    /// A build to ask for: none while one is under way or the ranks are there.
    mutating func request(_ summaries: [CaseSummary], context: QueryContext) -> SortIndexRequest? {
        guard index == nil, building == nil, !summaries.isEmpty else { return nil }
        building = generation
        return SortIndexRequest(summaries: summaries, context: context, generation: generation)
    }

    /// The answer: kept if built from the summaries as they are now.
    mutating func built(_ ranks: CaseSortIndex, generation g: Int, count: Int) {
        building = nil
        guard g == generation, ranks.count == count else { return }
        index = ranks
    }
}
