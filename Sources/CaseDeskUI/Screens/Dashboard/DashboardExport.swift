import CaseCore
import Tabular

/// `:export FILE` on the Dashboard: the figures on screen, written by CaseCore's
/// `ReportFormatter` (the one `casedesk report` uses), chosen by the file's extension.
enum DashboardExport {
    enum Format: Equatable { case markdown, csv }

    static let accepted = ".md (markdown) or .csv"

    static func format(of path: String) -> Format? {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".csv") { return .csv }
        return nil
    }

    static func run(_ state: inout AppState, path: String, overwrite: Bool) -> [Effect] {
        guard !path.isEmpty else {
            state.message = Message(text: "Where to? Usage: :export FILE, a file ending in \(accepted).", kind: .error)
            return []
        }
        guard let format = format(of: path) else {
            // The accepted extensions first: a long path must not push them off the line.
            state.message = Message(text: "Use a file ending in \(accepted) to export the dashboard; nothing written to \(path).", kind: .error)
            return []
        }
        guard let figures = state.dashboard.figures else {
            state.message = Message(text: "The dashboard has no figures yet; nothing was written.", kind: .error)
            return []
        }
        // The custody time limit block `casedesk report` adds, for the same period and breakdown.
        let ctl = CTLMeasures.report(state.summaries, period: figures.report.period, groupBy: figures.report.groupBy,
                                     today: state.today, meta: state.meta)
        let text = format == .csv ? ReportFormatter.csv(figures.report) + CTLReportText.csv(ctl)
            : markdown(figures, trend: state.dashboard.trend, ctl: ctl)
        let what = "the dashboard for \(figures.period.label)" + (figures.breakdown == .none ? "" : " by \(figures.breakdown.heading.lowercased())")
        return [.writeFile(path: path, contents: text, what: what, overwrite: overwrite)]
    }

    /// The report's markdown, then what the screen adds to it: the rates against the period
    /// before (in a breakdown, each row's conviction rate against the same row then), the
    /// caseload per unit and per lawyer (every lawyer, most open first; overview only, a
    /// breakdown by unit or lawyer has them as columns) and the conviction rate by year.
    static func markdown(_ f: DashboardFigures, trend: [YearRate], ctl: (rows: [CTLFigures], total: CTLFigures)) -> String {
        var out = ReportFormatter.markdown(f.report) + CTLReportText.table(ctl, groupBy: f.report.groupBy, markdown: true)
        let h = f.headline
        if let previous = h.period.previous, let before = h.previous {
            out += section("Rates against \(previous.label)", ["Rate", h.period.text, previous.text, "Change"], [
                ["Conviction rate", DashboardFormat.rate(convictions: h.current), DashboardFormat.rate(convictions: before),
                 Percent.points(h.convictionRateChange)],
                ["Guilty-plea rate", DashboardFormat.rate(guiltyPleas: h.current), DashboardFormat.rate(guiltyPleas: before),
                 Percent.points(h.guiltyPleaRateChange)],
            ])
        }
        if f.breakdown != .none, let previous = h.period.previous {
            let rows = f.report.rows.map { (Markdown.cell($0.label), f.rowHeadline($0, isTotal: false)) }
                + [("**Total**", f.rowHeadline(f.report.total, isTotal: true))]
            out += section("Conviction rate by \(f.breakdown.heading.lowercased()) against \(previous.label)",
                           [f.breakdown.heading, h.period.text, previous.text, "Change"], rows.map { label, r in
                [label, DashboardFormat.rate(convictions: r.current),
                 r.previous.map { DashboardFormat.rate(convictions: $0) } ?? Percent.none, Percent.points(r.convictionRateChange)]
            })
        }
        for (what, rows) in [("unit", f.unitCaseload), ("lawyer", f.lawyerCaseload)] where !rows.isEmpty {
            out += section("Caseload by \(what)", [what == "unit" ? "Unit" : "Lawyer", "Cases open", "Cases opened", "Cases finalised"],
                            rows.map { [Markdown.cell($0.label), DashboardFormat.count($0.casesOpen),
                                        DashboardFormat.count($0.casesOpened), DashboardFormat.count($0.casesFinalised)] })
        }
        if !trend.isEmpty {
            out += section("Conviction rate by year", ["Year", "Conviction rate", "Outcomes in the rate"],
                           trend.map { [$0.year.text, Percent.text($0.convictionRate), String($0.ratedOutcomes)] })
        }
        return out
    }

    /// A `###` heading and a table: the first column text, the others figures (right-aligned).
    /// Cells are given ready (names escaped with `Markdown.cell`, markup such as `**Total**` kept).
    static func section(_ title: String, _ header: [String], _ rows: [[String]]) -> String {
        var out = "\n### \(title)\n\n" + Markdown.row(header) + "\n"
        out += Markdown.delimiter(alignRight: header.indices.map { $0 > 0 }, spaced: false) + "\n"
        for row in rows { out += Markdown.row(row) + "\n" }
        return out
    }
}
