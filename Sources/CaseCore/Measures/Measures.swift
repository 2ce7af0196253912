/// The supervisors' measures (domain.md, "Performance measures") as pure functions of a
/// `MeasureIndex`, a period, a breakdown and the day they are asked on. See docs/measures.md
/// for every counting rule.
public enum Measures {
    /// The report the dashboard shows and `casedesk report` prints.
    /// - Parameters:
    ///   - today: open-state figures of a period that has not ended are taken on this day.
    ///   - meta: for unit and lawyer names in row labels; ids are used without it.
    public static func report(_ index: MeasureIndex, period: ReportPeriod, groupBy: GroupBy,
                              today: Day, meta: StoreMeta? = nil) -> Report {
        let labels = { (keys: [ReportRowKey]) in keys.map { $0.label(meta: meta) } }
        let (rows, total) = cubeRows(index, period: period, groupBy: groupBy, today: today, labels: labels)
            ?? walkRows(index, period: period, groupBy: groupBy, today: today, labels: labels)
        return finish(rows: rows, total: total, index: index, period: period, groupBy: groupBy, today: today)
    }

    /// The rows and total from the grouping's cube: sums over the period's quarters. Nil when
    /// the period lies outside the cube (nothing the store holds is in it), or there is none.
    static func cubeRows(_ index: MeasureIndex, period: ReportPeriod, groupBy: GroupBy, today: Day,
                         labels: ([ReportRowKey]) -> [String]) -> (rows: [MeasureRow], total: MeasureRow)? {
        // The total (and rows by time) from the ungrouped cube: the grouped ones have no total
        // group. Both span the same quarters (`RowLayout.cubeYears`).
        guard let cube = index.cube(groupBy, today: today), let ungrouped = index.cube(.none, today: today),
              let whole = cube.quarters(period) else { return nil }
        let layout = RowLayout(index: index, period: period, groupBy: groupBy, today: today)
        guard let totalAsOf = cube.asOfQuarter(layout.totalAsOf) else { return nil }
        let totalGroup = ungrouped.layout.totalGroup
        let total = ungrouped.row(group: totalGroup, quarters: whole, asOf: totalAsOf, key: .total, label: "Total",
                                  asOfDay: Day(ordinal: layout.totalAsOf))
        let names = labels(layout.rowKeys)
        var rows: [MeasureRow] = []
        if groupBy.isByTime {
            for r in layout.keys.indices {
                guard let q = cube.quarters(from: layout.starts[r], to: layout.ends[r]),
                      let p = cube.asOfQuarter(layout.asOf[r]) else { return nil }
                rows.append(ungrouped.row(group: totalGroup, quarters: q, asOf: p, key: layout.rowKeys[r], label: names[r],
                                     asOfDay: Day(ordinal: layout.asOf[r])))
            }
        } else if groupBy != .none {
            rows = layout.keys.indices.map { g in
                cube.row(group: g, quarters: whole, asOf: totalAsOf, key: layout.rowKeys[g], label: names[g],
                         asOfDay: Day(ordinal: layout.totalAsOf))
            }
        } else {
            rows = [total]
        }
        return (rows, total)
    }

    /// The rows and total from one walk over the index: what the cube is checked against, and
    /// what a period outside the cube costs.
    static func walkRows(_ index: MeasureIndex, period: ReportPeriod, groupBy: GroupBy, today: Day,
                         labels: ([ReportRowKey]) -> [String]) -> (rows: [MeasureRow], total: MeasureRow) {
        let layout = RowLayout(index: index, period: period, groupBy: groupBy, today: today)
        let walk = MeasureWalk(index: index, layout: layout)
        let acc = ParallelWalk.run(walk, records: index.defendants.count + index.requests.count,
                                   make: { MeasureAccumulator(rows: layout.count + 1, countryCount: index.countries.count) },
                                   merge: { $0.merge($1) })
        let totalAsOf = Day(ordinal: layout.totalAsOf)
        let asOf = layout.asOf.isEmpty ? Array(repeating: totalAsOf, count: layout.count + 1)
                                       : layout.asOf.map(Day.init(ordinal:)) + [totalAsOf]
        var rows = acc.rows(keys: layout.rowKeys + [.total], labels: labels(layout.rowKeys) + ["Total"], asOf: asOf,
                            countryKeys: index.countries)
        let total = rows.removeLast()
        return (rows, total)
    }

    /// The same report by one walk over the index, without the cubes: what tests hold the
    /// cubes to, and what the benchmark compares them with.
    public static func walkReport(_ index: MeasureIndex, period: ReportPeriod, groupBy: GroupBy, today: Day,
                           meta: StoreMeta? = nil) -> Report {
        let labels = { (keys: [ReportRowKey]) in keys.map { $0.label(meta: meta) } }
        let (rows, total) = walkRows(index, period: period, groupBy: groupBy, today: today, labels: labels)
        return finish(rows: rows, total: total, index: index, period: period, groupBy: groupBy, today: today)
    }

