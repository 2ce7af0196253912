import ArgumentParser
import CaseCore
import Tabular

/// `casedesk requests`: the MLA board without the UI.
struct RequestsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "requests",
        abstract: "List international requests (MLA, extradition, EAW, EIO, JIT), grouped by status.",
        discussion: """
            A request is overdue when it is open and today is after its due date; it is to \
            chase when it has been sent, is still open, and the store's chase interval \
            (chaseIntervalDays in store.json) has passed since the last chase or since it was sent. \
            Flags: ! overdue, c to chase.

            Examples:
              casedesk requests --overdue
              casedesk requests --chase --sort lastChased
              casedesk requests --open --format csv > board.csv
              casedesk requests --columns id,country,status,due

            On a terminal the table fits its width: the country gets the room, and the case, \
            direction, dates and days are left out first; --columns chooses the columns.
            """)

    @OptionGroup var options: StoreOptions
    @Flag(help: "Only overdue requests.") var overdue = false
    @Flag(help: "Only requests to chase.") var chase = false
    @Flag(help: "Leave out executed, refused and withdrawn requests.") var open = false
    @Option(help: ArgumentHelp("Order within each status: \(RequestSortKey.allCases.map(\.rawValue).joined(separator: ", ")).",
                               valueName: "KEY"))
    var sort: String = RequestSortKey.due.rawValue
    @Flag(help: "Reverse the order within each status.") var reverse = false
    static let formats: [OutputFormat] = [.table, .tsv, .csv, .json]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }
    @Option(help: ArgumentHelp("The columns to print, in order (\(RequestRow.columns.map(\.key).joined(separator: ", "))); not with --format json.",
                               valueName: "KEYS"))
    var columns: [String] = []
    @Option(help: .hidden) var today: String?

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        _ = try sortKey()
        _ = try columnIndices()
        try Today.validate(today)
    }

    /// The columns chosen with --columns (indices into `RequestRow.columns`), nil for all.
    func columnIndices() throws -> [Int]? {
        guard !columns.isEmpty else { return nil }
        if outputFormat == .json { throw ValidationError("--columns applies to the table, TSV and CSV; JSON has every field.") }
        do { return try ColumnChoice.indices(columns, keys: RequestRow.columns.map(\.key)) }
        catch { throw ValidationError(error.description) }
    }

    func sortKey() throws -> RequestSortKey { try VocabularyArgument.one(sort, option: "sort") }

    func run() throws {
        let snapshot = try StoreAccess.open(options).snapshot
        let context = QueryContext(today: Today.resolve(today), chaseIntervalDays: snapshot.meta.chaseIntervalDays)
        let board = RequestBoard(snapshot.summaries, context: context, sortBy: try sortKey(), ascending: !reverse,
                                 overdueOnly: overdue, toChaseOnly: chase, openOnly: open)
        let rows = board.rows
        let out = ByteOutput.standardOutput
        if outputFormat == .json {
            out.write(bytes: JSONOutput.bytes(.array(rows.map(\.json)), keys: RequestRow.jsonKeys))
        } else {
            var table = Table(RequestRow.columns)
            let human = outputFormat == .table
            for row in rows { table.append(row.cells(human: human)) }
            if let chosen = try columnIndices() { table = table.selecting(chosen) }
            table.write(outputFormat, to: out, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
            if human {
                out.line("\(board.count) requests: \(board.overdueCount) overdue, \(board.toChaseCount) to chase")
            }
        }
        StoreAccess.warnAboutDamage(snapshot)
    }
}
