import CaseCore
import TerminalUI

/// What Editing remembers between keys: the undo and redo stacks of this session, and what
/// a case being read is for. Lives in `AppState.editing`.
///
/// Invariant: a step is taken only when its case is on disk at `heads[caseID]`, the revision
/// this session last left it at; a step whose case moved on is refused and kept, never forced.
struct EditingState: Sendable, Equatable {
    var undo: [UndoStep] = []
    var redo: [UndoStep] = []
    /// Where this session last left each case it changed.
    var heads: [String: CaseHead] = [:]
    /// `u` or Ctrl-r asked the store where the stack's cases are and has no answer yet: keys
    /// typed meanwhile wait (they may answer the question it is about to ask).
    var undoChecking = false
    /// An undo or redo being taken (the store has not answered yet).
    var pendingUndo: PendingUndo?
    /// A chase, advance or board note being saved: the case before it, to become a step.
    var boardBefore: [String: Case] = [:]
    /// The command waiting for its case to be read (answered by `.caseLoaded(_, purpose: .edit(.begin))`).
    var pendingBegin: PendingBegin?
    /// The save under way and what it needs when the store answers.
    var inFlight: SaveInFlight?
    /// The version of the case `$EDITOR` is editing (its revision is the base of the save).
    var editorBase: Case?
    /// The clock for a note's time. Injected so that tests are the same every run.
    var clock: @Sendable () -> Timestamp = { Timestamp.now() }

    static func == (a: EditingState, b: EditingState) -> Bool {
        a.undo == b.undo && a.redo == b.redo && a.heads == b.heads && a.undoChecking == b.undoChecking
            && a.pendingUndo == b.pendingUndo
            && a.boardBefore == b.boardBefore && a.pendingBegin == b.pendingBegin && a.inFlight == b.inFlight
            && a.editorBase == b.editorBase
    }
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
    /// The revision of someone else's that this save writes over, kept in the store's history.
    var keptRevision: Int?
}

struct PendingBegin: Sendable, Equatable {
    var command: EditCommand
    var target: EditTarget
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
    /// `u` or Ctrl-r on a case that is not on screen: which case, which change, y/n.
    case confirmUndo(UndoConfirm)
    /// `>` that ends a request: y/n.
    case confirmAdvance(AdvanceConfirm)
    /// Both changed the same fields: theirs or mine, field by field.
    case fieldChoice(FieldChoiceSession)
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
