/// A key written as text, as in config files and key tables: "j", "G", "?", "space", "enter",
/// "esc", "tab", "shift-tab" (also "S-Tab", "backtab"), "ctrl-r" (also "C-r", "^r"),
/// "alt-x" (also "M-x", "meta-x"), "up", "pgdn" (also "pagedown"), "f5", "backspace",
/// "delete", "insert", "home", "end". Named keys and modifiers are case-insensitive;
/// a single character is taken as it is ("g" and "G" differ).
public struct KeySpec: Sendable, Hashable, CustomStringConvertible {
    public var key: Key

    public init(_ key: Key) { self.key = key }

    /// Parses a key name; nil when it is not one.
    public init?(_ text: String) {
        guard let k = KeySpec.parse(text) else { return nil }
        key = k
    }

    /// The human form: "Ctrl-r", "Enter", "Shift-Tab", "PgDn".
    public var description: String { key.description }
    /// The config-file form: "ctrl-r", "enter", "shift-tab", "pgdn".
    public var name: String { key.name }

    static let named: [String: Key] = [
        "space": .char(" "), "spc": .char(" "),
        "enter": .enter, "return": .enter, "ret": .enter, "cr": .enter,
        "esc": .escape, "escape": .escape,
        "tab": .tab, "shift-tab": .backTab, "s-tab": .backTab, "backtab": .backTab, "btab": .backTab,
        "backspace": .backspace, "bs": .backspace, "bksp": .backspace,
        "delete": .delete, "del": .delete, "insert": .insert, "ins": .insert,
        "up": .up, "down": .down, "left": .left, "right": .right,
        "home": .home, "end": .end,
        "pgup": .pageUp, "pageup": .pageUp, "page-up": .pageUp, "prior": .pageUp,
        "pgdn": .pageDown, "pagedown": .pageDown, "page-down": .pageDown, "next": .pageDown,
    ]

    /// Parses a key name into a `Key`.
    public static func parse(_ raw: String) -> Key? {
        let text = raw.trimmingSpaces()
        if text.count == 1, let c = text.first {
            return c.isASCII && (c.asciiValue! < 0x20 || c.asciiValue! == 0x7F) ? nil : .char(c)
        }
        let lower = text.lowercased()
        if let k = named[lower] { return k }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { return .function(n) }
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            guard rest.count == 1, let c = rest.lowercased().first, c.isASCII, c.isLetter else { return nil }
            return .ctrl(c)
        }
        for prefix in ["alt-", "alt+", "m-", "meta-"] where lower.hasPrefix(prefix) {
            let rest = String(text.dropFirst(prefix.count))
            if rest.lowercased() == "space" { return .alt(" ") }
            guard rest.count == 1, let c = rest.first else { return nil }
            return .alt(c)
        }
        return nil
    }
}
