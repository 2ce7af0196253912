import CaseCore
import TerminalUI

/// `u` and Ctrl-r walk this session's changes back and forth. A step is taken only when its
/// case is still where this session left it (`EditingState.heads`): the store is asked first
/// (`.checkUndo`), a case someone else changed since is passed over and named (who, when),
/// and its steps stay on the stack. An undo is a new save (audit action `undo`), so the
/// trail stays true and revisions only grow.
extension Editing {
    static func undo(_ state: inout AppState) -> [Effect] { check(&state, redoing: false) }

    static func redo(_ state: inout AppState) -> [Effect] { check(&state, redoing: true) }

    static func check(_ state: inout AppState, redoing: Bool) -> [Effect] {
        let stack = redoing ? state.editing.redo : state.editing.undo
        guard !stack.isEmpty else {
            state.message = Message(text: redoing ? "Nothing to redo." : "Nothing to undo in this session.", kind: .info)
            return []
        }
        if state.editing.pendingUndo != nil {
            state.message = Message(text: "An undo is under way; try again when it is done.", kind: .info)
            return []
        }
        var seen: Set<String> = []
        var probes: [UndoProbe] = []
        for step in stack.reversed() where seen.insert(step.caseID).inserted {
            guard let head = state.editing.heads[step.caseID] else { continue }
            probes.append(UndoProbe(caseID: step.caseID, expected: head))
        }
        state.message = Message(text: redoing ? "Redoing…" : "Undoing…", kind: .info)
        state.editing.undoChecking = true
        return [.checkUndo(probes, redoing: redoing)]
    }

    /// The store says where each case of the stack is: take the newest step whose case nobody
    /// else changed, asking first when it is not the case on screen or a newer one was passed.
    static func undoChecked(_ state: inout AppState, _ probes: [UndoProbe], redoing: Bool) -> [Effect] {
        state.editing.undoChecking = false
        let stack = redoing ? state.editing.redo : state.editing.undo
        // A change saved while the store was being asked (a deletion answered after `u` was
        // pressed) moved a head or added a case: ask again rather than judge by old answers.
        let asked = Set(probes.map(\.caseID))
        if probes.contains(where: { state.editing.heads[$0.caseID] != $0.expected })
            || stack.contains(where: { !asked.contains($0.caseID) && state.editing.heads[$0.caseID] != nil }) {
            return check(&state, redoing: redoing)
        }
        let verb = redoing ? "redo" : "undo"
        var passed: [(UndoStep, UndoProbe)] = []
        for index in stack.indices.reversed() {
            let step = stack[index]
            guard let probe = probes.first(where: { $0.caseID == step.caseID }) else { continue }
            guard probe.unchanged else {
                if !passed.contains(where: { $0.1.caseID == probe.caseID }) { passed.append((step, probe)) }
                continue
            }
            let pending = PendingUndo(redoing: redoing, index: index, step: step)
            // A case this session deleted is on no screen, and bringing it back overwrites nothing.
            let restoring = state.editing.heads[step.caseID]?.live == false
            if passed.isEmpty, step.caseID == state.caseOnScreen || restoring { return take(&state, pending) }
            var question = "\(verb.capitalized) “\(step.what)” in \(step.caseID) “\(title(of: step, redoing: redoing))”?"
            question += step.caseID == state.caseOnScreen ? "" : " It is not the case on screen."
            for (s, p) in passed {
                question += " (“\(s.what)” is kept: \(p.caseID) \(p.changedSince).)"
            }
            state.message = nil
            state.overlay = .editing(.confirmUndo(UndoConfirm(pending: pending, question: question)))
            return []
        }
        guard let (step, probe) = passed.first else {
            state.message = Message(text: redoing ? "Nothing to redo." : "Nothing to undo in this session.", kind: .info)
            return []
        }
        state.message = Message(text: "Cannot \(verb) “\(step.what)”: \(step.caseID) \(probe.changedSince); nothing was changed and the step is kept.",
                                kind: .error)
        return probe.found == nil ? [] : [.loadCase(id: step.caseID, purpose: .refresh)]
    }

    /// The title the case has now (as this session left it), for the question.
    static func title(of step: UndoStep, redoing: Bool) -> String {
        Sanitizer.visible((step.source(redoing: redoing) ?? step.target(redoing: redoing))?.title ?? "")
    }

