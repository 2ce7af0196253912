import CaseCore
import Foundation
import Testing
import TerminalUI
@testable import CaseDeskUI

/// The dashboard and `casedesk report --format json` agree: the figures the screen state
/// shows, for a period and breakdown reached by keys, are the figures of the JSON written by
/// `ReportFormatter` for the same period and grouping over the same summaries.
@Suite struct DashboardAgreementTests {
    /// How a JSON figure is written on screen, by the column heading that shows it.
    enum Kind { case count, rate, pounds, median, sum, change }
    static let columns: [String: (key: String, kind: Kind)] = [
        "Plea": ("guiltyPleas", .count), "Trial": ("convictedAfterTrial", .count), "Acq": ("acquittedAfterTrial", .count),
        "Dir": ("directedAcquittals", .count), "Drop": ("dropped", .count), "Adm": ("administrativelyFinalised", .count),
        "Conv%": ("convictionRate", .rate), "±pts": ("convictionRate", .change), "Plea%": ("guiltyPleaRate", .rate),
        "Cust": ("custodialSentences", .count), "Months": ("totalCustodialMonths", .count), "Median": ("medianCustodialMonths", .median),
        "Conf": ("confiscationOrders", .count), "Ordered": ("confiscationOrderedPence", .pounds), "Recovered": ("recoveredPence", .pounds),
        "Restr": ("restraintOrders", .count), "Anc": ("ancillaryOrders", .sum), "MLAout": ("openOutgoingRequests", .count), "MLAin": ("openIncomingRequests", .count),
        "Overdue": ("overdueRequests", .count), "Chase": ("requestsToChase", .count), "Open": ("casesOpen", .count),
        "Opened": ("casesOpened", .count), "Final": ("casesFinalised", .count),
    ]

    /// - Parameter before: the same figure of the same row in the period before (`.change`).
    static func expected(_ json: JSONValue?, _ kind: Kind, before: JSONValue? = nil) -> String {
        func numeric(_ v: JSONValue?) -> Double? { if case .number(let n)? = v { Double(n) } else { nil } }
        let number = numeric(json)
        switch kind {
        case .change:
            guard let now = number, let then = numeric(before) else { return Percent.none }
            return DashboardFormat.shortChange((now - then) * 100)
        case .count: return Format.grouped(json?.intValue ?? -1)
        case .rate: return Percent.text(number)
        case .pounds: return Money.wholePounds(json?.intValue ?? -1)
        case .median: return DashboardFormat.median(number)
        case .sum: return Format.grouped(json?.objectValue?.values.reduce(0) { $0 + ($1.intValue ?? 0) } ?? -1)
        }
    }

    static func jsonRows(_ summaries: [CaseSummary], period: ReportPeriod, groupBy: GroupBy) throws -> [JSONObject] {
        let report = Measures.report(summaries, period: period, groupBy: groupBy,
                                     context: QueryContext(today: DashboardFixture.today, chaseIntervalDays: 28),
                                     meta: DashboardFixture.meta)
        let doc = try JSONParser.parse(ReportFormatter.json(report))
        #expect(doc.objectValue?["period"]?.stringValue == period.text)
        #expect(doc.objectValue?["groupBy"]?.stringValue == groupBy.rawValue)
        return (doc.objectValue?["rows"]?.arrayValue ?? []).compactMap(\.objectValue)
    }

    static let periods = ["2026-2027", "2025-2026", "2026-2027 Q2", "2025-2026 Q3", "2013-2014", "all"]

