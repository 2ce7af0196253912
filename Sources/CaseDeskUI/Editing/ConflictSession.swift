import CaseCore
import TerminalUI

/// Someone else saved the case while this user was editing it. Shows what they changed (the
/// difference between the version the edit started from and the version now on disk) and
/// what this user changed, and offers: reload and reapply my edit, keep theirs, or save mine
/// over theirs (after a second confirmation).
struct ConflictSession: Sendable, Equatable {
    /// The version the edit started from.
    var base: Case
    /// The version on disk now.
    var theirs: Case
    /// This user's version (base + edit), as it would have been saved.
    var mine: Case
    /// The form edit, when there is one: it can be re-applied to `theirs`. nil for a JSON edit.
    var edit: CaseEdit?
    /// The form the edit came from, to reopen on `theirs` if the re-applied edit is refused.
    var form: FormSession?
    var theirChanges: [FieldChange]
    var myChanges: [FieldChange]
    /// The JSON text of an edit from `$EDITOR`, reopened by the first choice.
    var editorText: String?
    /// "by akhan at 2026-11-24T10:15:00Z", from the audit trail once it is read.
    var byWhom: String?
    var dialog = DialogState()
    /// "Save mine over theirs" asks once more before overwriting.
    var confirmingOverwrite = false
    var scroll = 0

    init(base: Case, theirs: Case, mine: Case, edit: CaseEdit?, form: FormSession?) {
        self.base = base; self.theirs = theirs; self.mine = mine; self.edit = edit; self.form = form
        theirChanges = FieldChange.between(base.toJSON(), theirs.toJSON())
        myChanges = FieldChange.between(base.toJSON(), mine.toJSON())
    }

    enum Choice: Int, CaseIterable { case reapply, keepTheirs, overwrite }

    var options: [String] {
        edit == nil
            ? ["Reopen my text in $EDITOR to merge theirs", "Keep theirs (discard mine)", "Save mine over theirs"]
            : ["Reload and reapply my edit", "Keep theirs (discard mine)", "Save mine over theirs"]
    }

    var dialogWidget: Dialog {
        if confirmingOverwrite {
            return Dialog(title: "Overwrite their change?",
                          message: "Their change to \(theirs.id) (revision \(theirs.revision)) will be replaced by yours. Their revision is kept in the store's history (casedesk log \(theirs.id) --show \(theirs.revision)).",
                          kind: .confirm, state: dialog)
        }
        return Dialog(title: "", message: "", kind: .choice(options), state: dialog)
    }

    enum Outcome: Equatable { case none, choose(Choice), cancel }

    mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .pageDown, .ctrl("d"): scroll += 5; return .none
        case .pageUp, .ctrl("u"): scroll = max(0, scroll - 5); return .none
        default: break
        }
        let widget = dialogWidget
        guard let outcome = dialog.handle(key, for: widget) else { return .none }
        if confirmingOverwrite {
            confirmingOverwrite = false
            dialog = DialogState(selected: Choice.overwrite.rawValue)
            if outcome == .chosen(0) { return .choose(.overwrite) }
            return .none
        }
        switch outcome {
        case .cancelled: return .cancel
        case .chosen(let i):
            let choice = Choice(rawValue: i) ?? .keepTheirs
            if choice == .overwrite {
                confirmingOverwrite = true
                dialog = DialogState(selected: 1)
                return .none
            }
            return .choose(choice)
        }
    }
}
