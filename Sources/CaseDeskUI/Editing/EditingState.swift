import CaseCore
import TerminalUI

/// What Editing remembers between keys: the undo and redo stacks of this session, and what
/// a case being read is for. Lives in `AppState.editing`.
///
/// Invariant: each `UndoStep` names the revision that must still be on disk for the step to
/// be taken; a step whose case moved on is refused, never forced.
struct EditingState: Sendable, Equatable {
    var undo: [UndoStep] = []
    var redo: [UndoStep] = []
    /// The command waiting for its case to be read (answered by `caseLoaded(tag: "begin")`).
    var pendingBegin: PendingBegin?
    /// The save under way and what it needs when the store answers.
    var inFlight: SaveInFlight?
    /// The version of the case `$EDITOR` is editing (its revision is the base of the save).
    var editorBase: Case?
    /// A refused undo or redo waiting for the audit trail to say who saved the case since:
    /// (case id, the message without the name).
    var refusal: Refusal?
    /// The clock for a note's time. Injected so that tests are the same every run.
    var clock: @Sendable () -> Timestamp = { Timestamp.now() }

    static func == (a: EditingState, b: EditingState) -> Bool {
        a.undo == b.undo && a.redo == b.redo && a.pendingBegin == b.pendingBegin && a.inFlight == b.inFlight
            && a.editorBase == b.editorBase && a.refusal == b.refusal
    }
}

/// An undo refused because someone else saved the case since; finished with their name
/// when the audit trail arrives.
struct Refusal: Sendable, Equatable {
    var caseID: String
    /// The version on disk: the newest audit entry of the case made it.
    var onDisk: Case
    var message: String
}

/// A save Editing asked for: the version it replaces, this user's version, and where it came
/// from, so that a refusal can show the conflict and a success can be undone.
struct SaveInFlight: Sendable, Equatable {
    /// The version the change was made on (nil for a new case).
    var before: Case?
    var mine: Case
    /// The form's edit, re-applicable to a newer version; nil for a JSON edit or an undo.
    var edit: CaseEdit?
    var form: FormSession?
    /// The JSON text, for a save from `$EDITOR`.
    var editorText: String?
    var what: String
    /// Said before `what` in the message after the save ("Reapplied").
    var lead: String?
}

struct PendingBegin: Sendable, Equatable {
    var command: EditCommand
    var target: EditTarget
}

/// One change of this session that `u` can take back (or Ctrl-r put again): save `target`'s
/// content over `current`, which must still be the version on disk. A whole case made or
/// deleted is a step too: taking back a new case deletes it (to the store's trash, as any
/// deletion), and taking back a deletion saves the case again under its id.
struct UndoStep: Sendable, Equatable {
    var caseID: String
    /// The case as it is on disk after the change (with its revision); nil when the change
    /// deleted it.
    var current: Case?
    /// The content to go back to; nil when the change made the case (going back deletes it).
    var target: Case?
    /// What the step did, for messages: "defendant D2: custody".
    var what: String

    /// The step that takes this one back once it has been taken: `now` is the case as the
    /// step left it on disk (nil: deleted).
    func inverse(now: Case?) -> UndoStep {
        UndoStep(caseID: caseID, current: now, target: current, what: what)
    }
}

/// The tags of Editing's loads and saves (`LoadPurpose.edit(tag:)`, `SavePurpose.edit(tag:)`).
enum EditTag {
    static let begin = "begin"
    static let conflict = "conflict"
    static let save = "save"
    static let deleteCase = "deleteCase"
    static let json = "json"
    static let undo = "undo"
    static let redo = "redo"
}

/// The forms and dialogs of Editing, drawn over the screen (`Overlay.editing`).
enum EditingOverlay: Sendable, Equatable {
    /// Which part of the case `a`, `e` or `d` applies to, when the tab holds more than one.
    case picker(PartPicker)
    case form(FormSession)
    /// `d`: "Delete …?" Yes / No.
    case confirmDelete(DeleteSession)
    /// Someone else saved the case first.
    case conflict(ConflictSession)
    /// The JSON from `$EDITOR` does not make a valid case.
    case editorProblems(EditorSession)
}

/// The case text being edited in `$EDITOR`, and what is wrong with it.
struct EditorSession: Sendable, Equatable {
    var base: Case
    var text: String
    var problems: [Problem]
    var scroll = 0
    var dialog = DialogState()
}

struct DeleteSession: Sendable, Equatable {
    var base: Case
    /// nil: the whole case.
    var edit: CaseEdit?
    var question: String
    var dialog = DialogState(selected: 1)
}
