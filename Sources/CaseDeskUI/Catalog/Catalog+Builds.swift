import CaseCore

/// The Dashboard's measures in the catalog.
extension Catalog {
    /// The Dashboard's measure index: rebuilt whole when positions move, or with the saved
    /// cases put back in place (`MeasureIndex.replacing`) when only cases changed in place.
    struct Measures: Sendable, Equatable {
        /// The summaries flattened for the measures; shared by reference, so copying the state
        /// (every reduce) never copies 100,000 records.
        private(set) var index: MeasureIndexBox?
        /// The summaries changed since `index` was built (a save, a reload).
        private(set) var stale = true
        /// Counts changes of the summaries; a build answers with the generation it was built from.
        private(set) var generation = 0
        /// The generation a `.buildMeasures` is under way for, if any (one at a time).
        private(set) var building: Int?
        /// Saves since the generation of `index`: the next build puts these cases back in place.
        private(set) var changes: [SummaryChange] = []
        /// Summaries were added, removed or reloaded: the next build reads them all.
        private(set) var needsFullBuild = true

        mutating func rebuilt(generation g: Int) {
            stale = true
            generation = g
            needsFullBuild = true
            changes = []
        }

        mutating func replaced(_ i: Int, old: CaseSummary, new: CaseSummary, generation g: Int) {
            stale = true
            generation = g
            changes.append(SummaryChange(index: i, old: old, new: new, generation: g))
        }

        mutating func request(_ summaries: [CaseSummary], context: QueryContext) -> MeasuresRequest? {
            guard stale, building == nil else { return nil }
            let full = needsFullBuild || index == nil
            building = generation
            needsFullBuild = false
            return MeasuresRequest(summaries: summaries, chaseIntervalDays: context.chaseIntervalDays, today: context.today,
                                   generation: generation, base: full ? nil : index?.index, changes: full ? [] : changes)
        }

        /// Installed even when overtaken, since it counts the summaries of its generation: it
        /// is marked stale and the next build starts from it with the saves that came after.
        mutating func built(_ ready: MeasuresReady) {
            building = nil
            changes.removeAll { $0.generation <= ready.generation }
            index = MeasureIndexBox(ready.index)
            stale = ready.generation != generation
        }
    }
}

/// A `MeasureIndex` behind a reference, compared by identity: the state stays a cheap value,
/// and two states hold "the same index" exactly when they share one build.
final class MeasureIndexBox: Sendable, Equatable {
    let index: MeasureIndex
    init(_ index: MeasureIndex) { self.index = index }
    static func == (a: MeasureIndexBox, b: MeasureIndexBox) -> Bool { a === b }
}
