import TerminalUI

/// The keys of the MLA board.
enum BoardCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, open, back, filter, nextMatch, prevMatch, quickFilter, clearFilters, sort, reverseSort
    case chase, advance, note, undo, redo
    case copyID, pager

    static let section = "board"
    static let title = "MLA board"
    static let movementWords = MovementWords.list(of: "request")

    var defaultKeys: [Key] {
        switch self {
        case .filter: [.char("/")]
        case .quickFilter: [.char("f")]
        case .clearFilters: [.char("F")]
        case .sort: [.char("s")]
        case .reverseSort: [.char("S")]
        case .note: CaseAction.add.defaultKeys           // "a" adds: here, a note
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .open: "open the request's case"
        case .back: "clear the filter and quick filters; with none, back to Cases"
        case .filter: "filter as you type (request id, case, country code and name, authority, liaison)"
        case .quickFilter: "quick filters: mine, direction, kind, country, overdue, to chase, urgent (Space ticks several values)"
        case .clearFilters: "clear every quick filter"
        case .sort: "cycle the sort: attention (overdue and to chase first), due date, country, days open, last chased"
        case .reverseSort: "reverse the sort"
        case .chase: "record a chase today, with an optional note"
        case .advance: "move to the next status, dated today"
        case .note: "add a note on the request (to the case's notes, dated and signed)"
        case .undo: "undo the last change of this session (asks first when it is another case)"
        case .copyID: "copy the request id to the clipboard (OSC 52)"
        case .pager: "the request's whole case as text in $PAGER (less -R)"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .filter, .quickFilter, .clearFilters, .sort, .reverseSort: "Find"
        case .note: "Requests"
        default: sharedGroup
        }
    }

    var hint: String? {
        switch self {
        case .down: "move"
        case .open: "case"
        case .filter: "filter"
        case .quickFilter: "quick"
        case .sort: "sort"
        case .chase: "chase"
        case .advance: "advance"
        case .note: "note"
        default: nil
        }
    }
}