    @Test(arguments: periods)
    func everyBreakdownAgreesWithTheJSON(_ periodText: String) throws {
        let period = try #require(ReportPeriod(parsing: periodText))
        var d = DashboardFixture.driver(Size(width: 140, height: 40))
        d.command("period " + periodText)
        for breakdown in DashboardState.breakdowns {
            while d.state.dashboard.breakdown != breakdown { d.press(DashboardCommand.cycleBreakdown) }
            let figures = try #require(d.state.dashboard.figures)
            #expect(figures.period == period && figures.breakdown == breakdown)
            // The rates' change, paired from cached reports, is CaseCore's own headline.
            let index = MeasureIndex(d.state.summaries, chaseIntervalDays: 28)
            #expect(figures.headline == Measures.headline(index, period: period, today: DashboardFixture.today))
            let summaries = d.state.summaries
            let total = try #require(try Self.jsonRows(summaries, period: period, groupBy: .none).first)
            // The period before, by row key ("total" for Total); none for `all`.
            var before: [String: JSONObject] = [:]
            if let p = period.previous, breakdown != .none {
                for row in try Self.jsonRows(summaries, period: p, groupBy: breakdown) { before[row["key"]?.stringValue ?? ""] = row }
                before["total"] = try Self.jsonRows(summaries, period: p, groupBy: .none).first
            }
            if breakdown == .none {
                try checkOverview(d, total: total)
                continue
            }
            let rows = try Self.jsonRows(summaries, period: period, groupBy: breakdown)
            #expect(rows.map { $0["key"]?.stringValue } == figures.report.rows.map(\.key), "rows of \(breakdown)")
            // Each row as the table draws it, then Total against the whole-period JSON.
            let shown = figures.report.rows + [figures.report.total]
            for (i, row) in shown.enumerated() {
                let json = i < rows.count ? rows[i] : total
                let isTotal = i == rows.count
                let then = before[isTotal ? "total" : row.key]
                for column in DashboardColumn.all {
                    let (key, kind) = try #require(Self.columns[column.heading])
                    #expect(column.text(row, previous: figures.previous(of: row, isTotal: isTotal))
                            == Self.expected(json[key], kind, before: then?[key]),
                            "\(periodText) by \(breakdown), row \(row.key), \(column.heading)")
                }
            }
        }
    }

    /// The overview's figure lines against the JSON of the whole period.
    func checkOverview(_ d: TestDriver, total: JSONObject) throws {
        let flow = DashboardLayout.overview(d.state, size: d.state.size)
        var shown: [String: String] = [:]
        for section in flow.sections { for item in section.items where item.kind == .figure { shown[item.label] = item.value } }
        let lines: [(String, String, Kind)] = [
            ("Guilty pleas", "guiltyPleas", .count), ("Convicted after trial", "convictedAfterTrial", .count),
            ("Acquitted after trial", "acquittedAfterTrial", .count), ("Directed acquittals", "directedAcquittals", .count),
            ("Dropped", "dropped", .count), ("Admin. finalised", "administrativelyFinalised", .count),
            ("Conviction rate", "convictionRate", .rate), ("Guilty-plea rate", "guiltyPleaRate", .rate),
            ("Custodial sentences", "custodialSentences", .count), ("Total months", "totalCustodialMonths", .count),
            ("Median months", "medianCustodialMonths", .median), ("Orders made", "confiscationOrders", .count),
            ("Total ordered", "confiscationOrderedPence", .pounds), ("Recovered", "recoveredPence", .pounds),
            ("Restraint orders", "restraintOrders", .count), ("Open outgoing", "openOutgoingRequests", .count),
            ("Open incoming", "openIncomingRequests", .count), ("! Overdue", "overdueRequests", .count),
            ("↻ To chase", "requestsToChase", .count), ("Executed", "executedRequests", .count),
            ("Median days sent→executed", "medianDaysToExecute", .median), ("Open", "casesOpen", .count),
            ("Opened in period", "casesOpened", .count), ("Finalised in period", "casesFinalised", .count),
        ]
        for (label, key, kind) in lines {
            #expect(shown[label] == Self.expected(total[key], kind), "overview \(label)")
        }
    }

    /// The screen text itself holds the figures of the state: the crime-type table at 140x40.
    @Test func theDrawnTableHoldsTheStateFigures() throws {
        var d = DashboardFixture.driver(Size(width: 140, height: 40))
        d.press(DashboardCommand.cycleBreakdown)
        let report = try #require(d.state.dashboard.figures?.report)
        let lines = d.screen.split(separator: "\n").map(String.init)
        for (i, row) in (report.rows + [report.total]).enumerated() {
            let label = i == report.rows.count ? "Total" : row.label
            let line = try #require(lines.first { $0.dropFirst(3).hasPrefix(label) }, "no line for \(label)")
            let cells = line.dropFirst(3 + label.count).split(separator: " ").map(String.init)
            // A change ("▼ 17") is two words on screen.
            let isTotal = i == report.rows.count
            let figures = try #require(d.state.dashboard.figures)
            let words = DashboardColumn.all.flatMap {
                $0.text(row, previous: figures.previous(of: row, isTotal: isTotal)).split(separator: " ").map(String.init)
            }
            #expect(cells == Array(words.prefix(cells.count)), "drawn row \(label)")
        }
    }
}
