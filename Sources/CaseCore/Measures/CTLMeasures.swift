/// The custody time limit measures of domain.md (schema version 2): running CTLs as of the
/// period's end, at risk and expired then; extensions applied for, granted and refused in the
/// period; CTL failures (a CTL whose expiry passed while it ran: the day after its expiry in
/// the period and the CTL still running on it); open cases without a next action. Pure
/// functions of the summaries: one walk (`visit`) counts them and lists the cases behind a
/// figure, so a drill-down and its number cannot disagree. See docs/measures.md.
public struct CTLFigures: Sendable, Equatable {
    public var key: String
    public var label: String
    /// The day the state figures (running, at risk, expired, without a next action) are taken.
    public var asOf: Day
    public var running = 0
    public var atRisk = 0
    public var expired = 0
    public var extensionsApplied = 0
    public var extensionsGranted = 0
    public var extensionsRefused = 0
    public var failures = 0
    public var withoutNextAction = 0

    public init(key: String, label: String, asOf: Day) { self.key = key; self.label = label; self.asOf = asOf }

    public subscript(_ f: CTLFigure) -> Int {
        switch f {
        case .running: running
        case .atRisk: atRisk
        case .expired: expired
        case .extensionsApplied: extensionsApplied
        case .extensionsGranted: extensionsGranted
        case .extensionsRefused: extensionsRefused
        case .failures: failures
        case .withoutNextAction: withoutNextAction
        }
    }

    mutating func add(_ f: CTLFigure) {
        switch f {
        case .running: running += 1
        case .atRisk: atRisk += 1
        case .expired: expired += 1
        case .extensionsApplied: extensionsApplied += 1
        case .extensionsGranted: extensionsGranted += 1
        case .extensionsRefused: extensionsRefused += 1
        case .failures: failures += 1
        case .withoutNextAction: withoutNextAction += 1
        }
    }
}

/// One CTL figure, for drill-down and for the JSON names of `casedesk report`.
public enum CTLFigure: String, Sendable, CaseIterable, Hashable {
    case running = "ctlRunning", atRisk = "ctlAtRisk", expired = "ctlExpired"
    case extensionsApplied = "ctlExtensionsApplied", extensionsGranted = "ctlExtensionsGranted"
    case extensionsRefused = "ctlExtensionsRefused", failures = "ctlFailures"
    case withoutNextAction = "casesWithoutNextAction"

    public var label: String {
        switch self {
        case .running: "CTLs running"
        case .atRisk: "CTLs at risk"
        case .expired: "CTLs expired"
        case .extensionsApplied: "Extensions applied for"
        case .extensionsGranted: "Extensions granted"
        case .extensionsRefused: "Extensions refused"
        case .failures: "CTL failures"
        case .withoutNextAction: "Open cases, no next action"
        }
    }
}

public enum CTLMeasures {
    /// The total and, for a breakdown by unit, lawyer or crime type, one row per group with any
    /// figure; by year or quarter, one row per period, each taken as of its own
    /// end (`timeRows`). By country the total only: a CTL belongs to a case, not to a country.
    public static func report(_ summaries: [CaseSummary], period: ReportPeriod, groupBy: GroupBy, today: Day,
                              meta: StoreMeta? = nil) -> (rows: [CTLFigures], total: CTLFigures) {
        let asOf = asOfDay(period, today: today)
        var total = CTLFigures(key: "total", label: "Total", asOf: asOf)
        var rows: [String: CTLFigures] = [:]
        let grouped = groupBy == .unit || groupBy == .lawyer || groupBy == .crimeType
        for s in summaries {
            visit(s, period: period, asOf: asOf) { f in
                total.add(f)
                guard grouped else { return }
                for k in keys(s, groupBy) {
                    rows[k.text, default: CTLFigures(key: k.text, label: k.label(meta: meta), asOf: asOf)].add(f)
                }
            }
        }
        if groupBy == .year || groupBy == .quarter {
            return (timeRows(summaries, period: period, groupBy: groupBy, today: today), total)
        }
        return (rows.values.sorted { $0.label != $1.label ? $0.label < $1.label : $0.key < $1.key }, total)
    }

