import CaseCore

/// `u` and Ctrl-r. An undo is a new save of the previous content (audit action `undo`), so the
/// trail stays true; it is refused when someone else has saved the case since.
extension Editing {
    static func undo(_ state: inout AppState) -> [Effect] {
        guard let step = state.editing.undo.last else {
            state.message = Message(text: "Nothing to undo in this session.", kind: .info)
            return []
        }
        return take(step, redoing: false)
    }

    static func redo(_ state: inout AppState) -> [Effect] {
        guard let step = state.editing.redo.last else {
            state.message = Message(text: "Nothing to redo.", kind: .info)
            return []
        }
        return take(step, redoing: true)
    }

    /// A step that saves over a case first reads it, to check nobody saved since; one that
    /// brings a deleted case back saves it as new, which the store refuses if the id is taken.
    static func take(_ step: UndoStep, redoing: Bool) -> [Effect] {
        let tag = redoing ? EditTag.redo : EditTag.undo
        guard step.current != nil else {
            guard let target = step.target else { return [] }
            return [.save(target, baseRevision: nil, action: tag, purpose: .edit(tag: tag))]
        }
        return [.loadCase(id: step.caseID, purpose: .edit(tag: tag))]
    }

    /// The case is read: take the step only if the version on disk is the one the step left.
    static func undoLoaded(_ state: inout AppState, _ c: Case, redoing: Bool) -> [Effect] {
        guard let step = redoing ? state.editing.redo.last : state.editing.undo.last, step.caseID == c.id,
              let current = step.current else { return [] }
        let verb = redoing ? "redo" : "undo"
        guard c.revision == current.revision else {
            // Someone else's save would be lost: refuse, and drop the step, which can never be taken now.
            if redoing { state.editing.redo.removeLast() } else { state.editing.undo.removeLast() }
            let text = "Cannot \(verb) “\(step.what)”: \(c.id) was changed since (revision \(c.revision), %@); nothing was changed."
            state.message = Message(text: text.replacingOccurrences(of: "%@", with: changedBy(state, c)), kind: .error)
            state.editing.refusal = Refusal(caseID: c.id, onDisk: c, message: text)
            state.replaceSummary(c)
            if state.detail.caseID == c.id { state.detail.loaded = c }
            return [.loadAudit(caseID: c.id)]
        }
        let tag = redoing ? EditTag.redo : EditTag.undo
        guard let target = step.target else {
            return [.delete(id: c.id, baseRevision: c.revision, purpose: .edit(tag: tag))]
        }
        return [.save(target, baseRevision: c.revision, action: verb, purpose: .edit(tag: tag))]
    }

    /// The step was taken: `c` is the case on disk now, nil when the step deleted it.
    static func undoTaken(_ state: inout AppState, _ c: Case?, redoing: Bool) -> [Effect] {
        guard let step = redoing ? state.editing.redo.popLast() : state.editing.undo.popLast() else { return [] }
        if redoing { state.editing.undo.append(step.inverse(now: c)) } else { state.editing.redo.append(step.inverse(now: c)) }
        let done = redoing ? "Redone" : "Undone"
        let result = c.map { "\($0.id) saved (revision \($0.revision))" } ?? "\(step.caseID) deleted (its file is in the store's trash)"
        state.message = Message(text: "\(done) “\(step.what)” — \(result).", kind: .success)
        return []
    }

    /// "saved by akhan at 2026-11-24T10:15:00Z" from the audit trail on screen, else the time.
    static func changedBy(_ state: AppState, _ c: Case) -> String {
        if state.detail.caseID == c.id, let log = state.detail.audit, let who = whoSaved(c, log) { return "saved " + who }
        return "saved at \(c.updated.iso)"
    }

    /// "by akhan at …" when the newest audit entry of the case is the save that made `c`.
    static func whoSaved(_ c: Case, _ log: AuditLog) -> String? {
        guard let e = log.entries.last(where: { $0.case == c.id }), e.at >= c.updated else { return nil }
        return "by \(e.user) at \(e.at.iso)"
    }

    /// The audit trail of a case was read: name who saved first in a waiting refusal or
    /// in the conflict dialog.
    static func auditLoaded(_ state: inout AppState, caseID: String, _ log: AuditLog) {
        if let r = state.editing.refusal, r.caseID == caseID {
            state.editing.refusal = nil
            if let who = whoSaved(r.onDisk, log), state.message?.text == r.message.replacingOccurrences(of: "%@", with: "saved at \(r.onDisk.updated.iso)") {
                state.message = Message(text: r.message.replacingOccurrences(of: "%@", with: "saved " + who), kind: .error)
            }
        }
        if case .editing(.conflict(var c))? = state.overlay, c.theirs.id == caseID, let who = whoSaved(c.theirs, log) {
            c.byWhom = who
            state.overlay = .editing(.conflict(c))
        }
    }
}
