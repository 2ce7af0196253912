import TerminalUI

/// The keys of the help screen: the shared movement, worded for a page, and search.
enum HelpCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back, find, nextMatch, prevMatch

    static let section = "help"
    static let title = "Help"
    static let movementWords = MovementWords.page

    var defaultKeys: [Key] {
        switch self {
        case .find: FindKeys.find
        case .nextMatch: FindKeys.next
        case .prevMatch: FindKeys.previous
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .find: "search the help (Enter finds, Esc cancels; matches are highlighted)"
        case .nextMatch: "next match (wraps at the end)"
        case .prevMatch: "previous match"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .find, .nextMatch, .prevMatch: "Find"
        default: sharedGroup
        }
    }

    var hint: String? {
        switch self {
        case .down: "scroll"
        case .find: "search"
        case .back: "back"
        default: nil
        }
    }
}
