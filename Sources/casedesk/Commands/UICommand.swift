import ArgumentParser

/// `casedesk` with no command: the full-screen UI on the store.
struct UICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ui",
        abstract: "Open the full-screen UI on the store (the default command).",
        discussion: """
            Examples:
              casedesk                         the UI on the default store
              casedesk --store ~/cases --user shughes
            """)

    @OptionGroup var options: StoreOptions

    func run() throws {
        try UILauncher.open(store: options.storePath(), user: options.userName(), theme: options.theme)
    }
}

/// The one way into the full-screen UI, shared by `casedesk` and `casedesk demo`.
enum UILauncher {
    static func open(store: String, user: String, theme: String?) throws {
        // CaseDeskUI has not landed yet; its helper replaces this body with the UI loop.
        throw CLIError("the full-screen UI is not built yet; use the batch commands (casedesk --help)", at: store)
    }
}
