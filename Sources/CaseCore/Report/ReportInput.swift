/// What `casedesk report` makes its figures from: the measures' index and, for the custody
/// time limit figures, each case's `CTLMeasures.essentials`. From a store whose summary cache
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
        ctl.reserveCapacity(stream.count)
        let whole = stream.forEachMeasureSummary { s in
            builder.add(s)
            ctl.append(CTLMeasures.essentials(s))
        }
        guard whole else { return nil }
        meta = stream.meta
        index = builder.finish()
        ctlCases = ctl
        damaged = stream.damaged
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
