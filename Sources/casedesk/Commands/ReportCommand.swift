import ArgumentParser
import CaseCore
import TerminalUI

/// `casedesk report`: the dashboard's figures without the UI.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the performance measures: outcomes, conviction rates, sentences, confiscation, MLA.",
        discussion: """
            Outcomes count per defendant in the financial year (1 April to 31 March) of their \
            date. A case with two crime types counts in both rows when grouped by crime. \
            Custody time limits follow: running, at risk and expired as of the period's end, \
            extensions applied for, granted and refused and CTL failures in the period, and open \
            cases without a next action (JSON: "custodyTimeLimits" beside "rows").

            Examples:
              casedesk report --by year
              casedesk report --by crime --period 2013-2014
              casedesk report --by unit --period "2013-2014 Q3" --format markdown
              casedesk report --by year --format json | jq '.rows[] | {key, convictionRate}'
            """)

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp("Rows by year, quarter, crime, unit, lawyer, country or none.", valueName: "GROUPING"))
    var by: String = "year"
    @Option(help: ArgumentHelp("all, a financial year (2013-2014) or a quarter (\"2013-2014 Q3\").", valueName: "PERIOD"))
    var period: String = "all"
    static let formats: [OutputFormat] = [.table, .csv, .json, .markdown]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }

    @Option(help: .hidden) var today: String?

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        guard GroupBy(parsing: by) != nil else {
            throw ValidationError("--by \"\(by)\" is not one of: \(GroupBy.expectedSpelling).")
        }
        guard ReportPeriod(parsing: period) != nil else {
            throw ValidationError("--period \"\(period)\" is not \(ReportPeriod.expectedSpelling).")
        }
        try Today.validate(today)
    }

    func run() throws {
        let input = try Self.input(options)
        let (report, ctl) = input.report(period: ReportPeriod(parsing: period)!, groupBy: GroupBy(parsing: by)!,
                                         today: Today.resolve(today))
        let formatter: ReportFormatter = switch outputFormat {
        case .csv: .csv
        case .json: .json
        case .markdown: .markdown
        default: .table
        }
        // On a terminal each section fits its width: headings wrap, then the figures go into
        // blocks under one another, each repeating the row's label (none is ever cut).
        let width = Terminal.stdoutColumns
        let lines: (Table) -> [String] = { $0.terminalLines(width: width, underline: true, wrapTitles: true) }
        var text = formatter == .table ? ReportFormatter.table(report, lines: lines) : formatter.format(report)
        switch formatter {
        case .json: text = CTLReportText.addJSON(ctl, to: text)
        case .csv: text += CTLReportText.csv(ctl)
        case .markdown: text += CTLReportText.table(ctl, groupBy: report.groupBy, markdown: true)
        case .table: text += CTLReportText.table(ctl, groupBy: report.groupBy, markdown: false, lines: lines)
        }
        // Labels come from store.json (unit and lawyer names): never raw control characters
        // on a terminal, and never in the human formats.
        if Terminal.stdoutIsTerminal || formatter == .table || formatter == .markdown {
            text = text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { Sanitizer.visible(String($0)) }.joined(separator: "\n")
        }
        // The sentences between the tables (ancillary orders, confiscation stages, notes) wrap
        // at spaces to the terminal as the tables fit it, rather than being wrapped by it.
        if formatter == .table, let width {
            text = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line in
                TextWidth.of(String(line)) > width ? TextLayout.wrap(String(line), width: width) : [String(line)]
            }.joined(separator: "\n")
        }
        ByteOutput.standardOutput.write(text)
        StoreAccess.warnAboutDamage(input.damaged)
    }

    /// A directory store whose summary cache lists its files as they are (written first when
    /// it does not) is read from the cache, keeping only what the measures need (issue 16.4);
    /// any other store, or a cache that does not decode, is opened in full.
    static func input(_ options: StoreOptions) throws -> ReportInput {
        if let store = try StoreAccess.anyStore(options) as? JSONDirectoryStore,
           let stream = try StoreAccess.stream(store), let input = ReportInput(stream: stream) {
            return input
        }
        let snapshot = try StoreAccess.open(options).snapshot
        return ReportInput(meta: snapshot.meta, summaries: snapshot.summaries, damaged: snapshot.damaged)
    }
}
