import CaseCore

/// Everything the Dashboard shows for one period and breakdown, computed once by CaseCore's
/// pure `Measures` functions when the period, the breakdown or the summaries change, and kept
/// in `DashboardState` so that drawing a frame only formats it.
struct DashboardFigures: Sendable, Equatable {
    var report: Report
    /// The whole period beside the period before (rates and their change).
    var headline: Headline
    /// Overview only (empty in a breakdown): the caseload of each unit, in the report's order
    /// (by unit id), and of each lawyer, most open cases first; rows of
    /// `Measures.report(…, groupBy: .unit / .lawyer)` for the same period, less those with
    /// no case open, opened or finalised (a row can hold only, say, a late outcome).
    var unitCaseload: [MeasureRow] = []
    var lawyerCaseload: [MeasureRow] = []
    /// Breakdown only: the rows of the period before with the same breakdown, by row key (a
    /// row with no figure then is absent); empty for `all`, which has no period before.
    var previousRows: [String: MeasureRow] = [:]
    /// Overview only: the custody time limit figures of the period (`CTLMeasures`), from the
    /// summaries.
    var ctl: CTLFigures?

    /// The same row in the period before: the previous total for Total, else the row with
    /// the same key; nil when there is no period before or the row had no figure in it.
    func previous(of row: MeasureRow, isTotal: Bool) -> MeasureRow? {
        isTotal ? headline.previous : previousRows[row.key]
    }

    /// A row (or Total) beside the same row in the period before: its rates and their change.
    func rowHeadline(_ row: MeasureRow, isTotal: Bool) -> Headline {
        Headline.pairing(period: period, current: row, previous: previous(of: row, isTotal: isTotal))
    }

    var period: ReportPeriod { report.period }
    var breakdown: GroupBy { report.groupBy }

    /// The figures of `period` × `breakdown`, taking every report already in `cache` and
    /// adding to it the ones it had to compute (the period and the period before, by none and
    /// by the breakdown; the overview adds the period by unit and by lawyer): stepping back and
    /// forth or cycling the breakdown then costs a walk or two of the index, often none.
    static func compute(_ index: MeasureIndex, period: ReportPeriod, breakdown: GroupBy, today: Day,
                        meta: StoreMeta?, cache: inout ReportCache) -> DashboardFigures {
        func report(_ p: ReportPeriod, _ g: GroupBy) -> Report {
            cache.report(p, g) { Measures.report(index, period: p, groupBy: g, today: today, meta: meta) }
        }
        let shown = report(period, breakdown)
        let current = breakdown == .none ? shown.total : report(period, .none).total
        let headline = Headline.pairing(period: period, current: current, previous: period.previous.map { report($0, .none).total })
        var figures = DashboardFigures(report: shown, headline: headline)
        if breakdown != .none, let before = period.previous {
            let rows = report(before, breakdown).rows
            figures.previousRows = Dictionary(rows.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        }
        if breakdown == .none {
            figures.unitCaseload = report(period, .unit).rows.filter(hasCaseload)
            figures.lawyerCaseload = mostOpenFirst(report(period, .lawyer).rows.filter(hasCaseload))
        }
        return figures
    }

    static func hasCaseload(_ r: MeasureRow) -> Bool { r.casesOpen + r.casesOpened + r.casesFinalised > 0 }

    /// Most open cases first, then most opened, then by name, so the order is total.
    static func mostOpenFirst(_ rows: [MeasureRow]) -> [MeasureRow] {
        rows.sorted {
            if $0.casesOpen != $1.casesOpen { return $0.casesOpen > $1.casesOpen }
            if $0.casesOpened != $1.casesOpened { return $0.casesOpened > $1.casesOpened }
            return ($0.label, $0.key) < ($1.label, $1.key)
        }
    }
}

/// The reports the dashboard computed for the current index, by period and grouping. Emptied
/// when the index is rebuilt; bounded, so browsing every quarter of every year stays small.
struct ReportCache: Sendable, Equatable {
    struct Key: Hashable, Sendable {
        var period: ReportPeriod
        var groupBy: GroupBy
    }
    private(set) var reports: [Key: Report] = [:]
    static let limit = 48

    mutating func report(_ period: ReportPeriod, _ groupBy: GroupBy, compute: () -> Report) -> Report {
        let key = Key(period: period, groupBy: groupBy)
        if let r = reports[key] { return r }
        let r = compute()
        if reports.count >= Self.limit { reports.removeAll(keepingCapacity: true) }
        reports[key] = r
        return r
    }

    mutating func removeAll() { reports.removeAll() }
}
