import TerminalUI

/// The keys of the Agenda.
enum AgendaCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, open, back, done, add, mine, kind, unit, lawyer, range, clearFilters, undo, redo

    static let section = "agenda"
    static let title = "Agenda"
    static let movementWords = MovementWords.list(of: "item")

    var defaultKeys: [Key] {
        switch self {
        case .done: CaseAction.taskDone.defaultKeys
        case .range: [.char("D")]
        case .mine: [.char("m")]
        case .kind: [.char("t")]
        case .unit: [.char("o")]
        case .lawyer: [.char("w")]
        case .clearFilters: [.char("F")]
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .open: "open the case at the tab that holds the item"
        case .done: "mark the selected task done (saved, audited, undoable)"
        case .add: "add a task to the case of the selected item (saved, audited, undoable)"
        case .range: "only items between two dates (:range FROM TO; blank clears)"
        case .mine: "only my cases and tasks (--user), or everyone's"
        case .kind: "cycle the kind shown: all, CTL expiry, CTL review, hearing, ..."
        case .unit: "cycle the unit shown: all, then each unit"
        case .lawyer: "cycle the lawyer shown: all, then each prosecutor"
        case .clearFilters: "clear every filter"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .mine, .kind, .unit, .lawyer, .range, .clearFilters: "Filter"
        case .done, .add: "Tasks"
        default: sharedGroup
        }
    }

    var hint: String? {
        switch self {
        case .down: "move"
        case .open: "case"
        case .done: "done"
        case .add: "task"
        case .range: "dates"
        case .mine: "mine"
        case .kind: "kind"
        case .unit: "unit"
        case .lawyer: "lawyer"
        default: nil
        }
    }
}
