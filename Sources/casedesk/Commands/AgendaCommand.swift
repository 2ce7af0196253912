import ArgumentParser
import CaseCore

/// `casedesk agenda`: every dated obligation across the cases, as the Agenda screen lists it.
struct AgendaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "agenda",
        abstract: "List every deadline across the cases: CTLs, reviews, hearings, requests, confiscation, orders, tasks.",
        discussion: """
            Items are grouped Expired / very overdue, Overdue, Today, This week, Next 4 weeks, \
            Later. An item is overdue when today is after its date and very overdue more than 28 \
            days after it; a custody time limit past its expiry is EXPIRED, and one expiring \
            within 28 days with no extension applied for is AT RISK (docs/deadlines.md). \
            Marks: ‼ expired CTL, ! CTL at risk, * overdue.

            Examples:
              casedesk agenda --mine --within 14
              casedesk agenda --kind custodyTimeLimit,ctlReview --format csv
              casedesk agenda --from 2026-12-01 --to 2026-12-31 --format json
              casedesk agenda --mine --format ics > ~/casedesk.ics

            --format ics writes an iCalendar file (RFC 5545): one all-day event per item, with a \
            UID that stays the same from one day to the next (what the item is about and its \
            case), so a calendar that imports the file again updates its events instead of \
            adding copies. An expired or at-risk CTL leads its summary with ‼ EXPIRED or ! AT RISK.
            """)

    @OptionGroup var options: StoreOptions
    @Flag(help: "Only cases where you (--user) are the lawyer or caseworker, and tasks assigned to you.") var mine = false
    @Option(help: ArgumentHelp("Only items up to DAYS days from today (overdue items are kept).", valueName: "DAYS"))
    var within: Int?
    @Option(help: ArgumentHelp("Only items on or after this date.", valueName: "DATE")) var from: String?
    @Option(help: ArgumentHelp("Only items on or before this date.", valueName: "DATE")) var to: String?
    @Option(help: ArgumentHelp("Only cases of this unit (repeat or comma-separate).", valueName: "UNIT")) var unit: [String] = []
    @Option(help: ArgumentHelp("Only cases of this lawyer (a person id).", valueName: "PERSON")) var lawyer: [String] = []
    @Option(help: ArgumentHelp("Only these kinds: \(DeadlineKind.spellings.joined(separator: ", ")).", valueName: "KIND"))
    var kind: [String] = []
    static let formats: [OutputFormat] = [.table, .tsv, .csv, .json, .ics]
    @Option(help: OutputFormat.help(formats)) var format: String = "table"
    var outputFormat: OutputFormat { (try? OutputFormat.parse(format, allowed: Self.formats)) ?? .table }
    @Option(help: .hidden) var today: String?

    func validate() throws {
        _ = try OutputFormat.parse(format, allowed: Self.formats)
        try Today.validate(today)
        if let within, within < 0 { throw ValidationError("--within must be 0 or more days, found \(within).") }
        for (name, value) in [("from", from), ("to", to)] {
            if let value, Day(iso: value) == nil {
                throw ValidationError("--\(name) must be a date written YYYY-MM-DD, found \"\(value)\".")
            }
        }
        _ = try VocabularyArgument.parse(kind, option: "kind", as: DeadlineKind.self)
    }

    func filter(today day: Day) throws -> AgendaFilter {
        var to = to.flatMap { Day(iso: $0) }
        if let within {
            let limit = day.adding(days: within)
            to = min(to ?? limit, limit)
        }
        return AgendaFilter(mine: mine ? options.userName() : nil, units: VocabularyArgument.words(unit),
                            lawyers: VocabularyArgument.words(lawyer),
                            kinds: try VocabularyArgument.parse(kind, option: "kind"),
                            from: from.flatMap { Day(iso: $0) }, to: to)
    }

    func run() throws {
        let snapshot = try StoreAccess.open(options).snapshot
        let day = Today.resolve(today)
        let items = Agenda.items(snapshot.summaries, today: day, chaseIntervalDays: snapshot.meta.chaseIntervalDays,
                                 filter: try filter(today: day))
        let out = ByteOutput.standardOutput
        if outputFormat == .ics {
            let name = "CaseDesk: " + snapshot.meta.name + (mine ? " (\(options.userName()))" : "")
            out.write(AgendaCalendar.ics(items, today: day, stamp: LocalClock.system.now(), name: name))
        } else if outputFormat == .json {
            let doc = JSONValue.object(["asOf": .string(day.iso), "items": .array(items.map(Self.json))])
            out.write(bytes: JSONOutput.bytes(doc, keys: ["asOf", "items"], children: ["items": KeyOrder(Self.itemKeys)]))
        } else {
            let human = outputFormat == .table
            var table = Table([.init("Group"), .init("Date"), .init("Days", alignRight: true), .init("Mark"), .init("Kind"),
                               .init("Case"), .init("What", flexible: true), .init("State")])
            for item in items {
                let days = day.days(to: item.date)
                table.append([
                    human ? AgendaGroup.of(item, today: day).title : "\(AgendaGroup.of(item, today: day))",
                    item.date.iso, String(days), Self.mark(item), human ? item.kind.label : item.kind.rawValue,
                    item.caseID, item.title, human ? Self.word(item) : item.state.rawValue,
                ])
            }
            table.write(outputFormat, to: out, terminal: Terminal.stdoutIsTerminal, width: Terminal.stdoutColumns)
            if human {
                let expired = items.filter { $0.ctl == .expired }.count, atRisk = items.filter { $0.ctl == .atRisk }.count
                let overdue = items.filter { $0.state == .overdue || $0.state == .veryOverdue }.count
                out.line("\(items.count) items as of \(day.iso): \(expired) CTL expired, \(atRisk) CTL at risk, \(overdue) overdue")
            }
        }
        StoreAccess.warnAboutDamage(snapshot)
    }

    /// A symbol as well as a word, so the meaning never rests on colour.
    static func mark(_ item: DeadlineItem) -> String {
        if item.ctl == .expired { return "‼" }
        if item.ctl == .atRisk { return "!" }
        return item.state == .overdue || item.state == .veryOverdue ? "*" : ""
    }

    static func word(_ item: DeadlineItem) -> String {
        if item.ctl == .expired || item.ctl == .atRisk { return item.ctl!.word }
        return item.state.label
    }

    static let itemKeys = ["date", "kind", "case", "defendant", "request", "task", "title", "state", "ctl"]

    static func json(_ item: DeadlineItem) -> JSONValue {
        var o: JSONObject = ["date": .string(item.date.iso), "kind": .string(item.kind.rawValue),
                                      "case": .string(item.caseID), "title": .string(item.title),
                                      "state": .string(item.state.rawValue)]
        if let d = item.defendant { o["defendant"] = .string(d) }
        if let r = item.request { o["request"] = .string(r) }
        if let t = item.task { o["task"] = .string(t) }
        if let c = item.ctl { o["ctl"] = .string(c == .atRisk ? "atRisk" : c == .expired ? "expired" : "running") }
        return .object(o)
    }
}
