import TerminalUI

/// The commands of one screen: the key table that dispatches keys, the footer hints, the help
/// screen, the config file and docs/keys.md are all built from these values, so none of them
/// can disagree with another.
protocol CommandSet: RawRepresentable<String>, CaseIterable, Hashable, Sendable where AllCases == [Self] {
    /// The name used in the config file (`cases.sort = s`) and in docs/keys.md.
    static var section: String { get }
    /// The heading of this table in the help screen.
    static var title: String { get }
    var defaultKeys: [Key] { get }
    /// One line for the help screen.
    var help: String { get }
    /// Help screen grouping ("Move", "Find", ...).
    var group: String { get }
    /// A word or two for the footer, nil when the command is not worth footer room.
    var hint: String? { get }
}

extension CommandSet {
    static var defaultMap: KeyMap<Self> {
        KeyMap(allCases.map { KeyBinding($0.defaultKeys, $0, help: $0.help, group: $0.group, inFooter: $0.hint != nil) })
    }
}

/// The default movement keys every screen shares (vim keys with their arrows), so that all
/// screens move alike; each screen still lists them in its own table, where a config file can
/// rebind them per screen.
enum MovementKeys {
    static let up: [Key] = [.char("k"), .up]
    static let down: [Key] = [.char("j"), .down]
    static let top: [Key] = [.char("g"), .home]
    static let bottom: [Key] = [.char("G"), .end]
    static let pageUp: [Key] = [.pageUp, .ctrl("u")]
    static let pageDown: [Key] = [.pageDown, .ctrl("d")]
    static let open: [Key] = [.enter, .char("l")]
    static let back: [Key] = [.escape, .char("h")]
}

/// The default keys of the commands that change a case, the same wherever a screen offers
/// them (ux.md: `a` `e` `d`, `E`, `u`, `c` `>`); each table still lists them, so any one can
/// be rebound per screen.
enum ActionKeys {
    static let add: [Key] = [.char("a")]
    static let edit: [Key] = [.char("e")]
    static let delete: [Key] = [.char("d")]
    static let editJSON: [Key] = [.char("E")]
    static let undo: [Key] = [.char("u")]
    static let redo: [Key] = [.ctrl("r")]
    static let chase: [Key] = [.char("c")]
    static let advance: [Key] = [.char(">")]
    /// A task done (or, on the case's Overview, reopened).
    static let taskDone: [Key] = [.char("x")]
}

/// The keys that hand something to the world outside CaseDesk, alike on every screen that
/// has them: `y` copies an id (vim's yank), `o` opens the whole case in the pager.
enum HandoffKeys {
    static let copyID: [Key] = [.char("y")]
    static let pager: [Key] = [.char("o")]
}
