import ArgumentParser
import CaseCore

/// `casedesk check`: validate every file of a store.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a store: list every problem, exit 1 if there is any.",
        discussion: """
            Reads store.json, every case file and audit.jsonl, and prints one line per problem:
            the file, the line and column for a syntax error, the JSON path and what is wrong.
            Nothing is changed. Warnings are printed but do not make the exit status 1.

            Examples:
              casedesk check
              casedesk check --store /srv/casedesk || echo "store needs attention"
            """)

    @OptionGroup var options: StoreOptions

    func run() throws {
        _ = try StoreAccess.open(options)
    }
}
