import CaseCore

/// Everything the Dashboard shows for one period and breakdown, computed once by CaseCore's
/// pure `Measures` functions when the period, the breakdown or the summaries change, and kept
/// in `DashboardState` so that drawing a frame only formats it.
struct DashboardFigures: Sendable, Equatable {
    var report: Report
    /// The whole period beside the period before (rates and their change).
    var headline: Headline
    /// Overview only: the caseload rows by unit; empty with a breakdown, whose own table has them.
    var units: [MeasureRow]

    var period: ReportPeriod { report.period }
    var breakdown: GroupBy { report.groupBy }

    static func compute(_ index: MeasureIndex, period: ReportPeriod, breakdown: GroupBy, today: Day,
                        meta: StoreMeta?) -> DashboardFigures {
        let report = Measures.report(index, period: period, groupBy: breakdown, today: today, meta: meta)
        let headline = Measures.headline(index, period: period, today: today)
        let units = breakdown == .none
            ? Measures.report(index, period: period, groupBy: .unit, today: today, meta: meta).rows : []
        return DashboardFigures(report: report, headline: headline, units: units)
    }
}
