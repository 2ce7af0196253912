import TerminalUI

/// The keys of the case detail screen (Enter on a case).
enum DetailCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back, nextTab, prevTab
    case find, nextMatch, prevMatch
    case chase, advance, taskDone
    case add, edit, delete, editJSON, undo, redo
    case copyID, pager

    static let section = "detail"
    static let title = "Case detail"
    static let movementWords = MovementWords.page

    var defaultKeys: [Key] {
        switch self {
        case .nextTab: [.tab, .right, .char("]")]
        case .prevTab: [.backTab, .left, .char("[")]
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .up: "scroll up (Requests tab: previous request)"
        case .down: "scroll down (Requests tab: next request)"
        case .nextTab: "next tab"
        case .prevTab: "previous tab"
        case .find: "search this tab's text (Enter finds, Esc cancels; matches are highlighted)"
        case .chase: "record a chase on the selected request (Requests tab)"
        case .advance: "move the selected request to its next status (Requests tab)"
        case .taskDone: "mark a task of the case done, or reopen it when done (Overview tab; saved, audited, undoable)"
        case .add: "add to this tab (defendant, hearing, request, note)"
        case .edit: "edit the selected item"
        case .delete: "delete the selected item"
        case .copyID: "copy the case id (Requests tab: the request id) to the clipboard (OSC 52)"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .nextTab, .prevTab: "Move"
        default: sharedGroup
        }
    }

    /// `2]` is the second tab on.
    var countUse: CountUse? {
        switch self {
        case .nextTab, .prevTab: .repeated
        default: sharedCountUse
        }
    }

    var hint: String? {
        switch self {
        case .down: "scroll"
        case .nextTab: "next tab"
        case .back: "back"
        case .chase: "chase"
        case .advance: "advance"
        case .taskDone: "done"
        case .edit: "edit"
        case .editJSON: "JSON"
        default: search?.hint
        }
    }
}
