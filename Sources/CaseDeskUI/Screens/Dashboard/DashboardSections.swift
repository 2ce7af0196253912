import CaseCore
import TerminalUI

/// The overview's sections, built from the figures already computed: formatting only, no
/// counting. Each figure that counts cases carries the `DrillTarget` Enter lists.
enum DashboardSections {
    /// The sections for the whole period (the overview, breakdown `none`).
    /// - Parameter width: the column width, for the trend (one glyph and a space per year).
    /// - Parameter tall: room for one labelled bar per year instead of a one-line sparkline.
    static func overview(_ figures: DashboardFigures, trend: [YearRate], width: Int, tall: Bool = false) -> [DashboardSection] {
        let row = figures.report.total
        let scope = Scope(groupBy: .none, rowKey: nil, rowLabel: nil)
        return [
            outcomes(row, scope),
            rates(figures.headline, scope),
            tall ? trendBars(trend, period: figures.period) : trendSection(trend, period: figures.period, width: width),
            sentences(row, scope),
            confiscation(row, scope),
            ancillary(row, scope),
            mla(row, scope),
        ] + (figures.ctl.map { [custodyTimeLimits($0, scope)] } ?? []) + [
            caseload(row, scope),
            caseloadBy(.unit, rows: figures.unitCaseload, width: width),
            caseloadBy(.lawyer, rows: figures.lawyerCaseload, width: width, limit: lawyerLimit),
        ]
    }

    /// Schema version 2: CTLs running, at risk and expired as of the period's end; extensions
    /// and failures in it; open cases without a next action. Each line lists its cases.
    static func custodyTimeLimits(_ c: CTLFigures, _ scope: Scope) -> DashboardSection {
        let items = CTLFigure.allCases.map { f -> DashboardItem in
            var role: Role = .text
            if (f == .expired || f == .failures) && c[f] > 0 { role = .error }
            if (f == .atRisk || f == .withoutNextAction) && c[f] > 0 { role = .warning }
            let mark = f == .expired && c[f] > 0 ? "‼ " : f == .atRisk && c[f] > 0 ? "! " : ""
            return scope.count(mark + f.label, c[f], .ctl(f), f.label, role: role)
        }
        return DashboardSection(title: "Custody time limits", aside: "as of \(c.asOf.iso)", items: items)
    }

    /// Lawyers listed in the overview: all of a team (the sections scroll), but past 40 the 30
    /// with most open cases and "… n more", so the section stays a page or so; the breakdown
    /// by lawyer has them all.
    static let lawyerLimit = (shown: 30, upTo: 40)

    /// The sections of one row of a breakdown (drawn under the table when there is room);
    /// `headline` is the row beside the same row in the period before.
    static func row(_ headline: Headline, groupBy: GroupBy, isTotal: Bool) -> [DashboardSection] {
        let row = headline.current
        let scope = Scope(groupBy: groupBy, rowKey: isTotal ? nil : row.key, rowLabel: isTotal ? nil : row.label)
        return [outcomes(row, scope), rates(headline, scope), sentences(row, scope), confiscation(row, scope),
                ancillary(row, scope), mla(row, scope), caseload(row, scope)]
    }

    /// Which row a figure belongs to, for its drill-down target.
    struct Scope {
        var groupBy: GroupBy
        var rowKey: String?
        var rowLabel: String?

        func target(_ figure: Figure, _ title: String) -> DrillTarget {
            DrillTarget(figure: figure, groupBy: groupBy, rowKey: rowKey,
                        title: rowLabel.map { title + " · " + $0 } ?? title)
        }

        /// A line counting `figure`'s cases, `n`, that Enter lists under `title`.
        func count(_ label: String, _ n: Int, _ figure: Figure, _ title: String, role: Role = .text) -> DashboardItem {
            DashboardItem(label: label, value: DashboardFormat.count(n), valueRole: role, target: target(figure, title))
        }
    }

    static func outcomes(_ r: MeasureRow, _ scope: Scope) -> DashboardSection {
        let top = Double(max(1, OutcomeCategory.allCases.map(r.count).max() ?? 0))
        let items = OutcomeCategory.allCases.map { o in
            DashboardItem(label: DashboardFormat.outcomeLabel(o), value: DashboardFormat.count(r.count(o)),
                          bar: Double(r.count(o)) / top,
                          target: scope.target(.outcome(o), DashboardFormat.outcomeLabel(o)))
        }
        return DashboardSection(title: "Outcomes per defendant", aside: DashboardFormat.count(r.outcomesTotal), items: items)
    }

