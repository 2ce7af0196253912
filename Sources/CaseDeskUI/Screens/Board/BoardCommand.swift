import TerminalUI

/// The keys of the MLA board.
enum BoardCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, open, back, sort, reverseSort, chase, advance, note, undo, redo
    case copyID, pager

    static let section = "board"
    static let title = "MLA board"

    var defaultKeys: [Key] {
        switch self {
        case .up: MovementKeys.up
        case .down: MovementKeys.down
        case .top: MovementKeys.top
        case .bottom: MovementKeys.bottom
        case .pageUp: MovementKeys.pageUp
        case .pageDown: MovementKeys.pageDown
        case .open: MovementKeys.open
        case .back: MovementKeys.back
        case .sort: [.char("s")]
        case .reverseSort: [.char("S")]
        case .chase: ActionKeys.chase
        case .advance: ActionKeys.advance
        case .note: ActionKeys.add           // "a" adds: here, a note
        case .undo: ActionKeys.undo
        case .redo: ActionKeys.redo
        case .copyID: HandoffKeys.copyID
        case .pager: HandoffKeys.pager
        }
    }

    var help: String {
        switch self {
        case .up: "previous request"
        case .down: "next request"
        case .top: "first request"
        case .bottom: "last request"
        case .pageUp: "page up"
        case .pageDown: "page down"
        case .open: "open the request's case"
        case .back: "back to Cases"
        case .sort: "cycle the sort: due date, country, days open, last chased"
        case .reverseSort: "reverse the sort"
        case .chase: "record a chase today, with an optional note"
        case .advance: "move to the next status, dated today"
        case .note: "add a note on the request (to the case's notes, dated and signed)"
        case .undo: "undo the last change of this session (asks first when it is another case)"
        case .redo: "redo"
        case .copyID: "copy the request id to the clipboard (OSC 52)"
        case .pager: "the request's whole case as text in $PAGER (less -R)"
        }
    }

    var group: String {
        switch self {
        case .up, .down, .top, .bottom, .pageUp, .pageDown, .open, .back: "Move"
        case .sort, .reverseSort: "Find"
        case .chase, .advance, .note: "Requests"
        case .undo, .redo: "Change"
        case .copyID, .pager: "Hand off"
        }
    }

    var hint: String? {
        switch self {
        case .down: "move"
        case .open: "case"
        case .sort: "sort"
        case .chase: "chase"
        case .advance: "advance"
        case .note: "note"
        default: nil
        }
    }
}
