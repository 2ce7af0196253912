import TerminalUI

/// The keys of the help screen: only the shared movement, worded for a page.
enum HelpCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back

    static let section = "help"
    static let title = "Help"
    static let movementWords = MovementWords.page

    var defaultKeys: [Key] { sharedKeys }

    var help: String { sharedHelp }

    var group: String { sharedGroup }

    var hint: String? {
        switch self {
        case .down: "scroll"
        case .back: "back"
        default: nil
        }
    }
}
