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
            if outputFormat == .tsv || outputFormat == .json, filter.isEmpty, settings.columns.allSatisfy(CachedListRow.holds) {
                // Every row, and each cell read in place from the cache's table (issue 16.2).
                stream.forEachRow { output.add($0) }
            } else {
                try stream.forEach { s in if filter.matches(s, context) { output.add(s) } }
            }
            output.finish()
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
        for n in settings.sort.apply(matched, of: summaries, context: context, meta: meta) { output.add(summaries[n]) }
        output.finish()
        StoreAccess.warnAboutDamage(snapshot.damaged)
    }

    /// The rows, written as they come: JSON, TSV and CSV a row at a time (100,000 rows never
    /// sit in memory as one value); only the aligned table keeps its rows to measure them.
    struct Output {
        let format: OutputFormat
        let meta: StoreMeta
        let context: QueryContext
        let columns: [CaseSortKey]
        let names: [String: String]
        let out = ByteOutput.standardOutput
        var rows = 0
        var table: Table?
        var line: [UInt8] = []
        var cell: [UInt8] = []

        init(command: ListCommand, meta: StoreMeta, context: QueryContext, columns: [CaseSortKey]) {
            format = command.outputFormat
            self.meta = meta
            self.context = context
            self.columns = columns
            names = meta.personNames()
            switch format {
            case .json: break
            case .tsv, .csv: out.write(text(columns.map { CaseListRow.column($0).title }))
            default: table = Table(columns.map(CaseListRow.column))
            }
        }

        /// TSV and CSV: the same bytes as the table's (made visible, except CSV into a pipe).
        func text(_ cells: [String]) -> String {
            let cells = format == .tsv || Terminal.stdoutIsTerminal ? cells.map(Sanitizer.visible) : cells
            return format == .tsv ? TSV.line(cells) + "\n" : CSV.line(cells)
        }

        mutating func add(_ s: CaseSummary) {
            let row = CaseListRow(s, meta: meta, context: context, names: names)
            switch format {
            case .json: return addJSON(row.json)
            case .tsv, .csv: out.write(text(row.cells(columns, human: false)))
            default: table?.append(row.cells(columns, human: true))
            }
            rows += 1
        }

        /// A TSV or JSON row from the cache's table: the same bytes as `add` of its summary.
        mutating func add(_ row: CachedListRow) {
            if format == .json { return addJSON(row.json(context)) }
            line.removeAll(keepingCapacity: true)
            for (k, key) in columns.enumerated() {
                if k > 0 { line.append(0x09) }
                cell.removeAll(keepingCapacity: true)
                row.appendDataCell(key, context: context, to: &cell)
                if Sanitizer.isVisibleAsItIs(cell) { line += cell } else {
                    line += Sanitizer.visible(String(decoding: cell, as: UTF8.self)).utf8
                }
            }
            line.append(0x0A)
            out.write(bytes: line)
            rows += 1
        }

        mutating func addJSON(_ json: JSONValue) {
            line.removeAll(keepingCapacity: true)
            line += rows == 0 ? [UInt8(ascii: "["), 0x0A, 0x20, 0x20] : [UInt8(ascii: ","), 0x0A, 0x20, 0x20]
            // One level deeper: every line of the row after its first gains two spaces
            // (strings hold no raw newline: the writer escapes them).
            for b in JSONOutput.bytes(json, keys: CaseListRow.jsonKeys).dropLast() {
                line.append(b)
                if b == 0x0A { line += [0x20, 0x20] }
            }
            out.write(bytes: line)
            rows += 1
        }

        func finish() {
            switch format {
            case .json: out.write(bytes: rows == 0 ? JSONOutput.bytes(.array([])) : [0x0A, UInt8(ascii: "]"), 0x0A])
            case .tsv, .csv: break
            default: table?.write(format, to: out, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
            }
        }
    }
}
