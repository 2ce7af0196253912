import ArgumentParser
import CaseCore
import Foundation

/// `casedesk init [DIR] --name NAME`: a new, empty store.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Make a new, empty store.",
        discussion: """
            DIR must not exist or be empty (default: --store, else $CASEDESK_STORE, else \
            $XDG_DATA_HOME/casedesk). The store is a directory readable by you only: store.json \
            (its name, units and people), cases/ and the audit trail.

            Examples:
              casedesk init ~/cases --name "Organised Crime Division"
              casedesk --store ~/cases
            """)

    @OptionGroup var options: StoreOptions
    @Argument(help: ArgumentHelp("A new or empty directory for the store.", valueName: "DIR"))
    var directory: String?
    @Option(help: ArgumentHelp("The store's name, shown in the UI's header.", valueName: "NAME"))
    var name: String?

    func validate() throws {
        if let directory, directory.isEmpty { throw ValidationError("DIR needs a directory, not an empty string.") }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name needs some text.") }
    }

    func run() throws {
        let path = directory ?? options.storePath()
        let url = URL(fileURLWithPath: (path as NSString).expandingTildeInPath)
        let storeName = name ?? url.lastPathComponent
        try JSONDirectoryStore.create(at: url, meta: StoreMeta(name: storeName))
        ByteOutput.standardOutput.line("Made an empty store \"\(storeName)\" in \(url.path).")
        ByteOutput.standardOutput.line("Open it with: casedesk --store \(url.path)")
    }
}
