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
    /// How the help screen words this screen's movement commands.
    static var movementWords: MovementWords { get }
    /// What a count typed before the command does (Keys/CountPrefix.swift); nil when it means
    /// nothing to it and is refused.
    var countUse: CountUse? { get }
}

extension CommandSet {
    static var defaultMap: KeyMap<Self> {
        KeyMap(allCases.map { KeyBinding($0.defaultKeys, $0, help: $0.help, group: $0.group, inFooter: $0.hint != nil) })
    }

    /// A table without movement commands (the global one) need not say.
    static var movementWords: MovementWords { .page }

    /// A screen whose own commands take no count need not say.
    var countUse: CountUse? { sharedCountUse }

    /// The shared movement this command is: the one of the same name (`up`, `open`, ...).
    var movement: Movement? { Movement(rawValue: rawValue) }

    /// The shared action this command is: the one of the same name (`undo`, `pager`, ...).
    var caseAction: CaseAction? { CaseAction(rawValue: rawValue) }

    /// The shared search command this is: the one of the same name (`find`, `nextMatch`, ...).
    var search: Search? { Search(rawValue: rawValue) }

    // A screen's switches list only its own commands and what it words or binds differently;
    // their `default:` branch is one of these, so the shared commands are written once, here.

    /// The shared movement's, action's or search's default keys ([] for a command that is
    /// none of them: a test checks that every command has keys).
    var sharedKeys: [Key] { movement?.defaultKeys ?? caseAction?.defaultKeys ?? search?.defaultKeys ?? [] }
    /// The shared movement's help line in this screen's words, or the shared action's or search's.
    var sharedHelp: String { movement.map { $0.help(Self.movementWords) } ?? caseAction?.help ?? search?.help ?? "" }
    /// The help screen group of the shared movement, action or search.
    var sharedGroup: String {
        if movement != nil { return Movement.group }
        if search != nil { return Search.group }
        return caseAction?.group ?? ""
    }
}

/// The movement every screen shares (vim keys with their arrows), so that all screens move
/// alike. Each screen's table still has these commands under their own names, where a config
/// file can rebind them per screen (`board.down = ctrl-n down`).
enum Movement: String, CaseIterable, Sendable {
    case up, down, top, bottom, pageUp, pageDown, open, back

    static let group = "Move"

    var defaultKeys: [Key] {
        switch self {
        case .up: [.char("k"), .up]
        case .down: [.char("j"), .down]
        case .top: [.char("g"), .home]
        case .bottom: [.char("G"), .end]
        case .pageUp: [.pageUp, .ctrl("u")]
        case .pageDown: [.pageDown, .ctrl("d")]
        case .open: [.enter, .char("l")]
        case .back: [.escape, .char("h")]
        }
    }

    func help(_ words: MovementWords) -> String {
        switch (self, words) {
        case (.pageUp, _): "page up"
        case (.pageDown, _): "page down"
        case (.up, .list(let noun)): "previous \(noun)"
        case (.down, .list(let noun)): "next \(noun)"
        case (.top, .list(let noun)): "first \(noun)"
        case (.bottom, .list(let noun)): "last \(noun)"
        case (.open, .list(let noun)): "open the \(noun)"
        case (.back, .list): "back to Cases"
        case (.up, .page): "scroll up"
        case (.down, .page): "scroll down"
        case (.top, .page): "top"
        case (.bottom, .page): "bottom"
        case (.open, .page): "open"
        case (.back, .page): "back"
        }
    }
}

/// What a screen's movement moves over, for its help lines.
enum MovementWords: Sendable {
    /// A list of things: "previous request", "first request".
    case list(of: String)
    /// A page that scrolls: "scroll up", "top".
    case page
}

/// The commands that change a case or hand it to the world outside, with the same default
/// keys and help group wherever a screen offers them (ux.md: `a` `e` `d`, `E`, `u`, `c` `>`;
/// `y` copies an id as vim yanks, `o` opens the case in the pager). Each screen still lists
/// them under its own names, so any one can be rebound per screen; the help line stays the
/// screen's, since what `a` adds differs from screen to screen.
enum CaseAction: String, CaseIterable, Sendable {
    case add, edit, delete, editJSON, undo, redo, chase, advance, taskDone, copyID, pager

    /// Whether the action changes a case (undo and redo too). A count before one is refused
    /// even right after a screen digit (`3>`), so a count typed by mistake changes nothing.
    var changesCase: Bool {
        switch self {
        case .copyID, .pager: false
        case .add, .edit, .delete, .editJSON, .undo, .redo, .chase, .advance, .taskDone: true
        }
    }

    var defaultKeys: [Key] {
        switch self {
        case .add: [.char("a")]
        case .edit: [.char("e")]
        case .delete: [.char("d")]
        case .editJSON: [.char("E")]
        case .undo: [.char("u")]
        case .redo: [.ctrl("r")]
        case .chase: [.char("c")]
        case .advance: [.char(">")]
        // A task done (or, on the case's Overview, reopened).
        case .taskDone: [.char("x")]
        case .copyID: [.char("y")]
        case .pager: [.char("o")]
        }
    }

    /// The help line where every screen says the same; nil where each screen words its own.
    var help: String? {
        switch self {
        case .undo: "undo the last change of this session"
        case .redo: "redo"
        case .editJSON: "edit the case as JSON in $EDITOR"
        case .pager: "the whole case as text in $PAGER (less -R)"
        default: nil
        }
    }

    var group: String {
        switch self {
        case .add, .edit, .delete, .editJSON, .undo, .redo: "Change"
        case .chase, .advance: "Requests"
        case .taskDone: "Tasks"
        case .copyID, .pager: "Hand off"
        }
    }
}

/// Searching, as in less and vim: `/` types a pattern (each screen words what it searches),
/// `n` and `N` go to the next and previous match, wrapping at the end. Written once here like
/// `Movement`, so the detail, the help screen and the case list's `n`/`N` bind and say the same.
enum Search: String, CaseIterable, Sendable {
    case find, nextMatch, prevMatch

    static let group = "Find"

    var defaultKeys: [Key] {
        switch self {
        case .find: [.char("/")]
        case .nextMatch: [.char("n")]
        case .prevMatch: [.char("N")]
        }
    }

    /// The help line where every screen says the same; nil for `find`, which each screen
    /// words for what it searches.
    var help: String? {
        switch self {
        case .find: nil
        case .nextMatch: "next match (wraps at the end)"
        case .prevMatch: "previous match"
        }
    }

    /// The footer's word for starting a search; the match keys are not worth footer room.
    var hint: String? { self == .find ? "search" : nil }
}
