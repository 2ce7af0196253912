/// Whether copying (`y`) writes to the terminal's clipboard with OSC 52, the escape sequence
/// that xterm, kitty, foot, WezTerm, iTerm2, Windows Terminal and tmux (`set-clipboard on`)
/// take as "put this text on the clipboard", also over SSH. `.auto` uses it only where the
/// terminal is known to take it, so that another terminal never shows the sequence as text.
public enum ClipboardMode: String, Sendable, Equatable, CaseIterable {
    case auto, on, off

    /// Whether to write OSC 52 here, or why not (a sentence for the message line).
    public func access(term: String, environment: [String: String]) -> ClipboardAccess {
        switch self {
        case .on: return .osc52
        case .off: return .off("copying to the clipboard is turned off (options.clipboard = off)")
        case .auto:
            if Self.knowsOSC52(term: term, environment: environment) { return .osc52 }
            return .off("this terminal is not known to take clipboard writes (OSC 52); "
                        + "put options.clipboard = on in the config file to use them anyway")
        }
    }

    /// tmux and screen sessions, and terminals that say who they are (TERM, TERM_PROGRAM, or
    /// a variable only they set).
    static func knowsOSC52(term: String, environment env: [String: String]) -> Bool {
        if env["TMUX"].map({ !$0.isEmpty }) == true { return true }
        let t = term.lowercased()
        if ["tmux", "xterm-kitty", "foot", "alacritty", "wezterm", "contour"].contains(where: { t.hasPrefix($0) }) { return true }
        let program = (env["TERM_PROGRAM"] ?? "").lowercased()
        if ["iterm.app", "wezterm", "vscode", "tmux", "ghostty", "rio"].contains(program) { return true }
        return ["KITTY_WINDOW_ID", "WT_SESSION", "ALACRITTY_SOCKET", "WEZTERM_EXECUTABLE", "GHOSTTY_RESOURCES_DIR"]
            .contains { env[$0].map { !$0.isEmpty } == true }
    }

    /// `ESC ] 52 ; c ; BASE64 BEL`: the clipboard ("c") selection set to `text`.
    public static func osc52(_ text: String) -> String {
        "\u{1B}]52;c;" + base64(Array(text.utf8)) + "\u{07}"
    }

    static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i]), b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0, b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            out.append(table[b0 >> 2])
            out.append(table[(b0 & 3) << 4 | b1 >> 4])
            out.append(i + 1 < bytes.count ? table[(b1 & 15) << 2 | b2 >> 6] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? table[b2 & 63] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// What `y` can do on this terminal.
public enum ClipboardAccess: Sendable, Equatable {
    case osc52
    /// Off, and why.
    case off(String)
}
