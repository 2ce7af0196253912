/// One decoded key press. Every backend decodes into this one enum.
///
/// Invariants: `.char` holds a printable character (space included) and never a control
/// character; `.ctrl` holds a lower-case ASCII letter (Ctrl-a … Ctrl-z; Tab, Enter, Esc and
/// Backspace have their own cases); `.alt` holds the character typed with Alt (or Esc-prefixed).
public enum Key: Sendable, Hashable {
    case char(Character)
    case ctrl(Character)
    case alt(Character)
    case up, down, left, right
    case home, end, pageUp, pageDown
    case tab, backTab, enter, escape, backspace, delete, insert
    case function(Int)

    /// The name used in config files and accepted by `KeySpec`: "j", "G", "space", "enter",
    /// "esc", "tab", "shift-tab", "ctrl-r", "alt-x", "up", "pgdn", "f5".
    public var name: String {
        switch self {
        case .char(" "): return "space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "ctrl-\(c)"
        case .alt(" "): return "alt-space"
        case .alt(let c): return "alt-\(c)"
        case .up: return "up"
        case .down: return "down"
        case .left: return "left"
        case .right: return "right"
        case .home: return "home"
        case .end: return "end"
        case .pageUp: return "pgup"
        case .pageDown: return "pgdn"
        case .tab: return "tab"
        case .backTab: return "shift-tab"
        case .enter: return "enter"
        case .escape: return "esc"
        case .backspace: return "backspace"
        case .delete: return "delete"
        case .insert: return "insert"
        case .function(let n): return "f\(n)"
        }
    }

    /// The human form for help screens and footers: "Ctrl-r", "Enter", "Shift-Tab", "PgDn".
    public var description: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return Sanitizer.visible(String(c))
        case .ctrl(let c): return "Ctrl-\(c)"
        case .alt(" "): return "Alt-Space"
        case .alt(let c): return "Alt-\(Sanitizer.visible(String(c)))"
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .home: return "Home"
        case .end: return "End"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        }
    }

    /// A compact form for one-line footers: arrows as "↑↓←→", otherwise `description`.
    public var short: String {
        switch self {
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        default: return description
        }
    }
}
