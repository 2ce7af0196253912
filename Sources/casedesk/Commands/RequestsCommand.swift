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
              casedesk requests --country ES,FR --direction outgoing --sort attention
              casedesk requests --view spain    (saved with :view save on the MLA board)

            On a terminal the table fits its width: the country gets the room, and the case, \
            direction, dates and days are left out first; --columns chooses the columns.
            """)

    @OptionGroup var options: StoreOptions
    @Option(help: ArgumentHelp("Only requests matching every word (request id, case id, country code and name, authority, liaison), as the board's /.",
                               valueName: "WORDS"))
    var text: String = ""
    @Option(help: ArgumentHelp("Only requests to or from this country (ISO code, e.g. ES).", valueName: "CC"))
    var country: [String] = []
    @Option(help: ArgumentHelp("Only requests of this kind (\(RequestKind.spellings.joined(separator: ", "))).", valueName: "KIND"))
    var kind: [String] = []
    @Option(help: ArgumentHelp("Only \(RequestDirection.spellings.joined(separator: " or ")) requests.", valueName: "DIRECTION"))
    var direction: [String] = []
    @Flag(help: "Only requests where --user is the case's lawyer or caseworker, or the liaison.") var mine = false
    @Flag(help: "Only overdue requests.") var overdue = false
    @Flag(help: "Only requests to chase.") var chase = false
    @Flag(help: "Only urgent requests.") var urgent = false
    @Flag(help: "Leave out executed, refused and withdrawn requests.") var open = false
    @Option(help: ArgumentHelp("Order within each status: \(RequestSortKey.allCases.map(\.rawValue).joined(separator: ", ")) (default: due; a view's own, else attention, with --view).",
                               valueName: "KEY"))
    var sort: String?
    @Flag(help: "Reverse the order within each status.") var reverse = false
    @Option(help: ArgumentHelp("Start from this saved view of the MLA board (views.toml, screen = \"board\"); options given here replace its settings, --overdue, --chase, --mine and --urgent add to them.",
                               valueName: "NAME"))
    var view: String?
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
        _ = try requestFilter(base: SavedBoardView(name: ""), me: "")
        try Today.validate(today)
    }

    /// The columns chosen with --columns (indices into `RequestRow.columns`), nil for all.
    func columnIndices() throws -> [Int]? {
        guard !columns.isEmpty else { return nil }
        if outputFormat == .json { throw ValidationError("--columns applies to the table, TSV and CSV; JSON has every field.") }
        do { return try ColumnChoice.indices(columns, keys: RequestRow.columns.map(\.key)) }
        catch { throw ValidationError(error.description) }
    }

    func sortKey() throws -> RequestSortKey? { try sort.map { try VocabularyArgument.one($0, option: "sort") } }

    func run() throws {
        let base = try baseView()
        let snapshot = try StoreAccess.open(options).snapshot
        let context = QueryContext(today: Today.resolve(today), chaseIntervalDays: snapshot.meta.chaseIntervalDays)
        let (key, ascending) = try order(base: base)
        let board = RequestBoard(snapshot.summaries, context: context, sortBy: key, ascending: ascending,
                                 openOnly: open, filter: try requestFilter(base: base, me: options.userName()),
                                 text: TextQuery(text.isEmpty ? base.text : text), names: snapshot.meta.liaisonNames)
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
