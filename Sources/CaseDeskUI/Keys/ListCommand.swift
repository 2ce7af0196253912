import TerminalUI

/// The keys of the small lists drawn over a screen: the part picker (`a`/`e`/`d` on a tab with
/// several parts), the `f` menu's values, a damaged file's problems and the message log. One
/// table for all of them, so they move alike and a config file rebinds them once (`list.down`).
enum ListCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, pick, close

    static let section = "list"
    static let title = "Pickers, menus and pop-up lists"

    var defaultKeys: [Key] {
        switch self {
        case .up: MovementKeys.up + [.backTab]
        case .down: MovementKeys.down + [.tab]
        case .top: MovementKeys.top
        case .bottom: MovementKeys.bottom
        case .pageUp: MovementKeys.pageUp
        case .pageDown: MovementKeys.pageDown + [.char(" ")]
        case .pick: MovementKeys.open
        case .close: [.escape, .char("q"), .char("h")]
        }
    }

    var help: String {
        switch self {
        case .up: "previous item"
        case .down: "next item"
        case .top: "first item"
        case .bottom: "last item"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .pick: "choose the item (a list that only shows text closes)"
        case .close: "close without choosing"
        }
    }

    var group: String { self == .pick || self == .close ? "Choose" : "Move" }

    var hint: String? { nil }
}
