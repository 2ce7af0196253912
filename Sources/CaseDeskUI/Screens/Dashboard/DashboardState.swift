import CaseCore

/// The Dashboard's own state; it lives in `AppState.dashboard`.
///
/// Invariants: `figures` are the measures of exactly `period` × `breakdown` over the catalog's
/// measure index (rebuilt in reduce when one of them changes, never in render); `selected` is a valid overview item or
/// table row once figures exist.
struct DashboardState: Sendable, Equatable {
    /// Nil until the dashboard is first shown; then the financial year holding today.
    var period: ReportPeriod?
    var breakdown: GroupBy = .none
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


/// Which cases a figure line or table cell lists on Enter.
struct DrillTarget: Sendable, Equatable {
    var figure: Figure
    var groupBy: GroupBy
    /// The row's key (`MeasureRow.key`), nil for the whole period.
    var rowKey: String?
    /// What the list is headed with: "Guilty pleas · Drug trafficking".
    var title: String
}
