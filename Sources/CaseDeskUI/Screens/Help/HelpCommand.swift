import TerminalUI

/// The keys of the help screen.
enum HelpCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back

    static let section = "help"
    static let title = "Help"

    var defaultKeys: [Key] {
        switch self {
        case .up: MovementKeys.up
        case .down: MovementKeys.down
        case .top: MovementKeys.top
        case .bottom: MovementKeys.bottom
        case .pageUp: MovementKeys.pageUp
        case .pageDown: MovementKeys.pageDown
        case .back: MovementKeys.back
        }
    }

    var help: String {
        switch self {
        case .up: "scroll up"
        case .down: "scroll down"
        case .top: "top"
        case .bottom: "bottom"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .back: "back"
        }
    }

    var group: String { "Move" }

    var hint: String? {
        switch self {
        case .down: "scroll"
        case .back: "back"
        default: nil
        }
    }
}
