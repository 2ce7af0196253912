/// What `casedesk report` makes its figures from: the measures' index and, for the custody
/// time limit figures, the `CTLMeasures.essentials` of the cases that can count in them
/// (`neverCountsForCTL`). From a store whose summary cache
/// lists its files as they are, both are built while the cache is read, a window at a time,
/// and no whole summary is kept (issue 16.4: a report of 100,000 cases reads the fields the
/// measures need and nothing else); otherwise from the summaries of a full open. Either way
/// the same figures (`ReportFromCacheTests`).
public struct ReportInput: Sendable {
    public let meta: StoreMeta
    public let index: MeasureIndex
    public let ctlCases: [CaseSummary]
    public let damaged: [DamagedCase]

    /// From the summaries of an open store.
    public init(meta: StoreMeta, summaries: [CaseSummary], damaged: [DamagedCase]) {
        self.meta = meta
        index = MeasureIndex(summaries, chaseIntervalDays: meta.chaseIntervalDays)
        ctlCases = summaries
        self.damaged = damaged
    }

    /// From the summary cache as it is streamed; nil when an entry of the cache does not
    /// decode (then open the store in full).
    public init?(stream: SummaryStream) {
        var builder = MeasureIndex.Builder(chaseIntervalDays: stream.meta.chaseIntervalDays, capacity: stream.count)
        var ctl: [CaseSummary] = []
        // A case without a CTL that has an open task or request adds to no CTL figure on any
        // day (an open task or request is a next action, as stored): of those only the one
        // opened first is kept, since the rows by time start at the earliest opening. At
        // 100,000 generated cases that leaves out most of them.
        var earliestIdle: CaseSummary?
        let whole = stream.forEachMeasureSummary { s in
            builder.add(s)
            if Self.neverCountsForCTL(s) {
                if earliestIdle.map({ s.opened < $0.opened }) ?? true { earliestIdle = s }
            } else {
                ctl.append(CTLMeasures.essentials(s))
            }
        }
        guard whole else { return nil }
        if let earliestIdle { ctl.append(CTLMeasures.essentials(earliestIdle)) }
        meta = stream.meta
        index = builder.finish()
        ctlCases = ctl
        damaged = stream.damaged
    }

    /// No CTL, and a next action on every day: `CTLMeasures` counts nothing for the case
    /// (its `visit` and `timeRows` read only CTLs and `withoutNextAction`), whatever the
    /// period, grouping or day; only its opening day can matter (`timeRows`' first row).
    static func neverCountsForCTL(_ s: CaseSummary) -> Bool {
        !s.defendants.contains { !$0.custodyTimeLimits.isEmpty }
            && (s.tasks.contains(where: \.isOpen) || s.requests.contains { $0.status.isOpen })
    }

    /// The report and its custody time limit figures for a period and breakdown, asked on
    /// `today`.
    public func report(period: ReportPeriod, groupBy: GroupBy, today: Day)
        -> (report: Report, ctl: (rows: [CTLFigures], total: CTLFigures)) {
        let report = Measures.report(index, period: period, groupBy: groupBy, today: today, meta: meta)
        let ctl = CTLMeasures.report(ctlCases, period: report.period, groupBy: report.groupBy, today: today, meta: meta)
        return (report, ctl)
    }
}