    /// One row per financial year or quarter of `period`, oldest first and with no gaps (a quiet
    /// year is an empty row, as in the other measures), from the one holding the earliest
    /// opening or CTL to the one holding the as-of day; each as
    /// of its own last day (or today for the one running): "running at the end of 2019-2020",
    /// "extensions granted in 2019-2020". The same `visitCTL` and `withoutNextAction` as one
    /// period asked alone, called only where they can count: a CTL in the periods from its start
    /// to its end (or its last extension), and a case's "no next action" found by binary search
    /// over the periods it was open, since it holds from some day on (no hearing after that day;
    /// open tasks and requests are as stored) — at 10,000 cases by quarter, visiting every
    /// period of every case took seconds.
    static func timeRows(_ summaries: [CaseSummary], period: ReportPeriod, groupBy: GroupBy,
                         today: Day) -> [CTLFigures] {
        var first = today
        for s in summaries {
            first = min(first, s.opened)
            for d in s.defendants { for c in d.custodyTimeLimits { first = min(first, c.from) } }
        }
        let periods = subPeriods(of: period, by: groupBy, from: first, to: asOfDay(period, today: today))
        let ends = periods.map { asOfDay($0, today: today) }
        let starts = periods.map { $0.days!.lowerBound }
        var rows = zip(periods, ends).map { CTLFigures(key: $0.text, label: $0.text, asOf: $1) }
        /// The first period whose end is on or after `day`.
        func firstEnding(onOrAfter day: Day) -> Int {
            var lo = 0, hi = ends.count
            while lo < hi { let mid = (lo + hi) / 2; if ends[mid] < day { lo = mid + 1 } else { hi = mid } }
            return lo
        }
        for s in summaries {
            for d in s.defendants {
                for c in d.custodyTimeLimits {
                    let dates = c.extensions.flatMap { [$0.applied] + ($0.heard.map { [$0] } ?? []) }
                    let last = c.ended.map { max($0.date, dates.max() ?? $0.date) }
                    var i = firstEnding(onOrAfter: min(c.from, dates.min() ?? c.from))
                    while i < periods.count, last.map({ starts[i] <= $0 }) ?? true {
                        visitCTL(c, period: periods[i], asOf: ends[i]) { rows[i].add($0) }
                        i += 1
                    }
                }
            }
            let open = s.finalised.map(firstEnding(onOrAfter:)) ?? ends.count
            var lo = firstEnding(onOrAfter: s.opened), hi = open
            while lo < hi {
                let mid = (lo + hi) / 2
                if withoutNextAction(s, asOf: ends[mid]) { hi = mid } else { lo = mid + 1 }
            }
            for i in lo..<max(lo, open) { rows[i].add(.withoutNextAction) }
        }
        return rows
    }

    /// The years (or quarters) of `period` from the one holding `first` to the one holding
    /// `last`; a quarter asked by year is itself.
    static func subPeriods(of period: ReportPeriod, by groupBy: GroupBy, from first: Day, to last: Day) -> [ReportPeriod] {
        switch (period, groupBy) {
        case (.quarter, _), (.year, .year): return [period]
        case (.year(let y), _):
            return Quarter.allCases.map { ReportPeriod.quarter(y, $0) }.filter { $0.days!.lowerBound <= last }
        case (.all, _):
            guard first <= last else { return [] }
            var out: [ReportPeriod] = []
            var p: ReportPeriod = groupBy == .year ? .year(containing: first) : .quarter(containing: first)
            while p.days!.lowerBound <= last, let next = p.next { out.append(p); p = next }
            return out
        }
    }

