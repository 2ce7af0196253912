import ArgumentParser
import CaseCore

/// `casedesk log [CASE]`: the audit trail.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Print the audit trail of the store, or of one case.",
        discussion: """
            One line per saved change: when, who, what, which case and which fields. A torn
            last line in audit.jsonl (after a crash) is skipped with a warning on stderr.

            Examples:
              casedesk log
              casedesk log CD-2019-000042 --format json
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("Only the changes of this case.", valueName: "CASE"))
    var caseID: String?
    @Option(help: "table, tsv or json.") var format: OutputFormat = .table

    func validate() throws { try OutputFormat.check(format, allowed: [.table, .tsv, .json]) }

    func run() throws {
        _ = try StoreAccess.open(options)
    }
}
