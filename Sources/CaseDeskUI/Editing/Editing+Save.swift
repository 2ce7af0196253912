import CaseCore
import TerminalUI

/// Enter on a form, Yes on a deletion, and the store's answers.
extension Editing {
    static func submit(_ state: inout AppState, _ session: FormSession) -> [Effect] {
        var s = session
        switch s.form.edit(today: state.today) {
        case .failure(let p):
            s.show(p)
            state.overlay = .editing(.form(s))
            return []
        case .success(let edit):
            if edit.operation == .update, edit.values.isEmpty {
                state.overlay = nil
                state.message = Message(text: "No change; nothing saved.", kind: .info)
                return []
            }
            return save(&state, edit: edit, on: s.base, form: s)
        }
    }

    /// Applies `edit` to `base`, checks the whole case, and asks the store to save it with
    /// `base`'s revision. On a problem the form stays open with the problem at its field.
    static func save(_ state: inout AppState, edit: CaseEdit, on base: Case?, form: FormSession?) -> [Effect] {
        var s = form
        let c: Case
        do {
            c = try edit.apply(to: base, context: context(state))
        } catch {
            return keepForm(&state, s, FormProblems([error]))
        }
        let problems = blockingProblems(c, state)
        if !problems.isEmpty {
            let placed = s.map { $0.form.place(problems, in: c) } ?? problems.map { FieldProblem(key: nil, message: $0.description) }
            return keepForm(&state, s, FormProblems(placed))
        }
        s?.saving = true
        s?.base = base
        if let s { state.overlay = .editing(.form(s)) } else { state.overlay = nil }
        state.editing.inFlight = SaveInFlight(before: base, mine: c, edit: edit, form: s, what: edit.summary)
        return [.save(c, baseRevision: base?.revision, action: edit.auditAction, purpose: .edit(.form))]
    }

    static func keepForm(_ state: inout AppState, _ s: FormSession?, _ p: FormProblems) -> [Effect] {
        if var s {
            s.saving = false
            s.show(p)
            state.overlay = .editing(.form(s))
        } else {
            state.overlay = nil
            state.message = Message(text: p.problems.map(\.message).joined(separator: "; "), kind: .error)
        }
        return []
    }

    static func confirmDelete(_ state: inout AppState, _ d: DeleteSession) -> [Effect] {
        guard let edit = d.edit else {
            state.overlay = nil
            state.editing.inFlight = SaveInFlight(before: d.base, mine: d.base, what: "case \(d.base.id) deleted")
            return [.delete(id: d.base.id, baseRevision: d.base.revision, purpose: .edit(.deleteCase))]
        }
        return save(&state, edit: edit, on: d.base, form: nil)
    }

    static func saved(_ state: inout AppState, _ c: Case, purpose: EditSave) -> [Effect] {
        if case .undo = purpose { return undoTaken(&state, c) }
        let flight = state.editing.inFlight
        state.editing.inFlight = nil
        state.overlay = nil
        let what = flight?.what ?? "Saved"
        if let flight {
            // A new case (no `before`) is a step too: taking it back deletes it.
            record(&state, UndoStep(caseID: c.id, what: what, before: flight.before, after: c,
                                    revisionBefore: flight.before?.revision, revisionAfter: c.revision))
        }
        let lead = flight?.lead.map { $0 + ": " } ?? ""
        let kept = flight?.keptRevision.map { "; their revision \($0) is kept in the store's history" } ?? ""
        state.message = Message(text: "\(lead)\(what) — \(c.id) saved (revision \(c.revision))\(kept).", kind: .success)
        return []
    }

    /// The store deleted a case Editing asked it to: the whole-case deletion (`d`, Yes) becomes
    /// an undo step, an undo or redo is taken. The summary is already gone (AppReducer).
    static func deleted(_ state: inout AppState, id: String, purpose: EditSave) -> [Effect] {
        switch purpose {
        case .undo: return undoTaken(&state, nil)
        case .deleteCase:
            guard let flight = state.editing.inFlight, let before = flight.before, before.id == id else { return [] }
            state.editing.inFlight = nil
            record(&state, UndoStep(caseID: id, what: flight.what, before: before, after: nil,
                                    revisionBefore: before.revision, revisionAfter: before.revision))
            state.message = Message(text: "Case \(id) deleted (its file is in the store's trash; u brings it back).", kind: .success)
            return []
        case .form: return []
        }
    }

