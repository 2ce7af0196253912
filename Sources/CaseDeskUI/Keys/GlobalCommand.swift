import TerminalUI

/// Keys that work on every screen (unless the screen's own table binds the same key).
enum GlobalCommand: String, CommandSet {
    case quit, forceQuit, help, commandLine, messages, reload, redraw, cases, board, dashboard, helpScreen, agenda, people

    static let section = "global"
    static let title = "Everywhere"

    var defaultKeys: [Key] {
        switch self {
        case .quit: [.char("q")]
        case .forceQuit: [.ctrl("c")]
        case .help: [.char("?")]
        case .commandLine: [.char(":")]
        case .messages: [.char("M")]
        case .reload: [.char("r")]
        case .redraw: [.ctrl("l")]
        case .cases: [.char("1")]
        case .board: [.char("2")]
        case .dashboard: [.char("3")]
        case .helpScreen: [.char("4")]
        case .agenda: [.char("5")]
        case .people: [.char("6")]
        }
    }

    var help: String {
        switch self {
        case .quit: "back; quits from the Cases screen"
        case .forceQuit: "quit at once"
        case .help: "help for this screen"
        case .commandLine: "command line (:open ID, :sort COLUMN, :view NAME, :view save NAME, :theme NAME, :export FILE, :messages, :q; Up/Down: history)"
        case .messages: "every message of this session, in full (also :messages)"
        case .reload: "reload the store from disk"
        case .redraw: "redraw the screen"
        case .cases: "Cases screen"
        case .board: "MLA board"
        case .dashboard: "Dashboard"
        case .helpScreen: "Help screen"
        case .agenda: "Agenda: every deadline across the cases"
        case .people: "People and units: add, rename, retire (also :people)"
        }
    }

    var group: String {
        switch self {
        case .cases, .board, .dashboard, .helpScreen, .agenda, .people: "Screens"
        default: "Program"
        }
    }

    var hint: String? {
        switch self {
        case .help: "help"
        case .quit: "quit"
        default: nil
        }
    }
}
