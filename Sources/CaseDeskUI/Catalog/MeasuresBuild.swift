import CaseCore

/// What the Dashboard's measures are built from: the summaries as they were when asked (a
/// copy-on-write array, so asking costs nothing), numbered so that the answer says which
/// summaries it counts. With a `base` index and the saves since it (`changes`), the build
/// puts those cases back in place (`MeasureIndex.replacing`) instead of reading every summary.
public struct MeasuresRequest: Sendable, Equatable {
    public let summaries: [CaseSummary]
    public let chaseIntervalDays: Int
    public let today: Day
    public let generation: Int
    /// The index to change, when only cases changed in place since it was built.
    public let base: MeasureIndex?
    public let changes: [SummaryChange]

    public init(summaries: [CaseSummary], chaseIntervalDays: Int, today: Day, generation: Int,
                base: MeasureIndex? = nil, changes: [SummaryChange] = []) {
        self.summaries = summaries; self.chaseIntervalDays = chaseIntervalDays; self.today = today
        self.generation = generation; self.base = base; self.changes = changes
    }

    /// Two requests are the same when they are for the same generation of the summaries.
    public static func == (a: MeasuresRequest, b: MeasuresRequest) -> Bool {
        a.generation == b.generation && a.today == b.today && a.chaseIntervalDays == b.chaseIntervalDays
            && (a.base == nil) == (b.base == nil) && a.changes.count == b.changes.count
    }

    /// The index with every breakdown's cube built: pure, safe on any thread.
    public func build() -> MeasuresReady {
        if var index = base, !changes.isEmpty {
            var inPlace = true
            for c in changes {
                guard let next = index.replacing(c.index, old: c.old, new: c.new, today: today) else { inPlace = false; break }
                index = next
            }
            if inPlace {
                index.prepareReports(today: today)   // any cube the base had not built yet
                return MeasuresReady(index: index, generation: generation, inPlace: true)
            }
        }
        let index = MeasureIndex(summaries, chaseIntervalDays: chaseIntervalDays)
        index.prepareReports(today: today)
        return MeasuresReady(index: index, generation: generation, inPlace: false)
    }
}

/// A summary changed in place by a save: its position, before and after.
public struct SummaryChange: Sendable, Equatable {
    public let index: Int
    public let old: CaseSummary
    public let new: CaseSummary
    /// The generation of the summaries this change made.
    let generation: Int
}

/// A built index and the generation of the summaries it was built from.
public struct MeasuresReady: Sendable {
    public let index: MeasureIndex
    public let generation: Int
    /// Whether it was made by putting saved cases back in place rather than a full build.
    public let inPlace: Bool
}
