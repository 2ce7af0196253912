import ArgumentParser
import Foundation

/// The options every command shares: which store, who is working, and the UI theme.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The store directory (default: $CASEDESK_STORE, else $XDG_DATA_HOME/casedesk).", valueName: "DIR"))
    var store: String?

    @Option(name: .long, help: ArgumentHelp(
        "Who is making changes, for the audit trail (default: $CASEDESK_USER, else $USER).", valueName: "NAME"))
    var user: String?

    @Option(name: .long, help: ArgumentHelp("The colour theme of the full-screen UI.", valueName: "NAME"))
    var theme: String?

    /// `--store`, else `$CASEDESK_STORE`, else `$XDG_DATA_HOME/casedesk`, else
    /// `~/.local/share/casedesk`. Empty variables count as unset, as the XDG spec says.
    func storePath(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let store, !store.isEmpty { return store }
        if let s = env["CASEDESK_STORE"], !s.isEmpty { return s }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/casedesk" }
        let home = env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/casedesk"
    }

    /// `--user`, else `$CASEDESK_USER`, else `$USER`, else "unknown" (the audit line still says who
    /// could not be named rather than failing a save).
    func userName(environment env: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let user, !user.isEmpty { return user }
        if let u = env["CASEDESK_USER"], !u.isEmpty { return u }
        if let u = env["USER"], !u.isEmpty { return u }
        return "unknown"
    }

    func validate() throws {
        if let store, store.isEmpty { throw ValidationError("--store needs a directory, not an empty string.") }
        if let user, user.isEmpty { throw ValidationError("--user needs a name, not an empty string.") }
    }
}
