import CaseCore

/// The Dashboard's own state; it lives in `AppState.dashboard`.
///
/// Invariants: `figures` are the measures of exactly `period` × `breakdown` over the index in
/// `index` (rebuilt in reduce when one of them changes, never in render); `index` was built
/// from `AppState.summaries` unless `indexStale`; `selected` is a valid overview item or
/// table row once figures exist.
struct DashboardState: Sendable, Equatable {
    /// Nil until the dashboard is first shown; then the financial year holding today.
    var period: ReportPeriod?
    var breakdown: GroupBy = .none
    /// The summaries flattened for the measures; shared by reference, so copying the state
    /// (every reduce) never copies 100,000 records.
    var index: MeasureIndexBox?
    /// The summaries changed since `index` was built (a save, a reload).
    var indexStale = true
    /// Counts changes of the summaries; a build answers with the generation it was built from.
    var generation = 0
    /// The generation a `.buildMeasures` is under way for, if any (one at a time).
    var building: Int?
    /// Saves since the generation of `index`: the next build puts these cases back in place.
    var changes: [SummaryChange] = []
    /// Summaries were added, removed or reloaded: the next build reads them all.
    var needsFullBuild = true
    var figures: DashboardFigures?
    /// Reports already computed over `index`, reused by `figures`.
    var cache = ReportCache()
    /// The conviction rate per financial year: depends on the index only, not the period.
    var trend: [YearRate] = []

    /// Overview: the selected figure line. Breakdown: the selected row (`rows.count` is Total).
    var selected = 0
    /// Breakdown: the selected column, i.e. the figure Enter lists.
    var column = 0
    /// Overview, on a line with several figures (caseload per unit or lawyer): which one Enter
    /// lists. Kept while moving, like a table's column.
    var cell = 0
    /// Overview: the first line shown (the sections scroll together).
    var scroll = 0
    /// The cases behind a figure, when Enter has listed them.
    var drill: DashboardDrill?

    /// The breakdowns `b` steps through, in order (years and quarters are `casedesk report`'s).
    static let breakdowns: [GroupBy] = [.none, .crimeType, .unit, .lawyer, .country]
}

/// The cases behind one figure: Enter lists them, Enter on one opens it, Esc closes the list.
struct DashboardDrill: Sendable, Equatable {
    var title: String
    /// Indices into `AppState.summaries`, in store order; checked against `caseIDs` before use.
    var summaryIndices: [Int]
    var caseIDs: [String]
    var selected = 0
    var offset = 0
}

/// A `MeasureIndex` behind a reference, compared by identity: the state stays a cheap value,
/// and two states hold "the same index" exactly when they share one build.
final class MeasureIndexBox: Sendable, Equatable {
    let index: MeasureIndex
    init(_ index: MeasureIndex) { self.index = index }
    static func == (a: MeasureIndexBox, b: MeasureIndexBox) -> Bool { a === b }
}

/// Which cases a figure line or table cell lists on Enter.
struct DrillTarget: Sendable, Equatable {
    var figure: Figure
    var groupBy: GroupBy
    /// The row's key (`MeasureRow.key`), nil for the whole period.
    var rowKey: String?
    /// What the list is headed with: "Guilty pleas · Drug trafficking".
    var title: String
}
