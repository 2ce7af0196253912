#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads of the process environment the terminal layer depends on.
enum Environment {
    static func value(_ name: String) -> String? {
        guard let p = getenv(name) else { return nil }
        return String(cString: p)
    }

    /// Terminals known to understand bracketed paste (xterm and its descendants, tmux, screen,
    /// VTE-based terminals, Windows Terminal which reports xterm-256color). Others get no
    /// mode switch, so they never see a sequence they would print.
    static func supportsBracketedPaste(term: String) -> Bool {
        let t = term.lowercased()
        let families = ["xterm", "screen", "tmux", "rxvt", "alacritty", "kitty", "foot", "wezterm", "vte", "gnome", "konsole", "st-", "iterm", "contour"]
        return families.contains { t.hasPrefix($0) }
    }
}
