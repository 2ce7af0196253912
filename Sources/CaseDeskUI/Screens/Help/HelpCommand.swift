import TerminalUI

/// The keys of the help screen: the shared movement, worded for a page, and search.
enum HelpCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back, find, nextMatch, prevMatch

    static let section = "help"
    static let title = "Help"
    static let movementWords = MovementWords.page

    var defaultKeys: [Key] { sharedKeys }

    var help: String {
        switch self {
        case .find: "search the help (Enter finds, Esc cancels; matches are highlighted)"
        default: sharedHelp
        }
    }

    var group: String { sharedGroup }

    var hint: String? {
        switch self {
        case .down: "scroll"
        case .back: "back"
        default: search?.hint
        }
    }
}
