import CaseCore

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

    static func run(_ state: inout AppState, path: String) -> [Effect] {
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
        let text = format == .csv ? ReportFormatter.csv(figures.report) : markdown(figures, trend: state.dashboard.trend)
        let what = "the dashboard for \(figures.period.label)" + (figures.breakdown == .none ? "" : " by \(figures.breakdown.heading.lowercased())")
        return [.writeFile(path: path, contents: text, what: what)]
    }

    /// The report's markdown, then what the screen adds to it: the rates against the period
    /// before (in a breakdown, each row's conviction rate against the same row then), the
    /// caseload per unit and per lawyer (every lawyer, most open first; overview only, a
    /// breakdown by unit or lawyer has them as columns) and the conviction rate by year.
    static func markdown(_ f: DashboardFigures, trend: [YearRate]) -> String {
        var out = ReportFormatter.markdown(f.report)
        let h = f.headline
        if let previous = h.period.previous, let before = h.previous {
            out += "\n### Rates against \(previous.label)\n\n| Rate | \(h.period.text) | \(previous.text) | Change |\n|---|---:|---:|---:|\n"
            out += "| Conviction rate | \(DashboardFormat.rate(convictions: h.current)) | \(DashboardFormat.rate(convictions: before)) | \(Percent.points(h.convictionRateChange)) |\n"
            out += "| Guilty-plea rate | \(DashboardFormat.rate(guiltyPleas: h.current)) | \(DashboardFormat.rate(guiltyPleas: before)) | \(Percent.points(h.guiltyPleaRateChange)) |\n"
        }
        if f.breakdown != .none, let previous = h.period.previous {
            out += "\n### Conviction rate by \(f.breakdown.heading.lowercased()) against \(previous.label)\n\n"
            out += "| \(f.breakdown.heading) | \(h.period.text) | \(previous.text) | Change |\n|---|---:|---:|---:|\n"
            let rows = f.report.rows.map { (cell($0.label), f.rowHeadline($0, isTotal: false)) }
                + [("**Total**", f.rowHeadline(f.report.total, isTotal: true))]
            for (label, r) in rows {
                out += "| \(label) | \(DashboardFormat.rate(convictions: r.current)) | "
                    + "\(r.previous.map { DashboardFormat.rate(convictions: $0) } ?? Percent.none) | \(Percent.points(r.convictionRateChange)) |\n"
            }
        }
        for (what, rows) in [("unit", f.unitCaseload), ("lawyer", f.lawyerCaseload)] where !rows.isEmpty {
            out += "\n### Caseload by \(what)\n\n| \(what == "unit" ? "Unit" : "Lawyer") | Cases open | Cases opened | Cases finalised |\n|---|---:|---:|---:|\n"
            for r in rows {
                out += "| \(cell(r.label)) | \(DashboardFormat.count(r.casesOpen)) | \(DashboardFormat.count(r.casesOpened)) | \(DashboardFormat.count(r.casesFinalised)) |\n"
            }
        }
        if !trend.isEmpty {
            out += "\n### Conviction rate by year\n\n| Year | Conviction rate | Outcomes in the rate |\n|---|---:|---:|\n"
            for y in trend { out += "| \(y.year.text) | \(Percent.text(y.convictionRate)) | \(y.ratedOutcomes) |\n" }
        }
        return out
    }

    /// A markdown table cell: a `|` in a name must not split the row.
    static func cell(_ s: String) -> String {
        s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }
}