    static func finish(rows: [MeasureRow], total: MeasureRow, index: MeasureIndex, period: ReportPeriod,
                       groupBy: GroupBy, today: Day) -> Report {
        var rows = rows
        if groupBy == .none {
            rows = [total]
            rows[0].rowKey = .period(period)
            rows[0].label = period.label
        } else if !groupBy.isByTime {
            rows.removeAll(where: \.isEmpty)
            // Lawyers and countries in the order of the names a reader sees (ids and codes order
            // them oddly: "United Arab Emirates" before "Albania"); "Unassigned" and "No
            // country" are not names: they come last. Units keep the order of their codes, by
            // which they are known (CCU-NW, OCD-LON); crime types the order of the domain.
            if groupBy == .lawyer || groupBy == .country {
                rows.sort {
                    let (a, b) = ($0.rowKey.isCatchAll, $1.rowKey.isCatchAll)
                    if a != b { return b }
                    let o = CaseSort.compareBytes($0.label, $1.label, fold: true)
                    return o != 0 ? o < 0 : $0.key < $1.key
                }
            }
        }
        return Report(period: period, groupBy: groupBy, today: today, rows: rows, total: total,
                      notices: notices(index, groupBy: groupBy))
    }

    /// The same, building the index on the way: for one-off callers such as `casedesk report`.
    public static func report(_ summaries: [CaseSummary], period: ReportPeriod, groupBy: GroupBy,
                              context: QueryContext, meta: StoreMeta? = nil) -> Report {
        report(MeasureIndex(summaries, chaseIntervalDays: context.chaseIntervalDays),
               period: period, groupBy: groupBy, today: context.today, meta: meta)
    }

    /// The ids of the cases behind one figure of one row (`rowKey` as in `MeasureRow.key`;
    /// nil or "total" for the total row, which is also the one row of `.none`), in the order
    /// of the summaries. A case appears once
    /// however many of its defendants or requests count.
    public static func caseIDs(_ index: MeasureIndex, period: ReportPeriod, groupBy: GroupBy, today: Day,
                               figure: Figure, rowKey: String?) -> [String] {
        let layout = RowLayout(index: index, period: period, groupBy: groupBy, today: today)
        let row: Int
        if groupBy != .none, let rowKey, rowKey != "total" {
            guard let r = layout.keys.firstIndex(of: rowKey) else { return [] }
            row = r
        } else {
            row = layout.total
        }
        var country: Int32 = -1
        if case .overdueRequestsIn(let code) = figure { country = index.countries.firstIndex(of: code).map(Int32.init) ?? -2 }
        let sink = ParallelWalk.run(MeasureWalk(index: index, layout: layout),
                                    records: index.defendants.count + index.requests.count,
                                    make: { DrillSink(figure: figure, row: row, country: country,
                                                      marked: Array(repeating: false, count: index.caseIDs.count)) },
                                    merge: { $0.merge($1) })
        return sink.marked.indices.filter { sink.marked[$0] }.map { index.caseIDs[$0] }
    }

    /// The conviction rate in every financial year the store spans, oldest first; a year with
    /// no rated outcomes has a nil rate (a gap in the chart, not a zero).
    public static func convictionRateTrend(_ index: MeasureIndex, today: Day) -> [YearRate] {
        report(index, period: .all, groupBy: .year, today: today).rows.compactMap {
            guard case .year(let year) = $0.rowKey else { return nil }
            return YearRate(year: year, convictionRate: $0.convictionRate, ratedOutcomes: $0.ratedOutcomes)
        }
    }

    /// The whole-period figures with those of the period before, for the dashboard's headline
    /// ("85% ▲ 4 points").
    public static func headline(_ index: MeasureIndex, period: ReportPeriod, today: Day) -> Headline {
        let current = report(index, period: period, groupBy: .none, today: today).total
        let previous = period.previous.map { report(index, period: $0, groupBy: .none, today: today).total }
        return Headline(period: period, current: current, previous: previous)
    }

    static let crimeTypeOverlapNotice =
        "A case with several crime types counts in the row of each of them, so the rows add up to more than the total."
    static let countryNotice =
        "Requests count under their own country, defendants under their nationality, and cases under each country they sent requests to or received them from, so the rows can add up to more than the total."

    static func notices(_ index: MeasureIndex, groupBy: GroupBy) -> [String] {
        switch groupBy {
        case .crimeType: index.cases.contains { $0.crimeMask.nonzeroBitCount > 1 } ? [crimeTypeOverlapNotice] : []
        case .country: [countryNotice]
        default: []
        }
    }
}

/// One point of the conviction-rate trend.
public struct YearRate: Sendable, Equatable {
    public var year: FinancialYear
    public var convictionRate: Double?
    public var ratedOutcomes: Int
}

/// A period's whole figures beside the period before.
public struct Headline: Sendable, Equatable {
    public var period: ReportPeriod
    public var current: MeasureRow
    /// Nil for `all`, which has no period before it.
    public var previous: MeasureRow?

    /// The change in the conviction rate from the period before, in percentage points; nil
    /// when either period has no rate.
    public var convictionRateChange: Double? { change(current.convictionRate, previous?.convictionRate) }
    public var guiltyPleaRateChange: Double? { change(current.guiltyPleaRate, previous?.guiltyPleaRate) }

    func change(_ a: Double?, _ b: Double?) -> Double? {
        guard let a, let b else { return nil }
        return (a - b) * 100
    }
}
