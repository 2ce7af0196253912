import ArgumentParser
import CaseCore
import Foundation
import TerminalUI

/// The options every command shares: which store, who is working, and the UI theme.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store: a directory, or a PostgreSQL server as postgres://user@host/db (default: $CASEDESK_STORE, else $XDG_DATA_HOME/casedesk).", valueName: "DIR|URL"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(
        "Who is making changes, for the audit trail (default: $CASEDESK_USER, else $USER).", valueName: "NAME"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp(
        "The colour theme of the full-screen UI: a built-in or a NAME.toml in the theme directory.", valueName: "NAME"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("A theme file anywhere, instead of --theme.", valueName: "PATH"))
    var themeFile: String?

    @Flag(name: .customLong("no-mouse"), help: ArgumentHelp(
        "Leave the mouse to the terminal (to select text) instead of the wheel and clicks of the full-screen UI; also options.mouse = off in the config file."))
    var noMouse = false

    /// `--store`, else `$CASEDESK_STORE`, else `$XDG_DATA_HOME/casedesk`, else
    /// `~/.local/share/casedesk`. Empty variables count as unset, as the XDG spec says.
    func storePath(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let store, !store.isEmpty { return store }
        if let s = env["CASEDESK_STORE"], !s.isEmpty { return s }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/casedesk" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/casedesk"
    }

    /// Who the audit names: `--user`, else the environment, else the login (`AuditUser`).
    func userName(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        AuditUser.resolve(explicit: user, environment: env)
    }

    func validate() throws {
        if let store, store.isEmpty { throw ValidationError("--store needs a directory or a postgres:// address, not an empty string.") }
        if let user, user.isEmpty { throw ValidationError("--user needs a name, not an empty string.") }
        // A theme is a name; a path reaches a file only when the user says it is one.
        if let theme, !Theme.isValidName(theme) {
            throw ValidationError("--theme \"\(theme)\" is not a theme name (letters, digits, '-', '_' or '.'); for a file use --theme-file PATH.")
        }
        if theme != nil, themeFile != nil { throw ValidationError("--theme and --theme-file cannot be used together.") }
        if let themeFile, themeFile.isEmpty { throw ValidationError("--theme-file needs a path, not an empty string.") }
    }
}
