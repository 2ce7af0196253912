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
    /// figure. Breakdowns by time or country give the total only (a CTL belongs to a case, not
    /// to a country; by time, ask each period).
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
        return (rows.values.sorted { $0.label != $1.label ? $0.label < $1.label : $0.key < $1.key }, total)
    }

    /// The cases behind one figure of one row (nil or "total" for the total), in the order of
    /// the summaries, each once.
    public static func caseIDs(_ summaries: [CaseSummary], period: ReportPeriod, groupBy: GroupBy, today: Day,
                               figure: CTLFigure, rowKey: String?) -> [String] {
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
            for c in d.custodyTimeLimits {
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
        }
        if s.opened <= asOf, s.finalised.map({ $0 > asOf }) ?? true,
           DeadlineList.isWithoutNextAction(s, today: asOf) || (s.status == .finalised && withoutNextActionBefore(s, asOf)) {
            count(.withoutNextAction)
        }
    }

    /// A case finalised since `asOf` was open then: the same rule, its status aside.
    static func withoutNextActionBefore(_ s: CaseSummary, _ asOf: Day) -> Bool {
        var open = s
        open.status = .charged
        return DeadlineList.isWithoutNextAction(open, today: asOf)
    }
}
