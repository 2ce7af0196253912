import Foundation

/// Who the audit trail names for a change made here: the one rule for the CLI and the UI.
public enum AuditUser {
    /// `explicit` (`--user`), else `$CASEDESK_USER`, else `$USER`, else the login name of the
    /// process's user (cron, `su` and a tmux server started without it leave `$USER` unset, and
    /// the account is still known), else "unknown": a save is never refused for want of a name.
    /// Empty values count as unset.
    public static func resolve(explicit: String? = nil,
                               environment env: [String: String] = ProcessInfo.processInfo.environment,
                               login: () -> String? = AuditUser.loginName) -> String {
        for candidate in [explicit, env["CASEDESK_USER"], env["USER"]] {
            if let name = candidate, !name.isEmpty { return name }
        }
        if let name = login(), !name.isEmpty { return name }
        return "unknown"
    }

    /// The password database's name for the real user id, nil when it has none (a container
    /// running an id with no entry).
    @Sendable public static func loginName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}
