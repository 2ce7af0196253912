import ArgumentParser
import CaseCore
import CaseDeskUI
import CaseStorePostgres
import Foundation

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
        try UILauncher.open(store: options.storePath(), user: options.userName(), theme: options.theme,
                            themeFile: options.themeFile, mouse: !options.noMouse)
    }
}

/// The one way into the full-screen UI, shared by `casedesk` and `casedesk demo`.
enum UILauncher {
    static func open(store path: String, user: String, theme: String?, themeFile: String?, mouse: Bool) throws {
        let store = try StoreAccess.anyStore(path)
        // A directory that is not a store is refused here, before the screen is taken over
        // (where there is none yet, the error says how to make one).
        _ = try store.readMeta()
        let status: Int32
        do {
            var options = AppOptions(user: user, themeName: theme ?? "default", themeFile: themeFile.map { URL(fileURLWithPath: $0) })
            options.mouse = mouse
            status = try CaseDeskApp.run(store: store, options: options)
        } catch {
            throw CLIError("cannot start the full-screen UI: \(error)", at: path)
        }
        if status != 0 { throw ExitCode(status) }
    }
}
