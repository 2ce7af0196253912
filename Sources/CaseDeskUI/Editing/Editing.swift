import CaseCore
import TerminalUI

/// The editing commands the screens hand over (a e d E u Ctrl-r, and x on the Overview).
enum EditCommand: String, Sendable, Equatable {
    case add, edit, delete, editJSON, undo, redo
    /// Mark a task done, or reopen it when done.
    case taskDone

    /// The editing command of a screen's table with the same name (`CasesCommand.undo` →
    /// `.undo`); screens pass only their editing commands.
    init<C: CommandSet>(_ command: C) { self = EditCommand(rawValue: command.rawValue) ?? .edit }
}

/// What an edit command applies to: the screen knows, Editing decides what to do.
struct EditTarget: Sendable, Equatable {
    var caseID: String?
    /// The detail tab the user is on, nil on the Cases screen.
    var tab: DetailTab?
    /// The selected item of that tab (request, defendant...), when there is one.
    var item: Int?
    /// The part to add or edit, when the screen knows it (the Agenda's `a`: a task): no picker.
    var part: CasePart? = nil
}

/// Forms, deletions, `$EDITOR`, conflicts and undo. Every change starts by reading the case
/// from disk (so a change made by another process is noticed before the user types), is
/// validated whole before it is saved, and is saved with the revision it was made on, so
/// the store refuses it rather than overwrite someone else's newer version.
enum Editing {
    static func begin(_ state: inout AppState, _ command: EditCommand, target: EditTarget) -> [Effect] {
        switch command {
        case .undo: return undo(&state)
        case .redo: return redo(&state)
        case .add where target.tab == nil:
            let taken = Set(state.summaries.map(\.id)).union(state.damaged.map(\.id))
            guard let form = CaseForms.form(for: .case, in: nil, meta: state.meta, takenIDs: taken) else { return [] }
            state.overlay = .editing(.form(FormSession(form: form, base: nil)))
            return []
        default: break
        }
        guard let id = target.caseID else {
            state.message = Message(text: "Select a case first.", kind: .info)
            return []
        }
        if target.tab == .history, command != .editJSON {
            state.message = Message(text: "The history is the audit trail: it is not edited. Tab to another tab.", kind: .info)
            return []
        }
        state.editing.pendingBegin = PendingBegin(command: command, target: target)
        return [.loadCase(id: id, purpose: .edit(.begin))]
    }

    /// Keys while `Overlay.editing` is up.
    static func key(_ state: inout AppState, _ key: Key) -> [Effect] {
        guard case .editing(let overlay) = state.overlay else { return [] }
        switch overlay {
        case .picker(var p):
            switch p.handle(key, keys: state.keys.list) {
            case .cancel: state.overlay = nil
            case .pick(let part): return open(&state, part: part, command: p.command, base: p.base)
            case .none: state.overlay = .editing(.picker(p))
            }
        case .form(var s):
            if s.saving { return [] }
            switch s.handle(key) {
            case .cancel:
                state.overlay = nil
                state.message = Message(text: "Nothing saved.", kind: .info)
            case .submit: return submit(&state, s)
            case .none: state.overlay = .editing(.form(s))
            }
        case .confirmDelete(var d):
            let widget = Dialog(title: "Delete", message: d.question, kind: .confirm, state: d.dialog)
            switch d.dialog.handle(key, for: widget) {
            case .chosen(0)?: return confirmDelete(&state, d)
            case .chosen?, .cancelled?:
                state.overlay = nil
                state.message = Message(text: "Nothing deleted.", kind: .info)
            case nil: state.overlay = .editing(.confirmDelete(d))
            }
        case .conflict(var c):
            let outcome = c.handle(key)
            state.overlay = .editing(.conflict(c))
            return resolve(&state, c, outcome)
        case .editorProblems(var e):
            return editorProblemsKey(&state, &e, key)
        case .confirmUndo(var u):
            let outcome = u.dialog.handle(key, for: u.widget)
            state.overlay = .editing(.confirmUndo(u))
            return confirmUndoKey(&state, u, outcome)
        case .fieldChoice(let s): return fieldChoiceKey(&state, s, key)
        case .confirmAdvance(var a):
            switch a.dialog.handle(key, for: a.widget) {
            case .chosen(0)?:
                state.overlay = nil
                state.message = Message(text: "Moving \(a.requestID) to \(a.to.label.lowercased())…", kind: .info)
                return [.loadCase(id: a.caseID, purpose: .advance(requestID: a.requestID))]
            case .chosen?, .cancelled?:
                state.overlay = nil
                state.message = Message(text: "\(a.requestID) not moved.", kind: .info)
            case nil: state.overlay = .editing(.confirmAdvance(a))
            }
        }
        return []
    }

