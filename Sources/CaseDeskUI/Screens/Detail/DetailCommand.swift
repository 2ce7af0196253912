import TerminalUI

/// The keys of the case detail screen (Enter on a case).
enum DetailCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back, nextTab, prevTab
    case chase, advance, taskDone
    case add, edit, delete, editJSON, undo, redo
    case copyID, pager

    static let section = "detail"
    static let title = "Case detail"

    var defaultKeys: [Key] {
        switch self {
        case .up: MovementKeys.up
        case .down: MovementKeys.down
        case .top: MovementKeys.top
        case .bottom: MovementKeys.bottom
        case .pageUp: MovementKeys.pageUp
        case .pageDown: MovementKeys.pageDown
        case .back: MovementKeys.back
        case .nextTab: [.tab, .right, .char("]")]
        case .prevTab: [.backTab, .left, .char("[")]
        case .chase: ActionKeys.chase
        case .advance: ActionKeys.advance
        case .taskDone: ActionKeys.taskDone
        case .add: ActionKeys.add
        case .edit: ActionKeys.edit
        case .delete: ActionKeys.delete
        case .editJSON: ActionKeys.editJSON
        case .undo: ActionKeys.undo
        case .redo: ActionKeys.redo
        case .copyID: HandoffKeys.copyID
        case .pager: HandoffKeys.pager
        }
    }

    var help: String {
        switch self {
        case .up: "scroll up (Requests tab: previous request)"
        case .down: "scroll down (Requests tab: next request)"
        case .top: "top"
        case .bottom: "bottom"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .back: "back"
        case .nextTab: "next tab"
        case .prevTab: "previous tab"
        case .chase: "record a chase on the selected request (Requests tab)"
        case .advance: "move the selected request to its next status (Requests tab)"
        case .taskDone: "mark a task of the case done, or reopen it when done (Overview tab; saved, audited, undoable)"
        case .add: "add to this tab (defendant, hearing, request, note)"
        case .edit: "edit the selected item"
        case .delete: "delete the selected item"
        case .editJSON: "edit the case as JSON in $EDITOR"
        case .undo: "undo the last change of this session"
        case .redo: "redo"
        case .copyID: "copy the case id (Requests tab: the request id) to the clipboard (OSC 52)"
        case .pager: "the whole case as text in $PAGER (less -R)"
        }
    }

    var group: String {
        switch self {
        case .up, .down, .top, .bottom, .pageUp, .pageDown, .back, .nextTab, .prevTab: "Move"
        case .chase, .advance: "Requests"
        case .taskDone: "Tasks"
        case .add, .edit, .delete, .editJSON, .undo, .redo: "Change"
        case .copyID, .pager: "Hand off"
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
        default: nil
        }
    }
}
