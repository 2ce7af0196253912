import CaseCore
import TerminalUI

/// One change of this session that `u` can take back and Ctrl-r put again: a form, `E`, a
/// chase, an advance, a note, a deletion or a new case. It moves between the undo and redo
/// stacks as it is taken; its content never changes.
struct UndoStep: Sendable, Equatable {
    var caseID: String
    /// What the change did, for messages: "Saved case: title", "Chase of R-101".
    var what: String
    /// The case before the change; nil when the change made it.
    var before: Case?
    /// The case as the change saved it; nil when the change deleted it.
    var after: Case?
    /// The revision the change was made on (nil: a new case) and the one it produced (for a
    /// deletion, the revision deleted, which the trash keeps).
    var revisionBefore: Int?
    var revisionAfter: Int

    /// The content the step goes to, and whether the case is there before it (undo goes to
    /// `before` from `after`, redo the other way).
    func target(redoing: Bool) -> Case? { redoing ? after : before }
    func source(redoing: Bool) -> Case? { redoing ? before : after }
}

/// Where this session last left a case: the revision on disk must still be this one for the
/// newest step of the case to be taken (a step is never forced over someone else's save).
struct CaseHead: Sendable, Equatable {
    var revision: Int
    /// False when this session's last act deleted it (the trash holds `revision`).
    var live: Bool
}

/// A case of the undo (or redo) stack as found on disk by `.checkUndo`: its revision (nil when
/// there is no case file), and when it is not where this session left it, the newest audit
/// entry of the case (who changed it, and when).
public struct UndoProbe: Sendable, Equatable {
    public var caseID: String
    var expected: CaseHead
    var found: Int?
    var lastChange: AuditEntry?
    /// The case could not be read.
    var problem: String?

    init(caseID: String, expected: CaseHead) { self.caseID = caseID; self.expected = expected }

    /// Nobody changed the case since this session left it.
    var unchanged: Bool { problem == nil && (expected.live ? found == expected.revision : found == nil) }

    /// "was changed since by akhan at 2026-11-24T10:15:00Z (revision 6)".
    var changedSince: String {
        if let problem { return "cannot be read (\(problem))" }
        let verb = found == nil ? "deleted" : expected.live ? "changed" : "made again"
        let who = lastChange.map { " by \($0.user) at \($0.at.iso)" } ?? ""
        return "was \(verb) since\(who)" + (found.map { " (revision \($0))" } ?? "")
    }
}

/// An undo or redo under way: its step (found by position and value when the store answers).
struct PendingUndo: Sendable, Equatable {
    var redoing: Bool
    var index: Int
    var step: UndoStep
}

/// `u` found a step whose case is not the one on screen (or had to pass over a case someone
/// else changed): says which case and which change, and waits for y.
struct UndoConfirm: Sendable, Equatable {
    var pending: PendingUndo
    var question: String
    var dialog = DialogState()

    var widget: Dialog {
        Dialog(title: pending.redoing ? "Redo in another case" : "Undo in another case", message: question, kind: .confirm, state: dialog)
    }
}

/// `>` that would end a request (executed, refused, withdrawn) asks first.
struct AdvanceConfirm: Sendable, Equatable {
    var caseID: String
    var requestID: String
    var to: RequestStatus
    var dialog = DialogState()

    var widget: Dialog {
        Dialog(title: "End the request",
               message: "Move \(requestID) to \(to.label.lowercased())? This ends the request (u undoes it).",
               kind: .confirm, state: dialog)
    }
}