    /// The rates of the period (or of a breakdown's row) and their change from the same in
    /// the period before.
    static func rates(_ h: Headline, _ scope: Scope) -> DashboardSection {
        // No rate now: the value's "–" says it all; a rate with none before: "–" as the change.
        let none = (text: "", role: Role.muted)
        let conv = h.current.convictionRate == nil ? none : DashboardFormat.change(h.convictionRateChange)
        let plea = h.current.guiltyPleaRate == nil ? none : DashboardFormat.change(h.guiltyPleaRateChange)
        let target = scope.target(.ratedOutcomes, "Outcomes in the rates")
        return DashboardSection(title: "Rates", aside: h.period.previous.map { "vs " + $0.text } ?? "no period before", items: [
            DashboardItem(label: "Conviction rate", value: DashboardFormat.rate(convictions: h.current),
                          after: conv.text, afterRole: conv.role, target: target),
            DashboardItem(label: "Guilty-plea rate", value: DashboardFormat.rate(guiltyPleas: h.current),
                          after: plea.text, afterRole: plea.role, target: target),
            .note("Admin. finalised: not in the rates."),
        ])
    }

    /// One glyph per financial year (a gap "·" for a year with no outcomes, never a zero),
    /// the first and last year under it, and the rate of the period's year.
    static func trendSection(_ trend: [YearRate], period: ReportPeriod, width: Int) -> DashboardSection {
        guard !trend.isEmpty else {
            return DashboardSection(title: "Conviction rate by year", items: [.note("No outcomes in this store.")])
        }
        let fit = max(1, (width - 2) / 2)
        let shown = Array(trend.suffix(fit))
        let glyphs = Array(Sparkline(shown.map(\.convictionRate)).glyphs)
        let line = zip(shown, glyphs).map { y, g in y.convictionRate == nil ? "·" : String(g) }.joined(separator: " ")
        let first = shown.first!.year.text, last = shown.last!.year.text
        let span = max(TextWidth.of(line), TextWidth.of(first) + TextWidth.of(last) + 1)
        let years = first + String(repeating: " ", count: max(1, span - TextWidth.of(first) - TextWidth.of(last))) + last
        var items: [DashboardItem] = [.note(line, .sparkline), .note(years)]
        let year: FinancialYear? = switch period {
        case .all: nil
        case .year(let y), .quarter(let y, _): y
        }
        if let year, let point = trend.first(where: { $0.year == year }) {
            items.append(DashboardItem(label: year.text, value: Percent.text(point.convictionRate),
                                       after: "\(DashboardFormat.count(point.ratedOutcomes)) outcomes"))
        } else if let latest = trend.last(where: { $0.convictionRate != nil }) {
            items.append(DashboardItem(label: "Latest " + latest.year.text, value: Percent.text(latest.convictionRate)))
        }
        return DashboardSection(title: "Conviction rate by year", items: items)
    }

    /// One labelled bar per financial year, the period's year marked "▸"; "–" for a year
    /// with no outcomes. Used when the screen has the height for it.
    static func trendBars(_ trend: [YearRate], period: ReportPeriod) -> DashboardSection {
        guard !trend.isEmpty else {
            return DashboardSection(title: "Conviction rate by year", items: [.note("No outcomes in this store.")])
        }
        let year: FinancialYear? = switch period {
        case .all: nil
        case .year(let y), .quarter(let y, _): y
        }
        let items = trend.map { y in
            DashboardItem(label: (y.year == year ? "▸ " : "  ") + y.year.text, value: Percent.text(y.convictionRate),
                          bar: y.convictionRate ?? 0)
        }
        return DashboardSection(title: "Conviction rate by year", items: items)
    }

    static func sentences(_ r: MeasureRow, _ scope: Scope) -> DashboardSection {
        let target = scope.target(.custodialSentences, "Custodial sentences")
        return DashboardSection(title: "Sentences", items: [
            DashboardItem(label: "Custodial sentences", value: DashboardFormat.count(r.custodialSentences), target: target),
            DashboardItem(label: "Total months", value: DashboardFormat.count(r.totalCustodialMonths), target: target),
            DashboardItem(label: "Median months", value: DashboardFormat.median(r.medianCustodialMonths), target: target),
        ])
    }

    static func confiscation(_ r: MeasureRow, _ scope: Scope) -> DashboardSection {
        let orders = scope.target(.confiscationOrders, "Confiscation orders")
        var items = [
            DashboardItem(label: "Orders made", value: DashboardFormat.count(r.confiscationOrders), target: orders),
            DashboardItem(label: "Total ordered", value: DashboardFormat.pounds(r.confiscationOrderedPence), target: orders),
            DashboardItem(label: "Recovered", value: DashboardFormat.pounds(r.recoveredPence), target: orders),
            scope.count("Restraint orders", r.restraintOrders, .restraintOrders, "Restraint orders"),
        ]
        let stages = ConfiscationStage.allCases.filter { $0 != .none && r.confiscationCases(at: $0) > 0 }
        items.append(.note(stages.isEmpty ? "No defendant at a confiscation stage." : "Defendants at each stage:"))
        for s in stages {
            items.append(scope.count("  " + s.label, r.confiscationCases(at: s), .confiscationStage(s),
                                     "Confiscation stage " + s.label.lowercased()))
        }
        return DashboardSection(title: "Confiscation", items: items)
    }

