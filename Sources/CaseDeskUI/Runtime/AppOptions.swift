import CaseCore
import Foundation
import TerminalUI

/// How `casedesk` starts the UI: who the user is, which theme, where themes and the key
/// config live. Everything has a default so `AppOptions()` is a normal start.
public struct AppOptions: Sendable {
    /// The user written into chases and audit lines (`--user`, `$CASEDESK_USER`, `$USER`).
    public var user: String
    public var themeName: String
    /// A theme file given explicitly (`--theme-file`): read instead of looking `themeName` up.
    public var themeFile: URL?
    /// Where theme files are looked up before the built-in themes (TerminalUI's
    /// `Theme.defaultSearchPaths()`: the user theme directory).
    public var themeDirectories: [URL]
    /// The key bindings file; a missing file means the default keys.
    public var keyConfigFile: URL?
    /// Today's date; nil means the clock's (tests and demos fix it).
    public var today: Day?
    /// Now and the user's time zone: the one source of "today" (CaseCore's `LocalClock`).
    public var clock: LocalClock
    /// `y` (OSC 52): `options.clipboard` in the config file; `.auto` by default.
    public var clipboard: ClipboardMode = .auto
    /// views.toml (`:view`) and the `:`/`/` history file.
    public var files: UIFiles = .standard()
    /// The wheel and clicks (`--no-mouse` turns them off, as does `options.mouse = off`).
    public var mouse = true

    public init(user: String? = nil, themeName: String = "default", themeDirectories: [URL]? = nil,
                keyConfigFile: URL? = nil, today: Day? = nil, themeFile: URL? = nil,
                clock: LocalClock = .system) {
        let env = ProcessInfo.processInfo.environment
        self.user = AuditUser.resolve(explicit: user, environment: env)
        self.themeName = themeName
        self.themeFile = themeFile
        let config = AppOptions.configDirectory(env)
        self.themeDirectories = themeDirectories ?? Theme.defaultSearchPaths(app: "casedesk", environment: env)
        self.keyConfigFile = keyConfigFile ?? config.appendingPathComponent("config")
        self.today = today
        self.clock = clock
    }

    /// `$XDG_CONFIG_HOME/casedesk`, else `~/.config/casedesk`.
    public static func configDirectory(_ env: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let xdg = env["XDG_CONFIG_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("casedesk")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config/casedesk")
    }
}