    static func saveFailed(_ state: inout AppState, id: String, message: String, stale: Bool, purpose: EditSave) -> [Effect] {
        if case .undo(let redoing) = purpose {
            return undoFailed(&state, id: id, message: message, stale: stale, redoing: redoing)
        }
        guard let flight = state.editing.inFlight else {
            state.message = Message(text: message, kind: .error)
            return []
        }
        if stale {
            state.message = Message(text: "\(id) was saved by someone else first; reading their version…", kind: .info)
            return [.loadCase(id: id, purpose: .edit(.conflict)), .loadAudit(caseID: id)]
        }
        state.editing.inFlight = nil
        // Disk full, permission, a lock: say why, keep every character typed.
        if var s = flight.form {
            s.saving = false
            s.saveError = "Not saved: " + message
            state.overlay = .editing(.form(s))
        } else if let text = flight.editorText, let base = flight.before {
            state.overlay = .editing(.editorProblems(EditorSession(base: base, text: text, problems: [Problem(message: "Not saved: " + message)])))
        } else {
            state.message = Message(text: "Not saved: " + message, kind: .error)
        }
        return []
    }

    /// The version on disk is read: show what they changed and what this user changed.
    static func conflict(_ state: inout AppState, theirs: Case) -> [Effect] {
        guard let flight = state.editing.inFlight, let base = flight.before else { return [] }
        state.editing.inFlight = nil
        state.replaceCase(theirs)
        if state.detail.caseID == theirs.id { state.detail.loaded = theirs }
        var form = flight.form
        form?.saving = false
        var session = ConflictSession(base: base, theirs: theirs, mine: flight.mine, edit: flight.edit, form: form)
        session.editorText = flight.editorText
        state.overlay = .editing(.conflict(session))
        state.message = nil
        return []
    }

    static func resolve(_ state: inout AppState, _ c: ConflictSession, _ outcome: ConflictSession.Outcome) -> [Effect] {
        switch outcome {
        case .none: return []
        case .cancel:
            if var form = c.form {
                form.saveError = "Not saved: \(c.theirs.id) was saved by someone else first. Enter shows the choices again."
                state.overlay = .editing(.form(form))
            }
            return []
        case .choose(.keepTheirs):
            state.overlay = nil
            state.message = Message(text: "Kept their version of \(c.theirs.id) (revision \(c.theirs.revision)); your change was not saved.", kind: .info)
            return []
        case .choose(.overwrite):
            state.overlay = nil
            state.editing.inFlight = SaveInFlight(before: c.theirs, mine: c.mine, edit: c.edit, form: nil,
                                                  editorText: c.editorText, what: "Saved over their change",
                                                  keptRevision: c.theirs.revision)
            return [.saveKeeping(c.mine, baseRevision: c.theirs.revision, action: "update", purpose: .edit(.form))]
        case .choose(.reapply):
            guard let edit = c.edit else {
                // A JSON edit cannot be re-applied field by field: reopen it, on their version.
                return openEditor(&state, on: c.theirs, text: c.editorText)
            }
            var form = c.form
            form?.base = c.theirs
            form?.saveError = nil
            // Where both changed a field, re-applying mine would replace theirs unseen: ask, per field.
            if let merged = try? edit.apply(to: c.theirs, context: context(state)) {
                let conflicts = FieldMerge.conflicts(base: c.base, theirs: c.theirs, mine: c.mine, merged: merged)
                if !conflicts.isEmpty {
                    state.overlay = .editing(.fieldChoice(FieldChoiceSession(conflict: c, merged: merged, conflicts: conflicts)))
                    return []
                }
            }
            let effects = save(&state, edit: edit, on: c.theirs, form: form)
            if state.editing.inFlight != nil { state.editing.inFlight?.lead = "Reapplied on their version" }
            return effects
        }
    }
}
