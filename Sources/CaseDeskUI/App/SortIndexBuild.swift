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

extension AppState {
    /// After every action: ask for the sort ranks when the summaries have none and no build is
    /// under way (one at a time, like the Dashboard's measures).
    mutating func sortIndexEffects() -> [Effect] {
        guard load == .loaded, cases.sortIndex == nil, cases.sortBuilding == nil, !summaries.isEmpty else { return [] }
        cases.sortBuilding = cases.sortGeneration
        return [.buildSortIndex(SortIndexRequest(summaries: summaries, context: queryContext, generation: cases.sortGeneration))]
    }

    /// The answer of `.buildSortIndex`: kept if built from the summaries as they are now.
    mutating func sortIndexBuilt(_ index: CaseSortIndex, generation: Int) {
        cases.sortBuilding = nil
        guard generation == cases.sortGeneration, index.count == summaries.count else { return }
        cases.sortIndex = index
    }
}