    /// A paste while a form is up lands in its focused field; other dialogs ignore it.
    static func paste(_ state: inout AppState, _ text: String) {
        guard case .editing(.form(var s))? = state.overlay, !s.saving else { return }
        s.paste(text)
        state.overlay = .editing(.form(s))
    }

    static func caseLoaded(_ state: inout AppState, _ c: Case, purpose: EditLoad) -> [Effect] {
        switch purpose {
        case .begin:
            guard let pending = state.editing.pendingBegin else { return [] }
            state.editing.pendingBegin = nil
            noticeChange(&state, c)
            return started(&state, pending, c)
        case .conflict: return conflict(&state, theirs: c)
        }
    }

    /// Says so when the case on disk is newer than the one on screen (another process saved
    /// it), and puts the newer one in place: the edit starts from what is really there.
    static func noticeChange(_ state: inout AppState, _ c: Case) {
        let shown = state.detail.caseID == c.id ? state.detail.loaded?.revision : state.summaryIndex(id: c.id).map { state.summaries[$0].revision }
        if let shown, shown != c.revision {
            state.message = Message(text: "\(c.id) changed on disk since it was shown (revision \(shown) → \(c.revision)): editing the newer version.", kind: .info)
        }
        state.replaceCase(c)
        if state.detail.caseID == c.id { state.detail.loaded = c }
    }

    static func started(_ state: inout AppState, _ pending: PendingBegin, _ c: Case) -> [Effect] {
        if pending.command == .editJSON { return openEditor(&state, on: c, text: nil) }
        if let part = pending.target.part { return open(&state, part: part, command: pending.command, base: c) }
        let options = PartPicker.options(pending.command, tab: pending.target.tab, item: pending.target.item, in: c, clock: state.clock)
        guard !options.isEmpty else {
            if pending.command == .taskDone {
                state.message = Message(text: "\(c.id) has no tasks; a adds one.", kind: .info)
                return []
            }
            let what = pending.target.tab?.title.lowercased() ?? "case"
            state.message = Message(text: "There is nothing on the \(what) tab to \(pending.command == .delete ? "delete" : "edit").", kind: .info)
            return []
        }
        if options.count == 1 { return open(&state, part: options[0].part, command: pending.command, base: c) }
        let verb = switch pending.command {
        case .add: "Add"
        case .delete: "Delete"
        case .taskDone: "Done or reopen"
        default: "Edit"
        }
        state.overlay = .editing(.picker(PartPicker(title: "\(verb) in \(c.id)", command: pending.command, base: c, options: options)))
        return []
    }

    /// The form (or the delete confirmation) for one part of `base`.
    static func open(_ state: inout AppState, part: CasePart, command: EditCommand, base: Case) -> [Effect] {
        if command == .taskDone, case .task(let id?) = part {
            state.overlay = nil
            guard let task = base.tasks.first(where: { $0.id == id }) else {
                state.message = Message(text: "Task \(id) is no longer in \(base.id).", kind: .error)
                return []
            }
            return state.markTask(base, taskID: id, done: task.isOpen)
        }
        if command == .delete {
            if part == .case {
                let q = "Delete case \(base.id) “\(base.title)” from the store? Its file goes to the store's trash and the audit trail records it (u brings it back)."
                state.overlay = .editing(.confirmDelete(DeleteSession(base: base, edit: nil, question: q)))
            } else if let edit = CaseForms.deletion(of: part, in: base) {
                state.overlay = .editing(.confirmDelete(DeleteSession(base: base, edit: edit, question: "Delete \(part.name) of \(base.id)? (u undoes it)")))
            } else {
                state.overlay = nil
                state.message = Message(text: "The \(part.name) is no longer in \(base.id).", kind: .error)
            }
            return []
        }
        let taken = part == .request(id: nil) ? Set(state.summaries.flatMap { $0.requests.map(\.id) }) : []
        guard let form = CaseForms.form(for: part, in: base, meta: state.meta, takenIDs: taken) else {
            state.overlay = nil
            state.message = Message(text: "The \(part.name) is no longer in \(base.id).", kind: .error)
            return []
        }
        state.overlay = .editing(.form(FormSession(form: form, base: base)))
        return []
    }

    static func context(_ state: AppState) -> EditContext {
        EditContext(today: state.today, now: state.editing.clock(), user: state.user)
    }

    /// The problems that stop a save (warnings do not).
    static func blockingProblems(_ c: Case, _ state: AppState) -> [Problem] {
        CaseValidator.problems(of: c, meta: state.meta).filter { !$0.isWarning }
    }
}
