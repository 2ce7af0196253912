import CaseCore

/// What is drawn over the screen and takes the keys first. One at a time: opening one
/// replaces the other.
enum Overlay: Sendable, Equatable {
    /// `:` at the bottom line.
    case commandLine(LineInput)
    /// The optional note of a chase, at the bottom line; Enter saves, Esc cancels.
    case chaseNote(ChaseTarget, LineInput)
    /// `f`: choose a quick filter, then (for some) a value.
    case quickFilter(QuickFilterMenu)
    /// The problems of a damaged case file (Enter on a damaged row).
    case problems(DamagedCase, scroll: Int)
    /// `:messages` or `M`: every message of the session, in full (`MessageLog`).
    case messages(scroll: Int)
    /// Forms and confirmations of Editing.
    case editing(EditingOverlay)
    /// The People and units screen's form: add, rename, or confirm a retirement.
    case people(PeopleForm)
}

/// The request a chase or advance applies to, with the revision the user saw.
struct ChaseTarget: Sendable, Equatable {
    var caseID: String
    var requestID: String
    /// The prompt adds a note on the request (`a` on the board) instead of recording a chase.
    var isNote = false
}
