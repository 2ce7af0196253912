import TerminalUI

/// The keys of the Cases (home) screen. Which pane a command works in is `panes`.
enum CasesCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, open, back, nextPane, prevPane
    case filter, nextMatch, prevMatch, sort, reverseSort, quickFilter, clearFilters
    case chase, advance
    case add, edit, delete, editJSON, undo, redo
    case copyID, pager

    static let section = "cases"
    static let title = "Cases"
    static let movementWords = MovementWords.list(of: "row")

    var defaultKeys: [Key] {
        switch self {
        case .nextPane: [.tab]
        case .prevPane: [.backTab]
        case .filter: [.char("/")]
        case .sort: [.char("s")]
        case .reverseSort: [.char("S")]
        case .quickFilter: [.char("f")]
        case .clearFilters: [.char("F")]
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .up: "move up"
        case .down: "move down"
        case .open: "open the case (a damaged case: its problems)"
        case .back: "clear the filter and quick filters"
        case .nextPane: "next pane"
        case .prevPane: "previous pane"
        case .filter: "filter as you type (id, title, names, offences, countries)"
        case .nextMatch: "next match"
        case .prevMatch: "previous match"
        case .sort: "cycle the sort column"
        case .reverseSort: "reverse the sort"
        case .quickFilter: "quick filters: status, crime type, unit, lawyer (Space ticks several values), open, mine, overdue, CTL at risk, no next action"
        case .clearFilters: "clear every quick filter"
        case .chase: "record a chase on the selected request (Requests pane)"
        case .advance: "move the selected request to its next status (Requests pane)"
        case .add: "add a case"
        case .edit: "edit the selected case"
        case .delete: "delete the selected case"
        case .copyID: "copy the case id (Requests pane: the request id) to the clipboard (OSC 52)"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .nextPane, .prevPane: "Move"
        case .filter, .nextMatch, .prevMatch, .sort, .reverseSort, .quickFilter, .clearFilters: "Find"
        default: sharedGroup
        }
    }

    var hint: String? {
        switch self {
        case .down: "move"
        case .open: "open"
        case .nextPane: "pane"
        case .filter: "filter"
        case .sort: "sort"
        case .quickFilter: "quick"
        case .chase: "chase"
        case .advance: "advance"
        case .edit: "edit"
        default: nil
        }
    }

    /// The panes where the command means something; the footer shows only those.
    var panes: Set<CasesPane> {
        switch self {
        case .chase, .advance: [.requests]
        case .filter, .nextMatch, .prevMatch, .sort, .reverseSort, .quickFilter, .clearFilters, .add, .delete: [.list]
        default: [.list, .detail, .requests]
        }
    }
}
