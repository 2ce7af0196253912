import TerminalUI

/// The keys of the People and units screen (issue 18.9).
enum PeopleCommand: String, CommandSet {
    case up, down, top, bottom, pageUp, pageDown, back, addPerson, addUnit, rename, retire

    static let section = "people"
    static let title = "People and units"
    static let movementWords = MovementWords.list(of: "person or unit")

    var defaultKeys: [Key] {
        switch self {
        case .addPerson: CaseAction.add.defaultKeys
        case .addUnit: [.char("A")]
        case .rename: CaseAction.edit.defaultKeys
        // Retiring is the nearest thing to deleting here: ids are never reused, so it asks first.
        case .retire: CaseAction.delete.defaultKeys
        default: sharedKeys
        }
    }

    var help: String {
        switch self {
        case .addPerson: "add a person: id, name, role (checked as `casedesk people add` checks; audited)"
        case .addUnit: "add a unit: id, name, kind (checked as `casedesk units add` checks; audited)"
        case .rename: "rename the selected person or unit (the id stays; audited)"
        case .retire: "retire the selected person or unit from today, after asking (they stay on their cases; audited)"
        default: sharedHelp
        }
    }

    var group: String {
        switch self {
        case .addPerson, .addUnit, .rename, .retire: "Change"
        default: sharedGroup
        }
    }

    var hint: String? {
        switch self {
        case .down: "move"
        case .addPerson: "add person"
        case .addUnit: "add unit"
        case .rename: "rename"
        case .retire: "retire"
        default: nil
        }
    }
}