    static func ancillary(_ r: MeasureRow, _ scope: Scope) -> DashboardSection {
        let made = AncillaryOrderType.allCases.filter { r.ancillaryOrders($0) > 0 }
        guard !made.isEmpty else {
            return DashboardSection(title: "Ancillary orders", items: [.note("None made in this period.")])
        }
        var items = made.map { t in
            scope.count(DashboardFormat.short(t), r.ancillaryOrders(t), .ancillaryOrders(t), t.label + "s")
        }
        items.append(scope.count("All types", r.ancillaryOrdersTotal, .ancillaryOrders(nil), "Ancillary orders"))
        return DashboardSection(title: "Ancillary orders", aside: "made", items: items)
    }

    static func mla(_ r: MeasureRow, _ scope: Scope) -> DashboardSection {
        var items = [
            scope.count("Open outgoing", r.openOutgoingRequests, .openOutgoingRequests, "Open outgoing requests"),
            scope.count("Open incoming", r.openIncomingRequests, .openIncomingRequests, "Open incoming requests"),
            scope.count("! Overdue", r.overdueRequests, .overdueRequests, "Overdue requests",
                        role: r.overdueRequests > 0 ? .overdue : .text),
            scope.count("↻ To chase", r.requestsToChase, .requestsToChase, "Requests to chase",
                        role: r.requestsToChase > 0 ? .toChase : .text),
            scope.count("Executed", r.executedRequests, .executedRequests, "Requests executed"),
            DashboardItem(label: "Median days sent→executed", value: DashboardFormat.median(r.medianDaysToExecute),
                          target: scope.target(.executedRequests, "Requests executed")),
        ]
        if !r.mostOverdueCountries.isEmpty {
            items.append(.note("Most overdue:"))
            for c in r.mostOverdueCountries {
                let name = Countries.name(of: c.country) ?? c.country
                items.append(scope.count("  " + name, c.count, .overdueRequestsIn(country: c.country), "Overdue requests, " + name))
            }
        }
        return DashboardSection(title: "MLA timeliness", aside: "as of " + r.asOf.iso, items: items)
    }

    static let caseloadHeadings = ["Open", "Opened", "Final"]

    /// Caseload per unit or per lawyer: one line each with cases open, opened and finalised,
    /// right-aligned under the headings of the title line; `h`/`l` choose which Enter lists.
    /// Units go by name when every name fits the column, else by id (as in the case list).
    /// - Parameter limit: past `upTo` rows, only the first `shown` and a "… n more" line.
    static func caseloadBy(_ groupBy: GroupBy, rows: [MeasureRow], width: Int,
                           limit: (shown: Int, upTo: Int)? = nil) -> DashboardSection {
        let what = groupBy == .unit ? "unit" : "lawyer"
        let title = "Caseload by " + what
        guard !rows.isEmpty else {
            return DashboardSection(title: title, items: [.note("No case open, opened or finalised.")])
        }
        let values = rows.map { [$0.casesOpen, $0.casesOpened, $0.casesFinalised].map(DashboardFormat.count) }
        let widths = caseloadHeadings.indices.map { i in
            max(TextWidth.of(caseloadHeadings[i]), values.map { TextWidth.of($0[i]) }.max() ?? 0)
        }
        func padded(_ cells: [String]) -> [String] {
            zip(cells, widths).map { TextLayout.pad($0, to: $1, align: .right) }
        }
        let block = widths.reduce(0, +) + widths.count - 1
        let labelRoom = width - 2 - block
        let byName = groupBy != .unit || rows.allSatisfy { TextWidth.of($0.label) <= labelRoom }
        let shown = limit.map { rows.count > $0.upTo ? $0.shown : rows.count } ?? rows.count
        var items = rows.prefix(shown).enumerated().map { i, r in
            let scope = Scope(groupBy: groupBy, rowKey: r.key, rowLabel: r.label)
            return DashboardItem(label: byName ? r.label : r.key, cells: padded(values[i]),
                                 cellTargets: [scope.target(.casesOpen, "Cases open"),
                                               scope.target(.casesOpened, "Cases opened"),
                                               scope.target(.casesFinalised, "Cases finalised")])
        }
        if shown < rows.count {
            items.append(.note("… \(rows.count - shown) more (breakdown by \(what): b)"))
        }
        return DashboardSection(title: title, aside: padded(caseloadHeadings).joined(separator: " "), items: items)
    }

    /// The whole period's caseload (per unit and per lawyer: the two sections after it).
    static func caseload(_ r: MeasureRow, _ scope: Scope) -> DashboardSection {
        let items = [
            scope.count("Open", r.casesOpen, .casesOpen, "Cases open"),
            scope.count("Opened in period", r.casesOpened, .casesOpened, "Cases opened"),
            scope.count("Finalised in period", r.casesFinalised, .casesFinalised, "Cases finalised"),
        ]
        return DashboardSection(title: "Caseload", aside: "open as of " + r.asOf.iso, items: items)
    }
}