    /// The cases behind one figure of one row (nil or "total" for the total), in the order of
    /// the summaries, each once. By year or quarter a row's key is its period.
    public static func caseIDs(_ summaries: [CaseSummary], period: ReportPeriod, groupBy: GroupBy, today: Day,
                               figure: CTLFigure, rowKey: String?) -> [String] {
        if groupBy == .year || groupBy == .quarter, let rowKey, rowKey != "total",
           let row = ReportPeriod(parsing: rowKey) {
            return caseIDs(summaries, period: row, groupBy: .none, today: today, figure: figure, rowKey: nil)
        }
        let asOf = asOfDay(period, today: today)
        var out: [String] = []
        for s in summaries {
            if let rowKey, rowKey != "total", !keys(s, groupBy).contains(where: { $0.text == rowKey }) { continue }
            var hit = false
            visit(s, period: period, asOf: asOf) { if $0 == figure { hit = true } }
            if hit { out.append(s.id) }
        }
        return out
    }

    /// The period's last day, or today while the period runs.
    public static func asOfDay(_ period: ReportPeriod, today: Day) -> Day {
        guard let last = period.lastDay else { return today }
        return min(last, today)
    }

    static func keys(_ s: CaseSummary, _ groupBy: GroupBy) -> [ReportRowKey] {
        switch groupBy {
        case .unit: [.unit(s.unit)]
        case .lawyer: [s.lawyer.map(ReportRowKey.lawyer) ?? .unassignedLawyer]
        case .crimeType: s.crimeTypes.map(ReportRowKey.crimeType)
        default: []
        }
    }

    /// Calls `count` once for every figure the case adds to (several times for one figure
    /// when several of its CTLs or extensions count).
    static func visit(_ s: CaseSummary, period: ReportPeriod, asOf: Day, _ count: (CTLFigure) -> Void) {
        for d in s.defendants {
            for c in d.custodyTimeLimits { visitCTL(c, period: period, asOf: asOf, count) }
        }
        if withoutNextAction(s, asOf: asOf) { count(.withoutNextAction) }
    }

    /// One CTL's figures: its state as of `asOf`, its extensions and its failure in `period`.
    static func visitCTL(_ c: CustodyTimeLimit, period: ReportPeriod, asOf: Day, _ count: (CTLFigure) -> Void) {
        if c.from <= asOf {
            switch c.state(on: asOf) {
            case .expired: count(.running); count(.expired)
            case .atRisk: count(.running); count(.atRisk)
            case .running, .noExpiry: count(.running)
            case .ended: break
            }
        }
        for x in c.extensions {
            if period.contains(x.applied) { count(.extensionsApplied) }
            if let granted = x.granted, period.contains(x.heard ?? x.applied) {
                count(granted ? .extensionsGranted : .extensionsRefused)
            }
        }
        // The first day past the expiry, in the period, with the CTL still running then.
        if let e = c.expiry {
            let past = e.adding(days: 1)
            if period.contains(past), past <= asOf, c.isRunning(on: past) { count(.failures) }
        }
    }

    /// What of a summary the CTL figures read (`keys`, `visit`, `timeRows`, `caseIDs`), and
    /// no more: the defendants with CTLs, the last hearing, one open task and one open
    /// request if any (a next action is any open one, a hearing any on or after the day).
    /// A report streamed from the summary cache keeps these, not whole summaries.
    public static func essentials(_ s: CaseSummary) -> CaseSummary {
        var e = s
        e.urn = nil; e.title = ""; e.caseworker = nil; e.searchText = []
        e.defendants = s.defendants.filter { !$0.custodyTimeLimits.isEmpty }.map { d in
            var k = d
            k.name = ""; k.ancillaryOrders = []; k.confiscation = nil
            return k
        }
        e.hearings = s.hearings.max { $0.date < $1.date }.map { [$0] } ?? []
        e.tasks = s.tasks.first(where: \.isOpen).map { [$0] } ?? []
        e.requests = s.requests.first(where: \.isOpen).map { [$0] } ?? []
        return e
    }

    /// Open on `asOf` and without a next action then (a case finalised since was open then:
    /// the same rule, its status aside).
    static func withoutNextAction(_ s: CaseSummary, asOf: Day) -> Bool {
        guard s.opened <= asOf, s.finalised.map({ $0 > asOf }) ?? true else { return false }
        if DeadlineList.isWithoutNextAction(s, today: asOf) { return true }
        guard s.status == .finalised else { return false }
        var open = s
        open.status = .charged
        return DeadlineList.isWithoutNextAction(open, today: asOf)
    }
}
