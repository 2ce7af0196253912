import ArgumentParser
import CaseCore
import Tabular
import TerminalUI

/// `casedesk list`: the case list of the home screen, without the UI.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List cases as a table, TSV, CSV or JSON.",
        discussion: """
            Filters combine (every one given must hold); a filter given twice or with commas \
            matches any of its values. Values are the store's spellings, e.g. awaitingTrial, \
            drugTrafficking, OCD-LON; --text matches id, URN, title, defendant names, offences \
            and countries, ignoring case and accents.

            Examples:
              casedesk list
              casedesk list --status awaitingTrial,atTrial --crime drugTrafficking --sort nextHearing
              casedesk list --unit OCD-LON --text "Hoxha" --format json | jq '.[].id'
              casedesk list --overdue --format csv > overdue.csv
              casedesk list --columns id,title,lawyer,nextDeadline

            On a terminal the table fits its width: the title gets the room, and columns \
            that do not fit are left out (defendants, crime, unit, lawyer first); --columns \
            chooses them. Through a pipe every column is printed whole.
            """)

    @OptionGroup var options: StoreOptions

    @Option(help: ArgumentHelp("Only cases with this status (\(CaseStatus.spellings.joined(separator: ", "))).", valueName: "STATUS"))
    var status: [String] = []
    @Option(help: ArgumentHelp("Only cases with this crime type (\(CrimeType.spellings.joined(separator: ", "))).", valueName: "CRIME"))
    var crime: [String] = []
    @Option(help: ArgumentHelp("Only cases of this unit id.", valueName: "UNIT"))
    var unit: [String] = []
    @Option(help: ArgumentHelp("Only cases of this lawyer (person id).", valueName: "PERSON"))
    var lawyer: [String] = []
    @Option(help: ArgumentHelp("Only cases matching every word.", valueName: "WORDS"))
    var text: String = ""
    @Flag(help: "Only cases with an overdue international request.")
    var overdue = false
    @Flag(help: "Only cases with a request to chase.")
    var chase = false
    @Flag(help: "Only cases where --user is the lawyer or caseworker.")
    var mine = false
    @Option(help: ArgumentHelp("Sort by \(CaseSortKey.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "KEY"))
    var sort: String?
    @Flag(help: "Reverse the sort order.")
    var reverse = false
    static let formats: [OutputFormat] = [.table, .tsv, .csv, .json]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }
    @Option(help: ArgumentHelp("The columns to print, in order (\(CaseSortKey.allCases.map(\.rawValue).joined(separator: ", "))); not with --format json.",
                               valueName: "KEYS"))
    var columns: [String] = []
    @Option(help: ArgumentHelp("Start from this saved view (views.toml); options given here replace its settings.", valueName: "NAME"))
    var view: String?
    @Option(help: ArgumentHelp("Save these filters, sort and columns as a view of this name (views.toml), then list.", valueName: "NAME"))
    var saveView: String?
    @Option(help: .hidden) var today: String?

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        _ = try VocabularyArgument.parse(status, option: "status", as: CaseStatus.self)
        _ = try VocabularyArgument.parse(crime, option: "crime", as: CrimeType.self)
        _ = try sortKey()
        _ = try columnKeys()
        if let saveView, !SavedView.isValidName(saveView) {
            throw ValidationError("--save-view \"\(saveView)\" is not a view name (1-64 characters, no control characters).")
        }
        try Today.validate(today)
    }

    /// The columns chosen with --columns, nil when none were.
    func columnKeys() throws -> [CaseSortKey]? {
        guard !columns.isEmpty else { return nil }
        if outputFormat == .json { throw ValidationError("--columns applies to the table, TSV and CSV; JSON has every field.") }
        do {
            return try ColumnChoice.indices(columns, keys: CaseSortKey.allCases.map(\.rawValue)).map { CaseSortKey.allCases[$0] }
        } catch { throw ValidationError(error.description) }
    }

    func sortKey() throws -> CaseSortKey? { try sort.map { try VocabularyArgument.one($0, option: "sort") } }

    func run() throws {
        // The default order (case id) is the summary cache's own: an unchanged directory store
        // is then listed straight from the cache, a window of summaries at a time, and
        // 100,000 summaries never sit in memory together (issue 16.4).
        let base = try baseView()
        if try sortSetting(base) == CaseSort(),
           let store = try StoreAccess.anyStore(options) as? JSONDirectoryStore,
           let stream = try StoreAccess.stream(store) {
            let meta = stream.meta
            let context = QueryContext(today: Today.resolve(today), chaseIntervalDays: meta.chaseIntervalDays)
            let settings = try listSettings(meta: meta, store: options.storePath(), base: base)
            var output = Output(command: self, meta: meta, context: context, columns: settings.columns)
            let filter = settings.filter
            // Without a filter, every row and each cell is read in place from the cache's table
            // (issue 16.2); with one, the summaries are decoded and filtered (`Rows`).
            try output.write(filter.isEmpty && settings.columns.allSatisfy(CachedListRow.holds) ? .cached(stream)
                             : .filtered(stream, filter, context, deadlines: settings.columns.contains(.nextDeadline)))
            StoreAccess.warnAboutDamage(stream.damaged)
            return
        }
        let opened = try StoreAccess.open(options)
        let snapshot = opened.snapshot
        let meta = snapshot.meta
        let context = QueryContext(today: Today.resolve(today), chaseIntervalDays: meta.chaseIntervalDays)
        let settings = try listSettings(meta: meta, store: opened.path, base: base)
        let summaries = snapshot.summaries
        let matched = settings.filter.apply(to: summaries, context: context).indices
        var output = Output(command: self, meta: meta, context: context, columns: settings.columns)
        try output.write(.ordered(summaries, settings.sort.apply(matched, of: summaries, context: context, meta: meta)))
        StoreAccess.warnAboutDamage(snapshot.damaged)
    }
}