    /// y or n on the question.
    static func confirmUndoKey(_ state: inout AppState, _ confirm: UndoConfirm, _ outcome: DialogOutcome?) -> [Effect] {
        switch outcome {
        case .chosen(0)?:
            state.overlay = nil
            return take(&state, confirm.pending)
        case .chosen?, .cancelled?:
            state.overlay = nil
            let list = confirm.pending.redoing ? "redo" : "undo"
            state.message = Message(text: "Nothing \(list)ne; the change stays on the \(list) list.", kind: .info)
            return []
        case nil:
            return []
        }
    }

    /// Saves the step's other side over the revision this session left, or deletes or restores
    /// the case; the store checks the revision again.
    static func take(_ state: inout AppState, _ pending: PendingUndo) -> [Effect] {
        let step = pending.step
        guard let head = state.editing.heads[step.caseID] else { return [] }
        state.editing.pendingUndo = pending
        let purpose = SavePurpose.edit(.undo(redoing: pending.redoing))
        let action = pending.redoing ? "redo" : "undo"     // the audit trail's word
        guard let target = step.target(redoing: pending.redoing) else {
            return [.delete(id: step.caseID, baseRevision: head.revision, purpose: purpose)]
        }
        guard head.live else {
            return [.restore(target, deletedRevision: head.revision, action: action, purpose: purpose)]
        }
        return [.save(target, baseRevision: head.revision, action: action, purpose: purpose)]
    }

    /// The step was taken: `c` is the case on disk now, nil when the step deleted it. The step
    /// moves to the other stack and the case's head to where the step left it.
    static func undoTaken(_ state: inout AppState, _ c: Case?) -> [Effect] {
        guard let pending = state.editing.pendingUndo else { return [] }
        state.editing.pendingUndo = nil
        let step = pending.step
        var from = pending.redoing ? state.editing.redo : state.editing.undo
        if from.indices.contains(pending.index), from[pending.index] == step {
            from.remove(at: pending.index)
        } else if let i = from.lastIndex(of: step) {
            from.remove(at: i)
        }
        if pending.redoing {
            state.editing.redo = from
            state.editing.undo.append(step)
        } else {
            state.editing.undo = from
            state.editing.redo.append(step)
        }
        let old = state.editing.heads[step.caseID]?.revision ?? 0
        state.editing.heads[step.caseID] = c.map { CaseHead(revision: $0.revision, live: true) } ?? CaseHead(revision: old, live: false)
        let done = pending.redoing ? "Redone" : "Undone"
        let result = c.map { "\($0.id) saved (revision \($0.revision))" } ?? "\(step.caseID) deleted (its file is in the store's trash)"
        state.message = Message(text: "\(done) “\(step.what)” — \(result).", kind: .success)
        return []
    }

    /// The store refused the step (someone saved first, or the disk): the step stays.
    static func undoFailed(_ state: inout AppState, id: String, message: String, stale: Bool, redoing: Bool) -> [Effect] {
        let what = state.editing.pendingUndo.map { "“\($0.step.what)”" } ?? ""
        state.editing.pendingUndo = nil
        state.message = Message(text: "Cannot \(redoing ? "redo" : "undo") \(what): \(message) The step is kept.", kind: .error)
        return stale ? [.loadCase(id: id, purpose: .refresh)] : []
    }

    /// A change of this session was saved (or a case deleted): a new step, the case's head
    /// moves, and the redo stack is cleared (it followed another line of changes).
    static func record(_ state: inout AppState, _ step: UndoStep) {
        state.editing.undo.append(step)
        state.editing.redo = []
        state.editing.heads[step.caseID] = CaseHead(revision: step.revisionAfter, live: step.after != nil)
    }

    /// "by akhan at …" when the newest audit entry of the case is the save that made `c`.
    static func whoSaved(_ c: Case, _ log: AuditLog) -> String? {
        guard let e = log.entries.last(where: { $0.case == c.id }), e.at >= c.updated else { return nil }
        return "by \(e.user) at \(e.at.iso)"
    }

    /// The audit trail of a case was read: name who saved first in the conflict dialog.
    static func auditLoaded(_ state: inout AppState, caseID: String, _ log: AuditLog) {
        if case .editing(.conflict(var c))? = state.overlay, c.theirs.id == caseID, let who = whoSaved(c.theirs, log) {
            c.byWhom = who
            state.overlay = .editing(.conflict(c))
        }
    }
}

extension AppState {
    /// The case the user is looking at: the detail's case, the selected row of Cases, the
    /// selected request's case on the board, the selected item's case on the Agenda.
    var caseOnScreen: String? {
        switch screen {
        case .detail: detail.caseID
        case .cases: selectedCaseID
        case .board: selectedBoardRequest?.0
        case .agenda: AgendaScreen.selected(self)?.caseID
        default: nil
        }
    }
}
