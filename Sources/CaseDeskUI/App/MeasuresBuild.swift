import CaseCore

/// What the Dashboard's measures are built from: the summaries as they were when asked (a
/// copy-on-write array, so asking costs nothing), numbered so that an answer overtaken by a
/// later save is recognised and dropped.
public struct MeasuresRequest: Sendable, Equatable {
    public let summaries: [CaseSummary]
    public let chaseIntervalDays: Int
    public let today: Day
    public let generation: Int

    /// Two requests are the same when they are for the same generation of the summaries.
    public static func == (a: MeasuresRequest, b: MeasuresRequest) -> Bool {
        a.generation == b.generation && a.today == b.today && a.chaseIntervalDays == b.chaseIntervalDays
    }

    /// The index with every breakdown's cube built: pure, safe on any thread.
    public func build() -> MeasuresReady {
        let index = MeasureIndex(summaries, chaseIntervalDays: chaseIntervalDays)
        index.prepareReports(today: today)
        return MeasuresReady(index: index, generation: generation)
    }
}

/// A built index and the generation of the summaries it was built from.
public struct MeasuresReady: Sendable {
    public let index: MeasureIndex
    public let generation: Int
}
