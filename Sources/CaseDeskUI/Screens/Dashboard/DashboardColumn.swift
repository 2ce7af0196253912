import CaseCore

/// A figure column of the breakdown table: its short heading, its full name (shown under the
/// table for the selected column), width, the figure Enter lists, and how a row shows it.
struct DashboardColumn: Sendable {
    var heading: String
    var name: String
    var width: Int
    var figure: Figure
    /// For a column that compares with the period before: the cell from the row and the same
    /// row then (nil when there is no period before or the row had no figure in it).
    var change: (@Sendable (MeasureRow, MeasureRow?) -> String)? = nil
    var value: @Sendable (MeasureRow) -> String

    /// The cell of `row`, given the same row in the period before.
    func text(_ row: MeasureRow, previous: MeasureRow?) -> String { change?(row, previous) ?? value(row) }

    typealias F = DashboardFormat

    /// Every column in order: outcomes, rates, sentences, confiscation, ancillary orders, MLA,
    /// caseload. `h`/`l` step through them; the table scrolls sideways to keep the chosen one.
    static let all: [DashboardColumn] = [
        DashboardColumn(heading: "Plea", name: "Guilty pleas", width: 5, figure: .outcome(.guiltyPlea)) { F.count($0.guiltyPleas) },
        DashboardColumn(heading: "Trial", name: "Convicted after trial", width: 5, figure: .outcome(.convictedAfterTrial)) { F.count($0.convictedAfterTrial) },
        DashboardColumn(heading: "Acq", name: "Acquitted after trial", width: 5, figure: .outcome(.acquittedAfterTrial)) { F.count($0.acquittedAfterTrial) },
        DashboardColumn(heading: "Dir", name: "Directed acquittals", width: 4, figure: .outcome(.directedAcquittal)) { F.count($0.directedAcquittals) },
        DashboardColumn(heading: "Drop", name: "Dropped", width: 5, figure: .outcome(.dropped)) { F.count($0.dropped) },
        DashboardColumn(heading: "Adm", name: "Administratively finalised (not in the rates)", width: 4,
                        figure: .outcome(.administrativelyFinalised)) { F.count($0.administrativelyFinalised) },
        DashboardColumn(heading: "Conv%", name: "Conviction rate", width: 5, figure: .ratedOutcomes) { F.rate(convictions: $0) },
        DashboardColumn(heading: "±pts", name: "Conviction rate: change from the period before, in points", width: 5,
                        figure: .ratedOutcomes,
                        // CaseCore's own change (Headline); the period plays no part in it.
                        change: { F.shortChange(Headline.pairing(period: .all, current: $0, previous: $1).convictionRateChange) },
                        value: { _ in Percent.none }),
        DashboardColumn(heading: "Plea%", name: "Guilty-plea rate", width: 5, figure: .ratedOutcomes) { F.rate(guiltyPleas: $0) },
        DashboardColumn(heading: "Cust", name: "Custodial sentences", width: 5, figure: .custodialSentences) { F.count($0.custodialSentences) },
        DashboardColumn(heading: "Months", name: "Total custodial months", width: 7, figure: .custodialSentences) { F.count($0.totalCustodialMonths) },
        DashboardColumn(heading: "Median", name: "Median custodial months", width: 6, figure: .custodialSentences) { F.median($0.medianCustodialMonths) },
        DashboardColumn(heading: "Conf", name: "Confiscation orders made", width: 5, figure: .confiscationOrders) { F.count($0.confiscationOrders) },
        DashboardColumn(heading: "Ordered", name: "Total confiscation ordered", width: 12, figure: .confiscationOrders) { F.pounds($0.confiscationOrderedPence) },
        DashboardColumn(heading: "Recovered", name: "Recovered", width: 12, figure: .confiscationOrders) { F.pounds($0.recoveredPence) },
        DashboardColumn(heading: "Restr", name: "Restraint orders", width: 5, figure: .restraintOrders) { F.count($0.restraintOrders) },
        DashboardColumn(heading: "Anc", name: "Ancillary orders made", width: 5, figure: .ancillaryOrders(nil)) { F.count($0.ancillaryOrdersTotal) },
        DashboardColumn(heading: "MLAout", name: "Open outgoing requests", width: 6, figure: .openOutgoingRequests) { F.count($0.openOutgoingRequests) },
        DashboardColumn(heading: "MLAin", name: "Open incoming requests", width: 5, figure: .openIncomingRequests) { F.count($0.openIncomingRequests) },
        DashboardColumn(heading: "Overdue", name: "Overdue requests", width: 7, figure: .overdueRequests) { F.count($0.overdueRequests) },
        DashboardColumn(heading: "Chase", name: "Requests to chase", width: 5, figure: .requestsToChase) { F.count($0.requestsToChase) },
        DashboardColumn(heading: "Open", name: "Cases open", width: 5, figure: .casesOpen) { F.count($0.casesOpen) },
        DashboardColumn(heading: "Opened", name: "Cases opened in the period", width: 6, figure: .casesOpened) { F.count($0.casesOpened) },
        DashboardColumn(heading: "Final", name: "Cases finalised in the period", width: 5, figure: .casesFinalised) { F.count($0.casesFinalised) },
    ]

    /// The columns shown in `width` columns of room: a run of consecutive columns that holds
    /// `selected`, starting as far left as possible. Each entry is (column index, x offset).
    static func window(width: Int, selected: Int) -> [(index: Int, x: Int)] {
        func fit(from first: Int) -> [(index: Int, x: Int)] {
            var out: [(Int, Int)] = []
            var x = 0
            for i in first..<all.count {
                guard x + all[i].width <= width else { break }
                out.append((i, x))
                x += all[i].width + 1
            }
            return out
        }
        for first in 0...max(0, min(selected, all.count - 1)) {
            let cols = fit(from: first)
            if cols.contains(where: { $0.index == selected }) || cols.isEmpty { return cols }
        }
        return fit(from: selected)
    }
}
