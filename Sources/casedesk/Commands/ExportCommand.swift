import ArgumentParser
import CaseCore

/// `casedesk export`: every case as a JSON bundle, or the case list as CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the store's cases as a JSON bundle (for import) or as CSV.",
        discussion: """
            json writes one document holding store.json's units and people and every case in
            full; casedesk import reads it back. csv writes one row per defendant with the
            case's columns, for spreadsheets.

            Examples:
              casedesk export --output cases.json
              casedesk export --format csv --output defendants.csv
            """)

    @OptionGroup var options: StoreOptions
    @Option(help: "json (a bundle) or csv.") var format: OutputFormat = .json
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"))
    var output: String?

    func validate() throws { try OutputFormat.check(format, allowed: [.json, .csv]) }

    func run() throws {
        _ = try StoreAccess.open(options)
    }
}
