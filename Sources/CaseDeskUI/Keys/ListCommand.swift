import TerminalUI

/// The keys of the small lists drawn over a screen: the part picker (`a`/`e`/`d` on a tab with
/// several parts), the `f` menu's values, a damaged file's problems and the message log. One
/// table for all of them, so they move alike and a config file rebinds them once (`list.down`).
enum ListCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, pick, toggle, close

    static let section = "list"
    static let title = "Pickers, menus and pop-up lists"
    static let movementWords = MovementWords.list(of: "item")

    var defaultKeys: [Key] {
        switch self {
        case .up: sharedKeys + [.backTab]
        case .down: sharedKeys + [.tab]
        case .pageDown: sharedKeys
        case .pick: Movement.open.defaultKeys
        // Ticks a value in the `f` menu's lists; pages down in a list that only shows text, as in less.
        case .toggle: [.char(" ")]
        case .close: [.escape, .char("q"), .char("h")]
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .pick: "choose the item (a list that only shows text closes)"
        case .toggle: "tick or untick a value of a quick filter (several combine with or); a list that only shows text pages down"
        case .close: "close without choosing"
        default: sharedHelp
        }
    }

    var group: String { self == .pick || self == .toggle || self == .close ? "Choose" : sharedGroup }

    var hint: String? { nil }
}
